/**
 * Table-driven tests in the manner of chrono's own: a table has a reference (publication)
 * date, and each row is a phrase and the mention expected in it, read through the public
 * `findDateMentions`: its exact words (which fix its span in the phrase), EDTF value,
 * precision, certainty, and the first and last day it covers. A row with no mention expects
 * none at all in the phrase.
 */
import { describe, expect, it } from 'vitest';
import type { PeriodKind, Precision } from '../../../events/schema.ts';
import { findDateMentions } from '../index.ts';
import type { DateMention, FindDatesOptions } from '../types.ts';

type Certainty = DateMention['certainty'];

/**
 * `[phrase, mention, value, precision, certainty, first day, last day]` (and the kind of period
 * a range is, when it is one), or `[phrase, null]` for a phrase in which nothing is a date. The
 * mention is found where its words first stand in the phrase.
 */
export type Row =
  | readonly [phrase: string, mention: null]
  | readonly [phrase: string, mention: string, value: string, precision: Precision, certainty: Certainty, startDate: string | null, endDate: string | null, period?: PeriodKind];

export function mentionsOf(phrase: string, ref: string | null, language?: FindDatesOptions['language']): DateMention[] {
  return findDateMentions(phrase, language ? { ref, language } : { ref });
}

export function table(name: string, ref: string | null, rows: readonly Row[], language?: FindDatesOptions['language']): void {
  describe(`${name} (reference ${ref ?? 'none'})`, () => {
    it.each(rows.map((row) => [`${row[0]} → ${row[1] ?? 'no date'}`, row] as const))('%s', (_label, row) => {
      const [phrase, text] = row;
      const mentions = mentionsOf(phrase, ref, language);
      for (const m of mentions) expect(phrase.slice(m.start, m.end)).toBe(m.text);
      if (text === null) {
        expect(mentions.map((m) => m.text)).toEqual([]);
        return;
      }
      const [, , value, precision, certainty, startDate, endDate, period] = row;
      const start = phrase.indexOf(text);
      expect(start, 'the mention is words of the phrase').toBeGreaterThanOrEqual(0);
      const found = mentions.find((m) => m.start === start);
      expect(found, `mentions: ${JSON.stringify(mentions.map((m) => [m.text, m.value]))}`).toBeDefined();
      const { end } = found!;
      const m = found!;
      expect({ end, text: m.text, value: m.value, precision: m.precision, certainty: m.certainty, startDate: m.startDate, endDate: m.endDate, period: m.period }).toEqual({
        end: start + text.length,
        text,
        value,
        precision,
        certainty,
        startDate,
        endDate,
        period,
      });
    });
  });
}
