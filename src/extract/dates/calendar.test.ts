/** Calendar-day arithmetic: integer formulas that must agree with the platform's own calendar. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, fromEpochDay, toEpochDay, weekdayOf } from './calendar.ts';

const MS_PER_DAY = 86_400_000;
function dateEpochDay(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.floor(date.getTime() / MS_PER_DAY);
}

describe('calendar days', () => {
  it('toEpochDay counts days as Date.UTC does, carrying months and days out of range over', () => {
    fc.assert(
      fc.property(fc.integer({ min: -2000, max: 12000 }), fc.integer({ min: -30, max: 40 }), fc.integer({ min: -70, max: 100 }), (year, month, day) => {
        expect(toEpochDay({ year, month, day })).toBe(dateEpochDay(year, month, day));
      }),
      { numRuns: 5000 },
    );
    expect(toEpochDay({ year: 1970, month: 1, day: 1 })).toBe(0);
    expect(toEpochDay({ year: 2024, month: 3, day: 0 })).toBe(toEpochDay({ year: 2024, month: 2, day: 29 }));
  });

  it('fromEpochDay is its inverse and names the day Date names', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_500_000, max: 3_700_000 }), (epochDay) => {
        const date = new Date(epochDay * MS_PER_DAY);
        const day = fromEpochDay(epochDay);
        expect(day).toEqual({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
        expect(toEpochDay(day)).toBe(epochDay);
      }),
      { numRuns: 5000 },
    );
  });

  it('knows leap days, weekdays and month ends', () => {
    expect(addDays({ year: 2024, month: 2, day: 28 }, 1)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(addDays({ year: 2025, month: 2, day: 28 }, 1)).toEqual({ year: 2025, month: 3, day: 1 });
    expect(addDays({ year: 2000, month: 12, day: 31 }, 1)).toEqual({ year: 2001, month: 1, day: 1 });
    expect(addDays({ year: 1900, month: 2, day: 28 }, 1)).toEqual({ year: 1900, month: 3, day: 1 });
    expect(weekdayOf({ year: 2025, month: 2, day: 27 })).toBe(4); // a Thursday
    expect(weekdayOf({ year: 1970, month: 1, day: 1 })).toBe(4);
  });
});
