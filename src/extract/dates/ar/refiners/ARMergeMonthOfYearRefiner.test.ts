/** A month, day or part of a month followed by the year it is in (`ديسمبر من العام الماضي`): one mention. */
import { table } from '../../test/table.ts';

const REF = '2025-04-10';

table('ARMergeMonthOfYearRefiner: the year after من decides the month\'s', REF, [
  ['عقد في كانون الأول من العام المنصرم', 'كانون الأول من العام المنصرم', '2024-12', 'month', 'inferred', '2024-12-01', '2024-12-31'],
  ['في 15 ديسمبر من العام الماضي', '15 ديسمبر من العام الماضي', '2024-12-15', 'day', 'inferred', '2024-12-15', '2024-12-15'],
  ['في أواخر ديسمبر من العام الماضي', 'أواخر ديسمبر من العام الماضي', '2024-12~', 'month', 'inferred', '2024-12-21', '2024-12-31'],
  // read apart, the month took the news rule's year (this March)
  ['في شهر مارس من السنة الماضية', 'شهر مارس من السنة الماضية', '2024-03', 'month', 'inferred', '2024-03-01', '2024-03-31'],
  ['منتصف مارس من العام المقبل', 'منتصف مارس من العام المقبل', '2026-03~', 'month', 'inferred', '2026-03-11', '2026-03-20'],
  // a stated year is read whole by the month parsers
  ['في ديسمبر من عام 2024', 'ديسمبر من عام 2024', '2024-12', 'month', 'stated', '2024-12-01', '2024-12-31'],
]);
