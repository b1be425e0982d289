import type { PeriodKind, Precision } from '../../events/schema.ts';
import type { NormalizedText } from '../normalize.ts';

/** A date expression found in a text, resolved as far as the text and reference allow. */
export interface DateMention {
  /** The phrase exactly as it stands in the original text: text === original.slice(start, end). */
  text: string;
  /** UTF-16 offsets into the original (not normalized) text. */
  start: number;
  end: number;
  /**
   * The resolved date in EDTF: `2025-02-18`, `2025-02`, `2022`, `201X`, an interval
   * `2025-03-31/2025-04-06`, `2025-03~` (approximate), `XXXX-02-18` when the year cannot be known.
   */
  value: string;
  precision: Precision;
  /** First and last Gregorian day covered, YYYY-MM-DD; null when the year (or more) is unknown. */
  startDate: string | null;
  endDate: string | null;
  /** Phrases like أوائل/مطلع/منتصف/أواخر + month/year. */
  approximate: boolean;
  /** 'stated' when the text gives every part of the value; 'inferred' when some part came from the reference date. */
  certainty: 'stated' | 'inferred';
  /** Resolved against the reference date (اليوم، أمس، الأسبوع الماضي, or a bare weekday). */
  relative: boolean;
  calendar: 'gregorian' | 'hijri';
  /** For Hijri dates: the Hijri date as written, e.g. `1433-08-21`. */
  original?: string;
  /**
   * An interval that is a named period rather than two dates: a season (`صيف 2019`), a quarter,
   * a half of a year, a weekend, or a period up to the reference (`منذ بداية العام`، "so far").
   */
  period?: PeriodKind;
}

export interface FindDatesOptions {
  /** Reference (publication) date YYYY-MM-DD used to resolve relative dates and missing years. */
  ref?: string | null;
  /** Language of the text; when absent it is chosen from the script. */
  language?: 'ar' | 'en';
  /** normalizeArabic(text), when the caller has it already (Arabic texts are parsed normalized). */
  normalized?: NormalizedText;
}
