/**
 * Dates and numbers in the reader's conventions: month system (Levantine شباط, Egyptian
 * فبراير, Maghrebi فيفري, from ICU locales ar-SY / ar-EG / ar-DZ) and digits (Arabic-Indic
 * or Latin). Formatters are cached: the view formats thousands of labels.
 */
import { type EventDate, periodName, periodRangeLabel } from '../../events/index.ts';
import { dayToTime } from './time.ts';

export type Lang = 'ar' | 'en';
export type MonthSystem = 'levantine' | 'egyptian' | 'maghrebi';
export type Numbering = 'arab' | 'latn';

export interface FormatOptions {
  lang: Lang;
  monthSystem: MonthSystem;
  numbering: Numbering;
}

const MONTH_SYSTEM_LOCALE: Record<MonthSystem, string> = {
  levantine: 'ar-SY',
  egyptian: 'ar-EG',
  maghrebi: 'ar-DZ',
};

export function localeOf(options: FormatOptions): string {
  const base = options.lang === 'en' ? 'en-GB' : MONTH_SYSTEM_LOCALE[options.monthSystem];
  return `${base}-u-nu-${options.numbering}`;
}

// By the parts object, then the locale: no key to build per call (labels format thousands).
const cache = new WeakMap<Intl.DateTimeFormatOptions, Map<string, Intl.DateTimeFormat>>();
function dtf(locale: string, parts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let byLocale = cache.get(parts);
  if (!byLocale) cache.set(parts, (byLocale = new Map()));
  let f = byLocale.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, parts);
    byLocale.set(locale, f);
  }
  return f;
}

const numberCache = new Map<string, Intl.NumberFormat>();
export function formatNumber(n: number, options: FormatOptions): string {
  const locale = localeOf(options);
  let f = numberCache.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale, { useGrouping: true });
    numberCache.set(locale, f);
  }
  return f.format(n);
}

const DAY_PARTS: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
const MONTH_PARTS: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric' };
const YEAR_PARTS: Intl.DateTimeFormatOptions = { year: 'numeric' };
const MONTH_NAME_PARTS: Intl.DateTimeFormatOptions = { month: 'long' };
const DAY_MONTH_PARTS: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long' };
const DAY_NUMBER_PARTS: Intl.DateTimeFormatOptions = { day: 'numeric' };

/** "١٨ شباط ٢٠٢٥" */
export function formatDay(time: number, options: FormatOptions): string {
  return dtf(localeOf(options), DAY_PARTS).format(time);
}

/** The date of an event at the precision the text gave it. */
export function formatEventDate(date: EventDate, options: FormatOptions): string {
  const locale = localeOf(options);
  const start = dayToTime(date.start);
  const end = dayToTime(date.end);
  let text: string;
  // a named period (since 1.1.0): `صيف ٢٠١٩`, `Q3 2024`, `weekend of 5–6 April 2025`; any other kind is its range
  const named = date.period ? periodName(date, options.lang, (year) => dtf(locale, YEAR_PARTS).format(dayToTime(`${String(year).padStart(4, '0')}-07-01`))) : null;
  if (named) return date.approximate ? approximately(named, options) : named;
  switch (date.precision) {
    case 'day':
      text = dtf(locale, DAY_PARTS).format(start);
      break;
    case 'month':
      text = dtf(locale, MONTH_PARTS).format(start);
      break;
    case 'year':
      text = dtf(locale, YEAR_PARTS).format(start);
      break;
    case 'decade': {
      const year = dtf(locale, YEAR_PARTS).format(start);
      text = options.lang === 'ar' ? `عقد ${year}` : `the ${year}s`;
      break;
    }
    default:
      text = start === end ? dtf(locale, DAY_PARTS).format(start) : dtf(locale, DAY_PARTS).formatRange(start, end);
      if (date.period) text = periodRangeLabel(date, options.lang, text);
  }
  return date.approximate ? approximately(text, options) : text;
}

function approximately(text: string, options: FormatOptions): string {
  return options.lang === 'ar' ? `نحو ${text}` : `c. ${text}`;
}

export type TickKind = 'year' | 'month' | 'day';

/** What the spacing between consecutive ticks says about their labels. */
export function tickKind(step: number): TickKind {
  const day = 86_400_000;
  if (step >= 360 * day) return 'year';
  if (step >= 27 * day) return 'month';
  return 'day';
}

/**
 * Axis tick label: years as years; months by name, January as its year (the first tick gets
 * month and year); days as numbers, the 1st as its month (the first tick gets the full date).
 * `major` marks ticks that start a larger unit (a year, a month); the axis draws them bolder.
 */
export function formatTick(
  time: number,
  kind: TickKind,
  first: boolean,
  options: FormatOptions,
  /** The previous tick fell in another month (day ticks then name the month). */
  newMonth = false,
): { label: string; major: boolean } {
  const locale = localeOf(options);
  const d = new Date(time);
  if (kind === 'year') return { label: dtf(locale, YEAR_PARTS).format(d), major: d.getFullYear() % 10 === 0 };
  if (kind === 'month') {
    if (d.getMonth() === 0) return { label: dtf(locale, YEAR_PARTS).format(d), major: true };
    return { label: dtf(locale, first ? MONTH_PARTS : MONTH_NAME_PARTS).format(d), major: false };
  }
  if (d.getDate() === 1) {
    return { label: dtf(locale, d.getMonth() === 0 || first ? MONTH_PARTS : MONTH_NAME_PARTS).format(d), major: true };
  }
  if (newMonth) return { label: dtf(locale, DAY_MONTH_PARTS).format(d), major: true };
  return { label: dtf(locale, first ? DAY_PARTS : DAY_NUMBER_PARTS).format(d), major: false };
}
