/** A distance from the reference in several units. */
import { table } from '../../test/table.ts';

const REF = '2025-04-10';

table('ARDurationChainParser: distances in several units', '2017-11-23', [
  ['كان لدينا اجتماع منذ 1 شهر و 21 أيام من الآن', '1 شهر و 21 أيام من الآن', '2017-10-02', 'day', 'inferred', '2017-10-02', '2017-10-02'],
  ['سأعيش هنا بعد 2 عام و 21 يوما من الآن', '2 عام و 21 يوما من الآن', '2019-12-14', 'day', 'inferred', '2019-12-14', '2019-12-14'],
]);

table('ARDurationChainParser: distances in several units', REF, [
  ['شهر و 21 يوم من الآن', 'شهر و 21 يوم من الآن', '2025-05-31', 'day', 'inferred', '2025-05-31', '2025-05-31'],
  ['غادر قبل سنة وشهرين', 'قبل سنة وشهرين', '2024-02-10', 'day', 'inferred', '2024-02-10', '2024-02-10'],
  ['منذ 1 شهر, 21 أيام من الآن', '1 شهر, 21 أيام من الآن', '2025-02-17', 'day', 'inferred', '2025-02-17', '2025-02-17'],
]);

table('ARDurationChainParser: durations that are no date', REF, [
  ['قبل سنة وشهرين من الحرب', null],
  ['عمل سنة وشهرين في الشركة', null],
]);
