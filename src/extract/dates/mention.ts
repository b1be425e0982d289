/**
 * From a chrono result to a DateMention: the EDTF value, the precision the text states,
 * the Gregorian days covered, and whether the value was stated or inferred.
 *
 * What the text did not state and no reference can supply stays unspecified (`XXXX-02-27`);
 * nothing is ever filled in from today's date.
 */
import type { ParsedComponents, ParsingResult } from 'chrono-node';
import type { Precision } from '../../events/schema.ts';
import { type CalendarDay, addDays, daysInMonth, formatDay, isoWeekStart, pad, parseIsoDay } from './calendar.ts';
import { TAG_APPROXIMATE, TAG_HIJRI, TAG_RELATIVE, readHijriOriginal, readPeriodTag, readPrecisionTag } from './tags.ts';
import type { DateMention } from './types.ts';

export interface ResolutionContext {
  /** The reference date; null when the text has none. */
  ref: CalendarDay | null;
  /** Without a reference: the current year the text states (`العام الحالي 2025`), else null. */
  yearContext: number | null;
}

type Granularity = 'day' | 'month' | 'year';

const RELATIVE_EN_PARSER = /^parser\/EN(Casual|Weekday|RelativeDateFormat|TimeUnit)/;

/** chrono's English parsers mark relative results with these tags. */
function isRelative(tags: Set<string>): boolean {
  if (tags.has(TAG_RELATIVE) || tags.has('result/relativeDate')) return true;
  for (const tag of tags) {
    if (tag.startsWith('casualReference/')) return true;
    if (tag.startsWith('parser/EN') && RELATIVE_EN_PARSER.test(tag)) return true;
  }
  return false;
}

function statedGranularity(c: ParsedComponents): Granularity {
  if (c.isCertain('day')) return 'day';
  if (c.isCertain('month')) return 'month';
  return 'year';
}

interface ResolvedParts {
  year: number | null;
  month: number | null;
  day: number | null;
  /** Every part at this granularity came from the text. */
  stated: boolean;
}

function resolveParts(c: ParsedComponents, granularity: Granularity, relative: boolean, ctx: ResolutionContext, relativeKnown: boolean): ResolvedParts {
  if (relative) {
    return relativeKnown
      ? { year: c.get('year') ?? null, month: c.get('month') ?? null, day: c.get('day') ?? null, stated: false }
      : { year: null, month: null, day: null, stated: false };
  }
  // a part is known when the text states it or a reference implies it
  const anyKnown = ctx.ref !== null;
  let year = anyKnown || c.isCertain('year') ? (c.get('year') ?? null) : null;
  if (year === null && ctx.yearContext !== null) year = ctx.yearContext;
  const month = granularity === 'year' ? null : anyKnown || c.isCertain('month') ? (c.get('month') ?? null) : null;
  const day = granularity === 'day' ? (anyKnown || c.isCertain('day') ? (c.get('day') ?? null) : null) : null;
  const stated =
    c.isCertain('year') && (granularity === 'year' || c.isCertain('month')) && (granularity !== 'day' || c.isCertain('day'));
  return { year, month, day, stated };
}

function formatParts(p: ResolvedParts, granularity: Granularity): string {
  const y = p.year === null ? 'XXXX' : pad(p.year, 4);
  if (granularity === 'year') return y;
  const m = p.month === null ? 'XX' : pad(p.month, 2);
  if (granularity === 'month') return `${y}-${m}`;
  const d = p.day === null ? 'XX' : pad(p.day, 2);
  return `${y}-${m}-${d}`;
}

/** First and last day covered; null when any needed part is unknown. */
function spanOf(p: ResolvedParts, granularity: Granularity): { first: string; last: string } | null {
  if (p.year === null) return null;
  if (granularity === 'year') return { first: `${pad(p.year, 4)}-01-01`, last: `${pad(p.year, 4)}-12-31` };
  if (p.month === null) return null;
  if (granularity === 'month') {
    return {
      first: formatDay({ year: p.year, month: p.month, day: 1 }),
      last: formatDay({ year: p.year, month: p.month, day: daysInMonth(p.year, p.month) }),
    };
  }
  if (p.day === null) return null;
  const day = formatDay({ year: p.year, month: p.month, day: p.day });
  return { first: day, last: day };
}

export interface MentionSpan {
  start: number;
  end: number;
  text: string;
}

export function toDateMention(result: ParsingResult, span: MentionSpan, ctx: ResolutionContext): DateMention {
  const tags = result.tags();
  const relative = isRelative(tags);
  const tagged = readPrecisionTag(tags);
  const approximate = tags.has(TAG_APPROXIMATE);
  const hijriOriginal = readHijriOriginal(tags);
  // A relative year (العام الماضي) is known from the year the text states; a relative day is not.
  const relativeKnown = ctx.ref !== null || (ctx.yearContext !== null && tagged === 'year');

  const hijri = tags.has(TAG_HIJRI);
  const period = readPeriodTag(tags);
  // An interval computed from one stated unit (a week, a Hijri month or year) is written day to day.
  const dayToDay = result.end !== undefined && !approximate && (tagged === 'week' || hijri);
  // A part of a week (`أوائل الأسبوع المقبل`): start and end hold the days of the part.
  const weekPart = result.end !== undefined && approximate && tagged === 'week';
  const startGranularity: Granularity = dayToDay || weekPart
    ? 'day'
    : result.end && !approximate
      ? statedGranularity(result.start)
      : tagged === 'day' || tagged === 'month' || tagged === 'year'
        ? tagged
        : statedGranularity(result.start);
  const first = resolveParts(result.start, startGranularity, relative, ctx, relativeKnown);
  const firstSpan = spanOf(first, startGranularity);

  let value: string;
  let precision: Precision;
  let startDate: string | null = firstSpan?.first ?? null;
  let endDate: string | null = firstSpan?.last ?? null;
  let stated = first.stated;

  if (weekPart) {
    // As for a part of a month (`2025-03~`), the value names the period the part is of: the
    // week, Monday to Sunday; start and end are the days of the part.
    const last = resolveParts(result.end!, 'day', relative, ctx, relativeKnown);
    endDate = spanOf(last, 'day')?.last ?? null;
    if (startDate === null || endDate === null) startDate = endDate = null;
    const monday = startDate !== null ? isoWeekStart(parseIsoDay(startDate)!) : null;
    value = monday ? `${formatDay(monday)}/${formatDay(addDays(monday, 6))}` : 'XXXX-XX-XX/XXXX-XX-XX';
    precision = 'week';
    stated = false;
  } else if (tagged === 'decade' && first.year !== null) {
    const decade = Math.floor(first.year / 10);
    value = `${decade}X`;
    precision = 'decade';
    startDate = `${pad(decade * 10, 4)}-01-01`;
    endDate = `${pad(decade * 10 + 9, 4)}-12-31`;
  } else if (result.end && !approximate) {
    const endGranularity: Granularity = dayToDay ? 'day' : statedGranularity(result.end);
    const last = resolveParts(result.end, endGranularity, relative, ctx, relativeKnown);
    const lastSpan = spanOf(last, endGranularity);
    value = `${formatParts(first, startGranularity)}/${formatParts(last, endGranularity)}`;
    precision = tagged === 'week' ? 'week' : hijri && (tagged === 'month' || tagged === 'year') ? tagged : 'range';
    endDate = lastSpan?.last ?? null;
    if (startDate === null || endDate === null) startDate = endDate = null;
    stated = stated && last.stated;
  } else {
    value = formatParts(first, startGranularity);
    precision = startGranularity;
    if (approximate) {
      value += '~';
      if (result.end) {
        const last = resolveParts(result.end, 'day', relative, ctx, relativeKnown);
        endDate = spanOf(last, 'day')?.last ?? null;
        const sub = resolveParts(result.start, 'day', relative, ctx, relativeKnown);
        startDate = spanOf(sub, 'day')?.first ?? null;
        if (startDate === null || endDate === null) startDate = endDate = null;
      }
    }
  }

  const mention: DateMention = {
    text: span.text,
    start: span.start,
    end: span.end,
    value,
    precision,
    startDate,
    endDate,
    approximate,
    certainty: stated && !relative ? 'stated' : 'inferred',
    relative,
    calendar: hijri ? 'hijri' : 'gregorian',
  };
  if (hijriOriginal !== undefined) mention.original = hijriOriginal;
  if (period !== undefined && precision === 'range') mention.period = period;
  return mention;
}
