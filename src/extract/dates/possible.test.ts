import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDateMentions } from './index.ts';
import { possibleEdtfDate } from './possible.ts';

describe('impossible dates never leave the engine', () => {
  it.each(['تشرين 2 ٠', 'في 0 شباط 2025', 'في 30 شباط 2024', 'في 31 نيسان 2025', '32 يوليو 2025', '29 شباط 2025'])('%s', (text) => {
    expect(findDateMentions(text, { ref: '2025-04-10' }).map((m) => m.value)).toEqual([]);
  });

  it('29 February of a leap year is a day', () => {
    expect(findDateMentions('في 29 شباط 2024', { ref: '2025-04-10' }).map((m) => m.value)).toEqual(['2024-02-29']);
  });
});

describe('possibleEdtfDate', () => {
  /** The rule it implements, written as patterns (the earlier implementation). */
  function reference(value: string): boolean {
    if (/^\d{3}X$/.test(value)) return true;
    const match = /^(\d{4}|X{4})(?:-(\d{2}|XX)(?:-(\d{2}|XX))?)?$/.exec(value.replace(/[~?%]$/, ''));
    if (!match) return false;
    const [, year, month, day] = match;
    const m = month && month !== 'XX' ? Number(month) : null;
    const d = day && day !== 'XX' ? Number(day) : null;
    if (m !== null && (m < 1 || m > 12)) return false;
    if (d === null) return true;
    const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    const max = m === null ? 31 : m === 2 ? (year !== 'XXXX' && !leap(Number(year)) ? 28 : 29) : [4, 6, 9, 11].includes(m) ? 30 : 31;
    return d >= 1 && d <= max;
  }

  it.each([
    ['2025-02-29', false], ['2024-02-29', true], ['XXXX-02-29', true], ['XXXX-02-30', false], ['2025-04-31', false],
    ['2025-13', false], ['2025-00', false], ['2025-XX-31', true], ['2025-XX-32', false], ['2025-01-00', false],
    ['202X', true], ['XXXX', true], ['2025~', true], ['2025-06-01?', true], ['20X5', false], ['2025-1X', false], ['', false], ['2025-06-01~~', false],
  ])('%s → %s', (value, expected) => {
    expect(possibleEdtfDate(value)).toBe(expected);
    expect(reference(value)).toBe(expected);
  });

  it('agrees with the pattern-written rule on generated values', () => {
    const piece = fc.constantFrom('0', '1', '2', '3', '9', 'X', '-', '~', '?', '%', '/');
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (chars) => possibleEdtfDate(chars.join('')) === reference(chars.join(''))), { numRuns: 3000 });
    for (const y of ['2024', '2025', '1900', '2000', 'XXXX']) for (let m = 0; m <= 13; m++) for (let d = 0; d <= 32; d++) {
      const v = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      expect(possibleEdtfDate(v), v).toBe(reference(v));
    }
  });
});
