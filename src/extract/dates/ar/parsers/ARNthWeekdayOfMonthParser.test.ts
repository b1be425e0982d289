/** The n-th or last weekday of a named or relative month. */
import { table } from '../../test/table.ts';

const REF = '2025-04-10';

table('ARNthWeekdayOfMonthParser: the n-th weekday of a month', REF, [
  ['سأعود أول يوم جمعة من يوليو', 'أول يوم جمعة من يوليو', '2025-07-04', 'day', 'inferred', '2025-07-04', '2025-07-04'],
  ['أول جمعة في يناير', 'أول جمعة في يناير', '2025-01-03', 'day', 'inferred', '2025-01-03', '2025-01-03'],
  ['ثاني خميس من شهر آذار 2024', 'ثاني خميس من شهر آذار 2024', '2024-03-14', 'day', 'stated', '2024-03-14', '2024-03-14'],
  ['آخر خميس من شهر آذار 2024', 'آخر خميس من شهر آذار 2024', '2024-03-28', 'day', 'stated', '2024-03-28', '2024-03-28'],
  ['رابع سبت من أيار المقبل', 'رابع سبت من أيار المقبل', '2025-05-24', 'day', 'inferred', '2025-05-24', '2025-05-24'],
]);

table('ARNthWeekdayOfMonthParser: of a month relative to the reference', REF, [
  ['سأعود أول يوم جمعة في هذا الشهر', 'أول يوم جمعة في هذا الشهر', '2025-04-04', 'day', 'inferred', '2025-04-04', '2025-04-04'],
  ['آخر جمعة من الشهر الماضي', 'آخر جمعة من الشهر الماضي', '2025-03-28', 'day', 'inferred', '2025-03-28', '2025-03-28'],
  ['أول اثنين من الشهر المقبل', 'أول اثنين من الشهر المقبل', '2025-05-05', 'day', 'inferred', '2025-05-05', '2025-05-05'],
]);

table('ARNthWeekdayOfMonthParser: what is no such day', REF, [
  ['أول يوم من الشهر', null],
  // February 2025 has four Sundays
  ['خامس أحد من فبراير', null],
  // a Hijri month is not read here
  ['أول جمعة من رمضان', null],
  ['أول جمعة من الشهر', null],
]);
