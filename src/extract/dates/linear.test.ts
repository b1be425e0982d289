/**
 * Hostile input: what comes out of long runs and noise is what comes out of their parts (how
 * the time grows with the length is measured by `npm run bench`, scaling section).
 */
import { describe, expect, it } from 'vitest';
import { findDateMentions } from './index.ts';
import { DATE_NOISE_PERIOD, LONG_RUN_PIECES, dateNoise, longRunThenDate } from '../fixtures/hostile.ts';

const ref = '2025-04-10';

describe('hostile input', () => {
  it('200k characters of digits, month names, spaces and marks read as each period of them reads alone', () => {
    const once = findDateMentions(dateNoise(DATE_NOISE_PERIOD), { ref });
    const periods = Math.ceil(200_000 / DATE_NOISE_PERIOD);
    const text = dateNoise(periods * DATE_NOISE_PERIOD);
    const mentions = findDateMentions(text, { ref });
    expect(once.length).toBeGreaterThan(0);
    expect(mentions).toHaveLength(periods * once.length);
    expect(new Set(mentions.map((mention) => mention.value))).toEqual(new Set(once.map((mention) => mention.value)));
    for (const mention of mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  }, 30_000);

  it('long runs of one character (spaces, digits, bidi marks) give only the date at their end', () => {
    for (const piece of LONG_RUN_PIECES) {
      const text = longRunThenDate(piece, 100_000);
      const mentions = findDateMentions(text, { ref });
      expect(mentions.map(({ text, start, end, value }) => ({ text, start, end, value })), JSON.stringify(piece)).toEqual([
        { text: '27 شباط', start: text.length - 7, end: text.length, value: '2025-02-27' },
      ]);
    }
  }, 30_000);
});
