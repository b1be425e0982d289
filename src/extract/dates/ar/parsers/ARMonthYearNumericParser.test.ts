/** A month and year in digits (either order, both digit sets), and the numbers that look like one. */
import { table } from '../../test/table.ts';

const REF = '2025-04-10';

table('ARMonthYearNumericParser: month and year', REF, [
  ['في 7/2019', '7/2019', '2019-07', 'month', 'stated', '2019-07-01', '2019-07-31'],
  ['في 2019/7', '2019/7', '2019-07', 'month', 'stated', '2019-07-01', '2019-07-31'],
  ['صدر في 07-2019', '07-2019', '2019-07', 'month', 'stated', '2019-07-01', '2019-07-31'],
  ['في 2019.7 وقع الاتفاق', '2019.7', '2019-07', 'month', 'stated', '2019-07-01', '2019-07-31'],
  ['تم التوقيع في ٧/٢٠١٩', '٧/٢٠١٩', '2019-07', 'month', 'stated', '2019-07-01', '2019-07-31'],
  ['تاريخ الانتهاء 2019-12', '2019-12', '2019-12', 'month', 'stated', '2019-12-01', '2019-12-31'],
]);

table('ARMonthYearNumericParser: not a month and year', REF, [
  // a law, a decision, a page, an issue, a price, a score, a decimal, a league season
  ['صدر القانون 7/2019', null],
  ['القانون رقم ٧/٢٠١٩', null],
  ['القرار رقم 12/2020', null],
  ['انظر ص 3/2019', null],
  ['صدر العدد 7/2019', null],
  ['السعر 7/2019', null],
  ['انتهت المباراة 3-2', null],
  ['بلغ الناتج 2019.7 مليون دولار', null],
  ['قيمته 2019.7', null],
  ['موسم 2009-10', null],
  // a whole date is read whole
  ['في 17/7/2019', '17/7/2019', '2019-07-17', 'day', 'stated', '2019-07-17', '2019-07-17'],
]);
