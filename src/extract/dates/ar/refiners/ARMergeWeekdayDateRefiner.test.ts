/** A weekday written with the date it names: one mention, the date deciding. */
import { table } from '../../test/table.ts';

const REF = '2025-04-10'; // a Thursday

table('ARMergeWeekdayDateRefiner: a weekday before the date', REF, [
  ['الخميس 27 شباط', 'الخميس 27 شباط', '2025-02-27', 'day', 'inferred', '2025-02-27', '2025-02-27'],
  ['يوم الخميس الموافق 27 شباط 2025', 'الخميس الموافق 27 شباط 2025', '2025-02-27', 'day', 'stated', '2025-02-27', '2025-02-27'],
  ['وصل يوم الاثنين 12 يناير 2016', 'الاثنين 12 يناير 2016', '2016-01-12', 'day', 'stated', '2016-01-12', '2016-01-12'],
  ['الأربعاء، 22 يناير', 'الأربعاء، 22 يناير', '2025-01-22', 'day', 'inferred', '2025-01-22', '2025-01-22'],
  ['الخميس، 27 شباط 2025', 'الخميس، 27 شباط 2025', '2025-02-27', 'day', 'stated', '2025-02-27', '2025-02-27'],
  ['الجمعة في 22 يناير', 'الجمعة في 22 يناير', '2025-01-22', 'day', 'inferred', '2025-01-22', '2025-01-22'],
  ['الخميس الماضي 27 شباط', 'الخميس الماضي 27 شباط', '2025-02-27', 'day', 'inferred', '2025-02-27', '2025-02-27'],
  // a wrong weekday is the writer's slip: the date decides
  ['الجمعة 27 شباط', 'الجمعة 27 شباط', '2025-02-27', 'day', 'inferred', '2025-02-27', '2025-02-27'],
]);

table('ARMergeWeekdayDateRefiner: a weekday after the date, set off by a comma or brackets', REF, [
  ['التقى الوزيران في 6 آذار، الخميس، في دمشق', '6 آذار، الخميس', '2025-03-06', 'day', 'inferred', '2025-03-06', '2025-03-06'],
  ['عقد الاجتماع يوم 6 آذار (الخميس) في عمان', '6 آذار (الخميس)', '2025-03-06', 'day', 'inferred', '2025-03-06', '2025-03-06'],
  ['في 6 آذار, يوم الخميس', '6 آذار, يوم الخميس', '2025-03-06', 'day', 'inferred', '2025-03-06', '2025-03-06'],
]);

table('ARMergeWeekdayDateRefiner: what it must not merge', REF, [
  // a weekday with its own qualifier names another day
  ['وقع في 6 آذار، الخميس الماضي أعلن', '6 آذار', '2025-03-06', 'day', 'inferred', '2025-03-06', '2025-03-06'],
  // a bare space after the date starts a new phrase
  ['في 6 آذار الخميس', 'الخميس', '2025-04-10', 'day', 'inferred', '2025-04-10', '2025-04-10'],
  ['الخميس وفي 27 شباط', '27 شباط', '2025-02-27', 'day', 'inferred', '2025-02-27', '2025-02-27'],
  // a relative day is no date to name
  ['الخميس أمس', 'أمس', '2025-04-09', 'day', 'inferred', '2025-04-09', '2025-04-09'],
]);
