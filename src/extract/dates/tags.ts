/**
 * Tags that Tarikh's parsers put on chrono results to carry what chrono's components
 * cannot: the precision the text states (a week, a decade), approximation, the calendar it
 * was written in. chrono copies tags through clone() and merging, so they survive refiners.
 */
import type { ParsingResult } from 'chrono-node';
import type { PeriodKind, Precision } from '../../events/schema.ts';

const PRECISION_PREFIX = 'tarikh/precision/';
const HIJRI_ORIGINAL_PREFIX = 'tarikh/hijri/';

/** Resolved against the reference date (اليوم، أمس، الأسبوع الماضي، قبل يومين). */
export const TAG_RELATIVE = 'tarikh/relative';
/** أوائل/منتصف/أواخر + month or year: start/end hold the sub-interval meant. */
export const TAG_APPROXIMATE = 'tarikh/approximate';
/** The text states the current year (`العام الحالي 2025`), so it can stand in for a missing reference year. */
export const TAG_CURRENT_YEAR = 'tarikh/currentYear';
/** Written in the Hijri calendar; the Hijri date itself is in a hijriOriginalTag. */
export const TAG_HIJRI = 'tarikh/calendar/hijri';

export function precisionTag(precision: Precision): string {
  return PRECISION_PREFIX + precision;
}

const PERIOD_PREFIX = 'tarikh/period/';
/**
 * The kind of period an interval is (a season, a quarter, a half, a weekend, up to the
 * publication day): its start and end hold the days, the tag what to call it.
 */
export function periodTag(kind: PeriodKind): string {
  return PERIOD_PREFIX + kind;
}
export function readPeriodTag(tags: Set<string>): PeriodKind | undefined {
  for (const tag of tags) if (tag.startsWith(PERIOD_PREFIX)) return tag.slice(PERIOD_PREFIX.length) as PeriodKind;
  return undefined;
}

export function hijriOriginalTag(original: string): string {
  return HIJRI_ORIGINAL_PREFIX + original;
}

export function readPrecisionTag(tags: Set<string>): Precision | undefined {
  for (const tag of tags) if (tag.startsWith(PRECISION_PREFIX)) return tag.slice(PRECISION_PREFIX.length) as Precision;
  return undefined;
}

export function readHijriOriginal(tags: Set<string>): string | undefined {
  for (const tag of tags) if (tag.startsWith(HIJRI_ORIGINAL_PREFIX)) return tag.slice(HIJRI_ORIGINAL_PREFIX.length);
  return undefined;
}

const ANAPHORIC_PREFIX = 'tarikh/anaphoric/';
/** `اليوم التالي`: a day counted (by the given offset) from the day the text last named. */
export function anaphoricTag(offset: number): string {
  return ANAPHORIC_PREFIX + offset;
}
export function readAnaphoricOffset(tags: Set<string>): number | undefined {
  for (const tag of tags) if (tag.startsWith(ANAPHORIC_PREFIX)) return Number(tag.slice(ANAPHORIC_PREFIX.length));
  return undefined;
}

/**
 * chrono's `ParsingResult.clone()` copies the components' values but not their tags, and
 * Tarikh's tags carry what the values cannot (relative, Hijri and its original, approximate,
 * precision). A merged result must keep them: `أمس الثلاثاء` stays relative (unresolvable
 * without a reference), `الخميس 26 شوال 1436 هـ` stays Hijri.
 */
export function cloneWithTags(result: ParsingResult): ParsingResult {
  const copy = result.clone();
  copy.start.addTags(result.start.tags());
  if (result.end && copy.end) copy.end.addTags(result.end.tags());
  return copy;
}
