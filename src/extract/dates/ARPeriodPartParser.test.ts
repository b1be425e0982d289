/** Approximate parts of months and years, and decades. */
import { describe, expect, it } from 'vitest';
import { mentionsOf, table, type Row } from './test/table.ts';

const REF = '2025-04-10';

table('ARPeriodPartParser: early/mid/late month or year', [
  ['في أوائل آذار', REF, 'أوائل آذار', '2025-03~'],
  ['مطلع شباط الماضي', REF, 'مطلع شباط الماضي', '2025-02~'],
  ['منتصف حزيران 2024', REF, 'منتصف حزيران 2024', '2024-06~'],
  ['أواخر كانون الثاني', REF, 'أواخر كانون الثاني', '2025-01~'],
  ['نهاية أيار المقبل', REF, 'نهاية أيار المقبل', '2025-05~'],
  ['مطلع 2024', REF, 'مطلع 2024', '2024~'],
  ['منتصف عام 2023', REF, 'منتصف عام 2023', '2023~'],
  ['أواخر العام الماضي', REF, 'أواخر العام الماضي', '2024~'],
  ['نهاية العام الجاري', REF, 'نهاية العام الجاري', '2025~'],
  ['بداية الشهر المقبل', REF, 'بداية الشهر المقبل', '2025-05~'],
  ['أواسط الشهر الماضي', REF, 'أواسط الشهر الماضي', '2025-03~'],
  ['نهاية الشهر', REF, null],
] satisfies Row[]);

table('ARDecadeParser: decades', [
  ['في التسعينيات', REF, 'التسعينيات', '199X'],
  ['في الثمانينات', REF, 'الثمانينات', '198X'],
  ['خلال سبعينيات القرن الماضي', REF, 'سبعينيات القرن الماضي', '197X'],
  ['عقد الستينيات', REF, 'عقد الستينيات', '196X'],
  ['في عشرينيات القرن التاسع عشر', REF, 'عشرينيات القرن التاسع عشر', '182X'],
  ['رجل في الستينيات من عمره', REF, null],
] satisfies Row[]);

describe('approximate values carry their sub-interval', () => {
  it('أوائل آذار is the first ten days of March, marked approximate', () => {
    const [m] = mentionsOf('في أوائل آذار', REF);
    expect(m).toMatchObject({ value: '2025-03~', precision: 'month', approximate: true, startDate: '2025-03-01', endDate: '2025-03-10' });
  });
  it('أواخر 2023 is September to December', () => {
    const [m] = mentionsOf('في أواخر 2023', REF);
    expect(m).toMatchObject({ value: '2023~', precision: 'year', approximate: true, startDate: '2023-09-01', endDate: '2023-12-31', certainty: 'stated' });
  });
  it('a decade covers ten years', () => {
    const [m] = mentionsOf('في التسعينيات', REF);
    expect(m).toMatchObject({ precision: 'decade', startDate: '1990-01-01', endDate: '1999-12-31' });
  });
});

table('ARPeriodPartParser: halves', [
  ['في النصف الثاني من أفريل المقبل', '2025-03-12', 'النصف الثاني من أفريل المقبل', '2025-04~'],
  ['خلال النصف الأول من عام 2024', REF, 'النصف الأول من عام 2024', '2024~'],
  ['في النصف الثاني من العام الجاري', REF, 'النصف الثاني من العام الجاري', '2025~'],
  ['في النصف الثاني من المباراة', REF, null],
] satisfies Row[]);

describe('halves carry their days', () => {
  it('النصف الثاني من نيسان is 16–30 April', () => {
    expect(mentionsOf('في النصف الثاني من نيسان', REF)[0]).toMatchObject({ startDate: '2025-04-16', endDate: '2025-04-30', approximate: true });
  });
  it('النصف الأول من 2024 is January–June', () => {
    expect(mentionsOf('النصف الأول من 2024', REF)[0]).toMatchObject({ startDate: '2024-01-01', endDate: '2024-06-30' });
  });
});
