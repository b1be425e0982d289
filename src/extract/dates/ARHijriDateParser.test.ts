/** Hijri dates, converted with the Umm al-Qura calendar, all twelve months. */
import { describe, expect, it } from 'vitest';
import { mentionsOf, table, type Row } from './test/table.ts';

const REF = '2025-04-10';

table('ARHijriDateParser: the twelve months', [
  ['في 1 محرم 1446', REF, '1 محرم 1446', '2024-07-07'],
  ['في 10 المحرم 1446 هـ', REF, '10 المحرم 1446 هـ', '2024-07-16'],
  ['في 15 صفر 1446', REF, '15 صفر 1446', '2024-08-19'],
  ['في 12 ربيع الأول 1446', REF, '12 ربيع الأول 1446', '2024-09-15'],
  ['في 12 ربيع أول 1446', REF, '12 ربيع أول 1446', '2024-09-15'],
  ['في 1 ربيع الثاني 1446', REF, '1 ربيع الثاني 1446', '2024-10-04'],
  ['في 1 ربيع الآخر 1446', REF, '1 ربيع الآخر 1446', '2024-10-04'],
  ['في 1 جمادى الأولى 1446', REF, '1 جمادى الأولى 1446', '2024-11-03'],
  ['في 1 جمادى الآخرة 1446', REF, '1 جمادى الآخرة 1446', '2024-12-02'],
  ['في 1 جمادى الثانية 1446', REF, '1 جمادى الثانية 1446', '2024-12-02'],
  ['في 27 رجب 1446', REF, '27 رجب 1446', '2025-01-27'],
  ['في 21 شعبان 1433', REF, '21 شعبان 1433', '2012-07-11'],
  ['في 1 رمضان 1446', REF, '1 رمضان 1446', '2025-03-01'],
  ['في 26 شوال 1436 هـ', REF, '26 شوال 1436 هـ', '2015-08-11'],
  ['في 1 ذو القعدة 1446', REF, '1 ذو القعدة 1446', '2025-04-29'],
  ['في 10 ذي الحجة 1445 هـ', REF, '10 ذي الحجة 1445 هـ', '2024-06-16'],
  ['في ١٠ ذي الحجة ١٤٤٥ هـ', REF, '١٠ ذي الحجة ١٤٤٥ هـ', '2024-06-16'],
  ['في الأول من شوال', REF, 'الأول من شوال', '2025-03-30'],
  ['شهر رمضان المقبل', REF, 'شهر رمضان المقبل', '2026-02-18/2026-03-19'],
  ['في رمضان 1445', REF, 'رمضان 1445', '2024-03-11/2024-04-09'],
  ['عام 1445 هـ', REF, 'عام 1445 هـ', '2023-07-19/2024-07-06'],
] satisfies Row[]);

table('ARHijriDateParser: names, not dates', [
  ['قال الرئيس رجب طيب أردوغان', REF, null],
  ['فاز الفريق 5 صفر', REF, null],
  ['التقى رمضان قديروف', REF, null],
  ['في 30 رمضان 1446', REF, null],
] satisfies Row[]);

describe('Hijri mentions keep the Hijri date', () => {
  it('21 شعبان 1433 is 11 July 2012, calendar hijri, original 1433-08-21', () => {
    const [m] = mentionsOf('في 21 شعبان 1433', REF);
    expect(m).toMatchObject({ value: '2012-07-11', calendar: 'hijri', original: '1433-08-21', precision: 'day', certainty: 'stated' });
  });
});

table('ARMergeHijriGregorianRefiner: one day in both calendars is one mention', [
  ['أعلنت اليوم الخميس 26 ربيع الأول 1447هـ الموافق 18 سبتمبر 2025م أن', '2025-09-18', 'اليوم الخميس 26 ربيع الأول 1447هـ الموافق 18 سبتمبر 2025م', '2025-09-18'],
  ['يوم الاثنين 30 ربيع الأول 1447هـ الموافق 22 سبتمبر الجاري.', '2025-09-18', 'الاثنين 30 ربيع الأول 1447هـ الموافق 22 سبتمبر الجاري', '2025-09-22'],
  ['في 18 سبتمبر 2025 الموافق 26 ربيع الأول 1447 هـ', '2025-09-18', '18 سبتمبر 2025 الموافق 26 ربيع الأول 1447 هـ', '2025-09-18'],
] satisfies Row[]);

describe('Hijri and Gregorian together', () => {
  it('the Gregorian date decides and the Hijri one is kept as the original', () => {
    const found = mentionsOf('اليوم الخميس 26 ربيع الأول 1447هـ الموافق 18 سبتمبر 2025م', '2025-09-18');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ value: '2025-09-18', original: '1447-03-26', calendar: 'gregorian' });
  });
  it('two different days are not merged', () => {
    expect(mentionsOf('26 ربيع الأول 1447هـ الموافق 19 سبتمبر 2025', '2025-09-18')).toHaveLength(2);
  });
  it('a weekday before a Hijri date keeps it Hijri', () => {
    expect(mentionsOf('اليوم الخميس 26 شوال 1436 هـ', null)[0]).toMatchObject({ calendar: 'hijri', original: '1436-10-26' });
  });
});
