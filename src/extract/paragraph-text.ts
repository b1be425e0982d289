/**
 * A paragraph normalized once, for everything that reads it after the date engine: the rules
 * that tell an event from a mere date, the clause cutter and the description of an event.
 * They match on normalized text (one spelling per letter, ASCII digits) around each mention;
 * they read windows of this one normalization instead of normalizing slices again.
 */
import { normalizeArabic, type NormalizedText } from './normalize.ts';
import type { Boundaries } from './clause.ts';

export class ParagraphText {
  /** `text` normalized, with offset maps both ways. */
  readonly normalized: NormalizedText;
  /** Its clause boundaries, found once for all its mentions (clause.ts), kept with it. */
  boundaries?: Boundaries;

  constructor(
    /** The paragraph as the article has it; every offset below is into this. */
    readonly text: string,
    readonly language: 'ar' | 'en',
    /** normalizeArabic(text) when the caller has it (a slice of its article's: normalize.ts normalizedSlice). */
    normalized?: NormalizedText,
  ) {
    this.normalized = normalized ?? normalizeArabic(text);
  }

  /** The normalized text of `text.slice(start, end)` (what normalizing that slice would give). */
  normalizedSlice(start: number, end: number): string {
    const normalized = this.normalized;
    return normalized.text.slice(normalized.toNormalized(Math.max(0, start)), normalized.toNormalized(Math.max(start, end)));
  }

  /** The `length` characters before `at`, normalized: the left context of a mention. */
  normalizedBefore(at: number, length: number): string {
    return this.normalizedSlice(at - length, at);
  }

  /** The `length` characters from `at` on, normalized: the right context of a mention. */
  normalizedAfter(at: number, length: number): string {
    return this.normalizedSlice(at, at + length);
  }
}
