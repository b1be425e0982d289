/** Two parsers reading overlapping words: the longest reading stays. */
import { table } from '../../test/table.ts';

const REF = '2025-04-10';

table('AROverlapRemovalRefiner: the longest reading of overlapping words', REF, [
  // the month alone and the month with its day
  ['سأعود في يناير 1', 'يناير 1', '2025-01-01', 'day', 'inferred', '2025-01-01', '2025-01-01'],
  ['في سبتمبر 10, ألف وتسعمائة وواحد', 'سبتمبر 10, ألف وتسعمائة وواحد', '1901-09-10', 'day', 'stated', '1901-09-10', '1901-09-10'],
  // `يوم 2` (a day of this month) starts first, the date that goes on is longer
  ['سأعود يوم 2. أكتوبر', '2. أكتوبر', '2024-10-02', 'day', 'inferred', '2024-10-02', '2024-10-02'],
  ['سأعود يوم 2/ أكتوبر', '2/ أكتوبر', '2024-10-02', 'day', 'inferred', '2024-10-02', '2024-10-02'],
]);
