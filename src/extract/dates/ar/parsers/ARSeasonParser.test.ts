/** Seasons: with a year, relative to the reference, of a relative year; a season word alone or as a name is no date. */
import { table } from '../../test/table.ts';

const REF = '2025-04-10';

table('ARSeasonParser: a season of a stated year', REF, [
  ['زار الوزير دمشق صيف 2019', 'صيف 2019', '2019-06/2019-08', 'range', 'stated', '2019-06-01', '2019-08-31', 'season'],
  ['في ربيع 2011 اندلعت الاحتجاجات', 'ربيع 2011', '2011-03/2011-05', 'range', 'stated', '2011-03-01', '2011-05-31', 'season'],
  ['خريف عام 2023', 'خريف عام 2023', '2023-09/2023-11', 'range', 'stated', '2023-09-01', '2023-11-30', 'season'],
  ['صيف عام ٢٠١٩', 'صيف عام ٢٠١٩', '2019-06/2019-08', 'range', 'stated', '2019-06-01', '2019-08-31', 'season'],
  ['صيف ۲۰۱۹', 'صيف ۲۰۱۹', '2019-06/2019-08', 'range', 'stated', '2019-06-01', '2019-08-31', 'season'],
  // winter is named by the year that holds two of its three months, or by both years
  ['شتاء 2019', 'شتاء 2019', '2018-12/2019-02', 'range', 'stated', '2018-12-01', '2019-02-28', 'season'],
  ['شتاء 2019-2020', 'شتاء 2019-2020', '2019-12/2020-02', 'range', 'stated', '2019-12-01', '2020-02-29', 'season'],
  ['صيف ألفين وتسعة.', 'صيف ألفين وتسعة', '2009-06/2009-08', 'range', 'stated', '2009-06-01', '2009-08-31', 'season'],
]);

table('ARSeasonParser: a season relative to the reference', REF, [
  ['سيزور الرئيس موسكو هذا الصيف', 'هذا الصيف', '2025-06/2025-08', 'range', 'inferred', '2025-06-01', '2025-08-31', 'season'],
  // in April, this winter is the one just over
  ['تساقطت الثلوج هذا الشتاء', 'هذا الشتاء', '2024-12/2025-02', 'range', 'inferred', '2024-12-01', '2025-02-28', 'season'],
  ['الخريف المقبل', 'الخريف المقبل', '2025-09/2025-11', 'range', 'inferred', '2025-09-01', '2025-11-30', 'season'],
  ['الصيف الماضي', 'الصيف الماضي', '2024-06/2024-08', 'range', 'inferred', '2024-06-01', '2024-08-31', 'season'],
  ['الشتاء الماضي', 'الشتاء الماضي', '2024-12/2025-02', 'range', 'inferred', '2024-12-01', '2025-02-28', 'season'],
  ['فصل الصيف الحالي', 'فصل الصيف الحالي', '2025-06/2025-08', 'range', 'inferred', '2025-06-01', '2025-08-31', 'season'],
  ['في شتاء العام الماضي', 'شتاء العام الماضي', '2023-12/2024-02', 'range', 'inferred', '2023-12-01', '2024-02-29', 'season'],
  ['صيف هذا العام', 'صيف هذا العام', '2025-06/2025-08', 'range', 'inferred', '2025-06-01', '2025-08-31', 'season'],
]);

table('ARSeasonParser: in the autumn, this winter is the coming one', '2025-10-20', [
  ['هذا الشتاء', 'هذا الشتاء', '2025-12/2026-02', 'range', 'inferred', '2025-12-01', '2026-02-28', 'season'],
  ['الصيف المقبل', 'الصيف المقبل', '2026-06/2026-08', 'range', 'inferred', '2026-06-01', '2026-08-31', 'season'],
]);

table('ARSeasonParser: no season', REF, [
  // a season in general, a name, a Hijri month, a figure of speech
  ['تكثر الحرائق في الصيف', null],
  ['الربيع العربي', null],
  ['التقى الوزير صيف الحمد', null],
  ['في 26 ربيع الأول 1447 هـ', '26 ربيع الأول 1447 هـ', '2025-09-18', 'day', 'stated', '2025-09-18', '2025-09-18'],
  ['في خريف العمر', null],
  // winter spans two years that follow each other: otherwise the years alone are read
  ['شتاء 2019-2021', '2019-2021', '2019/2021', 'range', 'stated', '2019-01-01', '2021-12-31'],
]);

table('ARSeasonParser: without a reference, a relative season is not placed', null, [
  ['هذا الصيف', 'هذا الصيف', 'XXXX-XX/XXXX-XX', 'range', 'inferred', null, null, 'season'],
  ['صيف 2019', 'صيف 2019', '2019-06/2019-08', 'range', 'stated', '2019-06-01', '2019-08-31', 'season'],
]);
