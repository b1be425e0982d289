/** The same day written in both calendars is one mention: the Gregorian date decides, the Hijri one is kept as the original. */
import { describe, expect, it } from 'vitest';
import { mentionsOf, table } from '../../test/table.ts';

table('ARMergeHijriGregorianRefiner: one day in both calendars is one mention', '2025-09-18', [
  ['أعلنت اليوم الخميس 26 ربيع الأول 1447هـ الموافق 18 سبتمبر 2025م أن', 'اليوم الخميس 26 ربيع الأول 1447هـ الموافق 18 سبتمبر 2025م', '2025-09-18', 'day', 'stated', '2025-09-18', '2025-09-18'],
  ['يوم الاثنين 30 ربيع الأول 1447هـ الموافق 22 سبتمبر الجاري.', 'الاثنين 30 ربيع الأول 1447هـ الموافق 22 سبتمبر الجاري', '2025-09-22', 'day', 'inferred', '2025-09-22', '2025-09-22'],
  ['في 18 سبتمبر 2025 الموافق 26 ربيع الأول 1447 هـ', '18 سبتمبر 2025 الموافق 26 ربيع الأول 1447 هـ', '2025-09-18', 'day', 'stated', '2025-09-18', '2025-09-18'],
]);

table('ARMergeHijriGregorianRefiner: two different days are two mentions', '2025-09-18', [
  ['26 ربيع الأول 1447هـ الموافق 19 سبتمبر 2025', '19 سبتمبر 2025', '2025-09-19', 'day', 'stated', '2025-09-19', '2025-09-19'],
]);

describe('ARMergeHijriGregorianRefiner: the calendars of the merged mention', () => {
  it('the Gregorian date decides and the Hijri one is kept as the original', () => {
    const found = mentionsOf('اليوم الخميس 26 ربيع الأول 1447هـ الموافق 18 سبتمبر 2025م', '2025-09-18');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ value: '2025-09-18', original: '1447-03-26', calendar: 'gregorian' });
  });
  it('two different days are not merged', () => {
    expect(mentionsOf('26 ربيع الأول 1447هـ الموافق 19 سبتمبر 2025', '2025-09-18')).toHaveLength(2);
  });
  it('a weekday before a Hijri date alone keeps it Hijri', () => {
    expect(mentionsOf('اليوم الخميس 26 شوال 1436 هـ', null)[0]).toMatchObject({ calendar: 'hijri', original: '1436-10-26' });
  });
});
