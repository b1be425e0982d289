/** Without a reference date nothing is taken from today: unknown parts stay X. */
import { describe, expect, it } from 'vitest';
import { mentionsOf, table, type Row } from './test/table.ts';

table('no reference: unknown parts stay unspecified', [
  ['اجتمع الوزيران في 27 شباط في دمشق.', null, '27 شباط', 'XXXX-02-27'],
  ['وصل اليوم', null, 'اليوم', 'XXXX-XX-XX'],
  ['وصل أمس', null, 'أمس', 'XXXX-XX-XX'],
  ['الأسبوع الماضي', null, 'الأسبوع الماضي', 'XXXX-XX-XX/XXXX-XX-XX'],
  ['الشهر الماضي', null, 'الشهر الماضي', 'XXXX-XX'],
  ['العام الماضي', null, 'العام الماضي', 'XXXX'],
  ['في شهر آذار', null, 'شهر آذار', 'XXXX-03'],
  ['في 27 شباط 2024', null, '27 شباط 2024', '2024-02-27'],
  ['عام 2022', null, 'عام 2022', '2022'],
  ['في 21 شعبان 1433', null, '21 شعبان 1433', '2012-07-11'],
  ['بين 18 و27 شباط', null, 'بين 18 و27 شباط', 'XXXX-02-18/XXXX-02-27'],
  // The text states the current year: it fixes the year of the rest of the text.
  ['في العام الحالي 2025 وقع في 27 شباط الماضي', null, '27 شباط الماضي', '2025-02-27'],
  ['في العام الحالي 2025، وأما العام الماضي', null, 'العام الماضي', '2024'],
  ['في العام الحالي 2025 وصل أمس', null, 'أمس', 'XXXX-XX-XX'],
] satisfies Row[]);

describe('no reference: resolution fields', () => {
  it('a year-less date has no Gregorian span and is inferred', () => {
    const [m] = mentionsOf('في 27 شباط', null);
    expect(m).toMatchObject({ value: 'XXXX-02-27', startDate: null, endDate: null, certainty: 'inferred' });
  });
  it('a relative day is relative, with no span', () => {
    const [m] = mentionsOf('أمس', null);
    expect(m).toMatchObject({ relative: true, startDate: null });
  });
});

table('no reference: merged phrases stay relative (a merge keeps the parts\' tags)', [
  ['وصل أمس الثلاثاء إلى دمشق', null, 'أمس الثلاثاء', 'XXXX-XX-XX'],
  ['مساء أمس الأربعاء', null, 'مساء أمس الأربعاء', 'XXXX-XX-XX'],
] satisfies Row[]);
