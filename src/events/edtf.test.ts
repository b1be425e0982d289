import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import edtf from 'edtf';
import { dateFromEdtf } from './edtf.ts';
import { isCalendarDay } from './schema.ts';

const pad = (n: number, w: number) => String(n).padStart(w, '0');
/** The first and last day the edtf package gives for a value (its min and max instants, UTC). */
function edtfDays(value: string): { start: string; end: string } {
  const parsed = edtf(value);
  return { start: new Date(parsed.min).toISOString().slice(0, 10), end: new Date(parsed.max).toISOString().slice(0, 10) };
}

describe('dateFromEdtf: the forms of the events contract', () => {
  it.each([
    ['2025-02-18', '2025-02-18', '2025-02-18', 'day', false],
    ['2025-02', '2025-02-01', '2025-02-28', 'month', false],
    ['2024-02', '2024-02-01', '2024-02-29', 'month', false],
    ['2022', '2022-01-01', '2022-12-31', 'year', false],
    ['202X', '2020-01-01', '2029-12-31', 'decade', false],
    ['2025-03~', '2025-03-01', '2025-03-31', 'month', true],
    ['2024~', '2024-01-01', '2024-12-31', 'year', true],
    ['2025-02-18~', '2025-02-18', '2025-02-18', 'day', true],
    ['2014/2018', '2014-01-01', '2018-12-31', 'range', false],
    ['2025-02-18/2025-02-27', '2025-02-18', '2025-02-27', 'range', false],
    ['2025-03/2025-04-06', '2025-03-01', '2025-04-06', 'range', false],
    // Monday 31 March to Sunday 6 April: what the extractor writes for "last week"
    ['2025-03-31/2025-04-06', '2025-03-31', '2025-04-06', 'week', false],
    ['2025-04-01/2025-04-07', '2025-04-01', '2025-04-07', 'range', false],
  ])('%s → %s … %s, %s', (value, start, end, precision, approximate) => {
    expect(dateFromEdtf(value)).toEqual({ ok: true, date: { edtf: value, start, end, precision, approximate } });
  });

  it.each([
    ['2025-02-31', /2025-02-31 is not a real day: February 2025 has 28 days/],
    ['2025-02-29', /February 2025 has 28 days/],
    ['2025-04-31', /April 2025 has 30 days/],
    ['2025-02-00', /not a real day/],
    ['2025-13', /no month 13/],
    ['2025-00-10', /no month 00/],
    ['XXXX-02-27', /unknown year/],
    ['20XX', /unknown year/],
    ['2025-XX', /unknown year or part/],
    ['2025-03-01/2025-02-01', /ends \(2025-02-01\) before it starts \(2025-03-01\)/],
    ['2025/2025', /does not end after it starts \(for one date, write 2025 alone\)/],
    ['2025-03~/2025-04', /"~" \(about\) goes after a single date/],
    ['27/02/2025', /is not a date Tarikh reads/],
    ['2025-2-18', /is not a date Tarikh reads/],
    [' 2025', /is not a date Tarikh reads/],
    ['', /a date is needed/],
    ['2025-02-18/', /is not a date Tarikh reads/],
  ])('refuses %s with a message that says why', (value, message) => {
    const reading = dateFromEdtf(value);
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.error).toMatch(message);
  });

  it('says what is wrong in parts a form can put in its own language', () => {
    expect(dateFromEdtf('2025-02-31')).toMatchObject({ ok: false, problem: { code: 'day', year: 2025, month: 2, day: 31, days: 28 } });
    expect(dateFromEdtf('XXXX-02-27')).toMatchObject({ ok: false, problem: { code: 'unknown-year' } });
  });
});

describe('dateFromEdtf agrees with the edtf package', () => {
  // Mostly a few years, months and month ends, so intervals meet, touch and cross, and 29–31 meet February.
  const year = fc.oneof(fc.integer({ min: 2023, max: 2025 }), fc.integer({ min: 1, max: 9999 }));
  const month = fc.oneof(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 12 }));
  const day = fc.oneof(fc.integer({ min: 28, max: 31 }), fc.integer({ min: 1, max: 31 }));
  const single = fc.oneof(
    year.map((y) => pad(y, 4)),
    fc.tuple(year, month).map(([y, m]) => `${pad(y, 4)}-${pad(m, 2)}`),
    fc.tuple(year, month, day).map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`),
  );
  const value = fc.oneof(
    single,
    single.map((s) => `${s}~`),
    fc.integer({ min: 0, max: 999 }).map((d) => `${pad(d, 3)}X`),
    fc.tuple(single, single).map(([a, b]) => `${a}/${b}`),
  );

  it('accepts only what edtf reads as a real date, with the same first and last day', () => {
    fc.assert(
      fc.property(value, (text) => {
        const reading = dateFromEdtf(text);
        let package_: { start: string; end: string } | null;
        try {
          package_ = edtfDays(text);
        } catch {
          package_ = null; // edtf refuses it (31 February, an interval backwards…)
        }
        if (reading.ok) {
          expect(package_).toEqual({ start: reading.date.start, end: reading.date.end });
          expect(isCalendarDay(reading.date.start) && isCalendarDay(reading.date.end)).toBe(true);
          expect(reading.date.start <= reading.date.end).toBe(true);
          expect(reading.date.approximate).toBe(text.endsWith('~'));
        } else {
          // edtf rolls 29 February of a common year over to 1 March; that is no day either.
          const days = text.replace('~', '').split('/').filter((part) => part.length === 10);
          const rolledOver = days.some((part) => !isCalendarDay(part));
          expect(package_ === null || rolledOver).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
