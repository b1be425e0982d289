/** Approximate parts of months and years: a third (early, middle, late) or a half, with the days it covers. */
import { table } from '../../test/table.ts';

const REF = '2025-04-10';

table('ARPeriodPartParser: early/mid/late month', REF, [
  ['في أوائل آذار', 'أوائل آذار', '2025-03~', 'month', 'inferred', '2025-03-01', '2025-03-10'],
  ['مطلع شباط الماضي', 'مطلع شباط الماضي', '2025-02~', 'month', 'inferred', '2025-02-01', '2025-02-10'],
  ['منتصف حزيران 2024', 'منتصف حزيران 2024', '2024-06~', 'month', 'stated', '2024-06-11', '2024-06-20'],
  ['أواخر كانون الثاني', 'أواخر كانون الثاني', '2025-01~', 'month', 'inferred', '2025-01-21', '2025-01-31'],
  ['نهاية أيار المقبل', 'نهاية أيار المقبل', '2025-05~', 'month', 'inferred', '2025-05-21', '2025-05-31'],
  ['بداية الشهر المقبل', 'بداية الشهر المقبل', '2025-05~', 'month', 'inferred', '2025-05-01', '2025-05-10'],
  ['أواسط الشهر الماضي', 'أواسط الشهر الماضي', '2025-03~', 'month', 'inferred', '2025-03-11', '2025-03-20'],
]);

table('ARPeriodPartParser: early/mid/late year', REF, [
  ['مطلع 2024', 'مطلع 2024', '2024~', 'year', 'stated', '2024-01-01', '2024-04-30'],
  ['منتصف عام 2023', 'منتصف عام 2023', '2023~', 'year', 'stated', '2023-05-01', '2023-08-31'],
  ['في أواخر 2023', 'أواخر 2023', '2023~', 'year', 'stated', '2023-09-01', '2023-12-31'],
  ['أواخر العام الماضي', 'أواخر العام الماضي', '2024~', 'year', 'inferred', '2024-09-01', '2024-12-31'],
  ['نهاية العام الجاري', 'نهاية العام الجاري', '2025~', 'year', 'inferred', '2025-09-01', '2025-12-31'],
]);

table('ARPeriodPartParser: halves of a month (a half of a year is a division of it: ARYearDivisionParser)', REF, [
  ['في النصف الثاني من نيسان', 'النصف الثاني من نيسان', '2025-04~', 'month', 'inferred', '2025-04-16', '2025-04-30'],
  ['النصف الأول من 2024', 'النصف الأول من 2024', '2024-01/2024-06', 'range', 'stated', '2024-01-01', '2024-06-30', 'half'],
]);

table('ARPeriodPartParser: halves', '2025-03-12', [
  ['في النصف الثاني من أفريل المقبل', 'النصف الثاني من أفريل المقبل', '2025-04~', 'month', 'inferred', '2025-04-16', '2025-04-30'],
]);

table('ARPeriodPartParser: no part of a dated period', REF, [
  // the end of some month of the story
  ['نهاية الشهر', null],
  ['في النصف الثاني من المباراة', null],
  // أول + a month is its first day, read by the day parser
  ['في أول آذار', 'أول آذار', '2025-03-01', 'day', 'inferred', '2025-03-01', '2025-03-01'],
]);
