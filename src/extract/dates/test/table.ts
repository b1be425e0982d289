/**
 * Table-driven tests in the manner of chrono's own: each row is a sentence, the reference
 * date, and the mention expected in it (its exact text and EDTF value), or null for none.
 */
import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../index.ts';
import type { DateMention, FindDatesOptions } from '../types.ts';

/** [sentence, ref, expected mention text, expected EDTF value]; text null: no mention at all. */
export type Row = readonly [input: string, ref: string | null, text: string | null, value?: string];

export function mentionsOf(input: string, ref: string | null, language?: FindDatesOptions['language']): DateMention[] {
  return findDateMentions(input, language ? { ref, language } : { ref });
}

export function table(name: string, rows: readonly Row[], language?: FindDatesOptions['language']): void {
  describe(name, () => {
    it.each(rows.map((row) => [row[0], row] as const))('%s', (_label, [input, ref, text, value]) => {
      const mentions = mentionsOf(input, ref, language);
      for (const m of mentions) expect(input.slice(m.start, m.end)).toBe(m.text);
      if (text === null) {
        expect(mentions.map((m) => m.text)).toEqual([]);
        return;
      }
      const found = mentions.find((m) => m.text === text);
      expect(found, `mentions: ${JSON.stringify(mentions.map((m) => [m.text, m.value]))}`).toBeDefined();
      expect(found!.value).toBe(value);
    });
  });
}
