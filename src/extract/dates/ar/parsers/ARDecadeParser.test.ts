/** Decades: the twentieth century unless another is named, and the decade before or after the reference's. */
import { table } from '../../test/table.ts';

const REF = '2025-04-10';

table('ARDecadeParser: decades', REF, [
  ['في التسعينيات', 'التسعينيات', '199X', 'decade', 'stated', '1990-01-01', '1999-12-31'],
  ['في الثمانينات', 'الثمانينات', '198X', 'decade', 'stated', '1980-01-01', '1989-12-31'],
  ['عقد الستينيات', 'عقد الستينيات', '196X', 'decade', 'stated', '1960-01-01', '1969-12-31'],
  ['سبعينات', 'سبعينات', '197X', 'decade', 'stated', '1970-01-01', '1979-12-31'],
]);

table('ARDecadeParser: of a named century', REF, [
  ['خلال سبعينيات القرن الماضي', 'سبعينيات القرن الماضي', '197X', 'decade', 'stated', '1970-01-01', '1979-12-31'],
  ['في عشرينيات القرن التاسع عشر', 'عشرينيات القرن التاسع عشر', '182X', 'decade', 'stated', '1820-01-01', '1829-12-31'],
  ['الستينيات من القرن العشرين', 'الستينيات من القرن العشرين', '196X', 'decade', 'stated', '1960-01-01', '1969-12-31'],
]);

table('ARDecadeParser: relative to the reference', REF, [
  ['العقد الماضي', 'العقد الماضي', '201X', 'decade', 'inferred', '2010-01-01', '2019-12-31'],
  ['العقد المقبل', 'العقد المقبل', '203X', 'decade', 'inferred', '2030-01-01', '2039-12-31'],
]);

table('ARDecadeParser: an age, not a decade', REF, [
  ['رجل في الستينيات من عمره', null],
  ['في الثلاثينات من عمرها', null],
]);
