import { describe, expect, it } from 'vitest';
import { readTypedDate } from './typed-date.ts';

const REF = '2025-04-10';

describe('a date typed into the review form', () => {
  it.each([
    ['18 شباط 2025', '2025-02-18', 'day'],
    ['١٨ شباط ٢٠٢٥', '2025-02-18', 'day'],
    ['الثلاثاء 18 فبراير 2025', '2025-02-18', 'day'],
    ['18 February 2025', '2025-02-18', 'day'],
    ['شباط 2025', '2025-02', 'month'],
    ['أوائل آذار 2025', '2025-03~', 'month'],
    ['بين 18 و27 شباط 2025', '2025-02-18/2025-02-27', 'range'],
    ['عام 2024', '2024', 'year'],
    ['أمس', '2025-04-09', 'day'],
    ['18 شباط', '2025-02-18', 'day'], // the year from the reference, as in an article
    ['2025-02-18', '2025-02-18', 'day'],
    ['  2025-03~ ', '2025-03~', 'month'],
    ['202X', '202X', 'decade'],
  ])('%s → %s', (text, edtf, precision) => {
    const reading = readTypedDate(text, { ref: REF });
    expect(reading).toMatchObject({ ok: true, edtf, precision });
  });

  it.each([
    ['31 شباط', { code: 'day', day: 31, month: 2, year: null, days: 29 }],
    ['31 شباط 2025', { code: 'day', day: 31, month: 2, year: 2025, days: 28 }],
    ['29 شباط 2023', { code: 'day', day: 29, month: 2, year: 2023, days: 28 }],
    ['٣١ نيسان ٢٠٢٥', { code: 'day', day: 31, month: 4, year: 2025, days: 30 }],
    ['32 يوليو 2025', { code: 'day', day: 32, month: 7, year: 2025, days: 31 }],
    ['31 February 2025', { code: 'day', day: 31, month: 2, year: 2025, days: 28 }],
  ])('%s is refused: the month has fewer days', (text, problem) => {
    expect(readTypedDate(text, { ref: REF })).toEqual({ ok: false, problem });
  });

  it('EDTF is read by the contract, with its reason', () => {
    expect(readTypedDate('2025-02-31', { ref: REF })).toMatchObject({ ok: false, problem: { code: 'edtf', problem: { code: 'day', days: 28 } } });
    expect(readTypedDate('2025-13', { ref: REF })).toMatchObject({ ok: false, problem: { code: 'edtf', problem: { code: 'month' } } });
    expect(readTypedDate('XXXX-02-18')).toMatchObject({ ok: false, problem: { code: 'edtf', problem: { code: 'unknown-year' } } });
  });

  it('no date, several dates, a year that cannot be known, nothing typed', () => {
    expect(readTypedDate('في الرياض', { ref: REF })).toEqual({ ok: false, problem: { code: 'no-date' } });
    expect(readTypedDate('18 شباط 2025 و27 آذار 2025', { ref: REF })).toMatchObject({ ok: false, problem: { code: 'several' } });
    expect(readTypedDate('18 شباط')).toMatchObject({ ok: false, problem: { code: 'unknown-year', found: '18 شباط' } });
    expect(readTypedDate('   ')).toEqual({ ok: false, problem: { code: 'empty' } });
    // a real day 31 of a long month is not refused by the impossible-day search
    expect(readTypedDate('31 آذار 2025', { ref: REF })).toMatchObject({ ok: true, edtf: '2025-03-31' });
  });
});
