/** A relative day followed by its weekday: the weekday decides. */
import { table } from '../../test/table.ts';

const REF = '2025-04-10'; // a Thursday

table('ARMergeRelativeWeekdayRefiner: the weekday decides', REF, [
  ['أعلنت أمس الثلاثاء', 'أمس الثلاثاء', '2025-04-08', 'day', 'inferred', '2025-04-08', '2025-04-08'],
  ['أعلنت أمس الأربعاء', 'أمس الأربعاء', '2025-04-09', 'day', 'inferred', '2025-04-09', '2025-04-09'],
  ['مساء أمس الأربعاء', 'مساء أمس الأربعاء', '2025-04-09', 'day', 'inferred', '2025-04-09', '2025-04-09'],
  ['أول أمس الثلاثاء', 'أول أمس الثلاثاء', '2025-04-08', 'day', 'inferred', '2025-04-08', '2025-04-08'],
  ['قبل يومين الثلاثاء', 'قبل يومين الثلاثاء', '2025-04-08', 'day', 'inferred', '2025-04-08', '2025-04-08'],
  ['تبدأ اليوم الخميس', 'اليوم الخميس', '2025-04-10', 'day', 'inferred', '2025-04-10', '2025-04-10'],
  ['تبدأ غداً الجمعة', 'غداً الجمعة', '2025-04-11', 'day', 'inferred', '2025-04-11', '2025-04-11'],
  // "tomorrow, Thursday" on a Thursday: the coming Thursday
  ['غدا الخميس', 'غدا الخميس', '2025-04-17', 'day', 'inferred', '2025-04-17', '2025-04-17'],
  // the weekday in brackets, as Xinhua's Arabic service writes it
  ['قال الوزير اليوم (الخميس) إن', 'اليوم (الخميس)', '2025-04-10', 'day', 'inferred', '2025-04-10', '2025-04-10'],
  ['أعلن أمس ( الثلاثاء ) أن', 'أمس ( الثلاثاء )', '2025-04-08', 'day', 'inferred', '2025-04-08', '2025-04-08'],
]);

table('ARMergeRelativeWeekdayRefiner: what it must not merge', REF, [
  ['أمس والثلاثاء', 'الثلاثاء', '2025-04-08', 'day', 'inferred', '2025-04-08', '2025-04-08'],
  ['الخميس أمس', 'أمس', '2025-04-09', 'day', 'inferred', '2025-04-09', '2025-04-09'],
  // a bracket that does not close on the weekday
  ['أمس (الثلاثاء بحسب الوكالة) أعلن', 'أمس', '2025-04-09', 'day', 'inferred', '2025-04-09', '2025-04-09'],
]);
