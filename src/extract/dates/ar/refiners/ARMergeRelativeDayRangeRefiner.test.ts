/** Ranges of relative days where a weekday is placed by the other day of the pair. */
import { table } from '../../test/table.ts';

// a Thursday
const REF = '2025-04-10';

table('ARMergeRelativeDayRangeRefiner: relative day ranges', REF, [
  ['من الغد حتى الأحد', 'من الغد حتى الأحد', '2025-04-11/2025-04-13', 'range', 'inferred', '2025-04-11', '2025-04-13'],
  ['بين الاثنين والأربعاء من الأسبوع المقبل', 'بين الاثنين والأربعاء من الأسبوع المقبل', '2025-04-14/2025-04-16', 'range', 'inferred', '2025-04-14', '2025-04-16'],
  ['من الاثنين إلى الأربعاء', 'من الاثنين إلى الأربعاء', '2025-04-07/2025-04-09', 'range', 'inferred', '2025-04-07', '2025-04-09'],
  ['من اليوم حتى السبت', 'من اليوم حتى السبت', '2025-04-10/2025-04-12', 'range', 'inferred', '2025-04-10', '2025-04-12'],
]);

table('ARMergeRelativeDayRangeRefiner: not a range', REF, [
  // two days without من…إلى or بين…و are two days
  ['الاثنين والأربعاء', 'الاثنين', '2025-04-07', 'day', 'inferred', '2025-04-07', '2025-04-07'],
  ['صحيفة الغد', null],
]);
