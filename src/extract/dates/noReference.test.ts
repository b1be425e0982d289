/** Without a reference date nothing is taken from today: unknown parts stay X. */
import { describe, expect, it } from 'vitest';
import { mentionsOf, table } from './test/table.ts';

table('no reference: unknown parts stay unspecified', null, [
  ['اجتمع الوزيران في 27 شباط في دمشق.', '27 شباط', 'XXXX-02-27', 'day', 'inferred', null, null],
  ['وصل اليوم', 'اليوم', 'XXXX-XX-XX', 'day', 'inferred', null, null],
  ['وصل أمس', 'أمس', 'XXXX-XX-XX', 'day', 'inferred', null, null],
  ['الأسبوع الماضي', 'الأسبوع الماضي', 'XXXX-XX-XX/XXXX-XX-XX', 'week', 'inferred', null, null],
  ['الشهر الماضي', 'الشهر الماضي', 'XXXX-XX', 'month', 'inferred', null, null],
  ['العام الماضي', 'العام الماضي', 'XXXX', 'year', 'inferred', null, null],
  ['في شهر آذار', 'شهر آذار', 'XXXX-03', 'month', 'inferred', null, null],
  ['في 27 شباط 2024', '27 شباط 2024', '2024-02-27', 'day', 'stated', '2024-02-27', '2024-02-27'],
  ['عام 2022', 'عام 2022', '2022', 'year', 'stated', '2022-01-01', '2022-12-31'],
  ['في 21 شعبان 1433', '21 شعبان 1433', '2012-07-11', 'day', 'stated', '2012-07-11', '2012-07-11'],
  ['بين 18 و27 شباط', 'بين 18 و27 شباط', 'XXXX-02-18/XXXX-02-27', 'range', 'inferred', null, null],
  // The text states the current year: it fixes the year of the rest of the text.
  ['في العام الحالي 2025 وقع في 27 شباط الماضي', '27 شباط الماضي', '2025-02-27', 'day', 'inferred', '2025-02-27', '2025-02-27'],
  ['في العام الحالي 2025، وأما العام الماضي', 'العام الماضي', '2024', 'year', 'inferred', '2024-01-01', '2024-12-31'],
  ['في العام الحالي 2025 وصل أمس', 'أمس', 'XXXX-XX-XX', 'day', 'inferred', null, null],
]);

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

table('no reference: merged phrases stay relative (a merge keeps the parts\' tags)', null, [
  ['وصل أمس الثلاثاء إلى دمشق', 'أمس الثلاثاء', 'XXXX-XX-XX', 'day', 'inferred', null, null],
  ['مساء أمس الأربعاء', 'مساء أمس الأربعاء', 'XXXX-XX-XX', 'day', 'inferred', null, null],
]);
