/**
 * A date a person writes (in a correction, in the review form) → the days it covers.
 *
 * Reads exactly the EDTF forms the events contract uses for dates that can be placed in
 * time: a day `2025-02-18`, a month `2025-02`, a year `2025`, a decade `202X`, an interval
 * of those `2025-03-31/2025-04-06`, and `~` after a single date for "about" (`2025-03~`).
 * A year left unknown (`XXXX-02-27`) is not a date anyone can set. String and integer
 * arithmetic (no Node, no parsing through `Date` and its timezones, no parser library), so the
 * view's form can use it as it is.
 */
import { daysInMonth, type Precision } from './schema.ts';

export interface EdtfDate {
  edtf: string;
  /** First day the date covers, YYYY-MM-DD. */
  start: string;
  /** Last day the date covers, YYYY-MM-DD. */
  end: string;
  precision: Precision;
  approximate: boolean;
}

/** Why a value is refused, for a form that says it in its own language. */
export type EdtfProblem =
  | { code: 'syntax' }
  | { code: 'unknown-year' }
  | { code: 'month'; month: number }
  | { code: 'day'; year: number; month: number; day: number; days: number }
  | { code: 'order'; start: string; end: string }
  | { code: 'approximate-interval' };

export type EdtfReading = { ok: true; date: EdtfDate } | { ok: false; error: string; problem: EdtfProblem };

/** The accepted shapes (the JSON Schema carries it; the calendar checks come after). */
export const EDTF_SHAPE = /^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?~?|\d{3}X|\d{4}(?:-\d{2}(?:-\d{2})?)?\/\d{4}(?:-\d{2}(?:-\d{2})?)?)$/;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SINGLE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const FORMS = 'a day 2025-02-18, a month 2025-02, a year 2025, a decade 202X, an interval 2025-03-31/2025-04-06, or ~ after a single date for "about" (2025-03~)';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

interface Span {
  start: string;
  end: string;
  precision: 'day' | 'month' | 'year';
}
type Refusal = { error: string; problem: EdtfProblem };

/** One calendar date of 1–3 parts → the days it covers, or why it is not a date. */
function spanOf(value: string): Span | Refusal {
  const match = SINGLE.exec(value);
  if (!match) {
    if (/^[\dX]{4}(?:-[\dX]{2}){0,2}$/.test(value) && value.includes('X')) {
      return { error: `${value}: a date with an unknown year or part cannot be placed in time; write the whole year (and month, day)`, problem: { code: 'unknown-year' } };
    }
    return { error: `"${value}" is not a date Tarikh reads: write ${FORMS}`, problem: { code: 'syntax' } };
  }
  const year = Number(match[1]);
  const y = match[1] as string;
  if (match[2] === undefined) return { start: `${y}-01-01`, end: `${y}-12-31`, precision: 'year' };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return { error: `${value}: there is no month ${match[2]} (months are 01 to 12)`, problem: { code: 'month', month } };
  const days = daysInMonth(year, month);
  const m = match[2] as string;
  if (match[3] === undefined) return { start: `${y}-${m}-01`, end: `${y}-${m}-${pad(days, 2)}`, precision: 'month' };
  const day = Number(match[3]);
  if (day < 1 || day > days) {
    return {
      error: `${value} is not a real day: ${MONTHS[month - 1]} ${y} has ${days} days`,
      problem: { code: 'day', year, month, day, days },
    };
  }
  return { start: value, end: value, precision: 'day' };
}

/** Monday to the next Sunday, day by day: what the extractor calls a week (`الأسبوع الماضي`). */
function isIsoWeek(start: string, end: string): boolean {
  const dayNumber = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
  const first = dayNumber(start);
  // 1970-01-01 was a Thursday: day 4 of a Monday-based week counted from 0.
  return dayNumber(end) - first === 6 && (((first + 3) % 7) + 7) % 7 === 0;
}

/**
 * Reads a date written in EDTF into the days it covers and its precision, or says why it
 * cannot be a date (`2025-02-31`: "February 2025 has 28 days").
 */
export function dateFromEdtf(value: string): EdtfReading {
  if (typeof value !== 'string' || value === '') {
    return { ok: false, error: `a date is needed: ${FORMS}`, problem: { code: 'syntax' } };
  }
  const decade = /^(\d{3})X$/.exec(value);
  if (decade) {
    const first = Number(decade[1]) * 10;
    return { ok: true, date: { edtf: value, start: `${pad(first, 4)}-01-01`, end: `${pad(first + 9, 4)}-12-31`, precision: 'decade', approximate: false } };
  }
  const slash = value.indexOf('/');
  if (slash >= 0) {
    const from = value.slice(0, slash);
    const to = value.slice(slash + 1);
    if (from.endsWith('~') || to.endsWith('~')) {
      return { ok: false, error: `${value}: "~" (about) goes after a single date, not inside an interval`, problem: { code: 'approximate-interval' } };
    }
    const first = spanOf(from);
    if ('error' in first) return { ok: false, ...first };
    const last = spanOf(to);
    if ('error' in last) return { ok: false, ...last };
    // As EDTF has it (and the edtf package): the end begins after the start begins.
    if (last.start <= first.start) {
      const why = last.end < first.start ? `ends (${to}) before it starts (${from})` : `does not end after it starts (for one date, write ${from} alone)`;
      return { ok: false, error: `${value}: the interval ${why}`, problem: { code: 'order', start: from, end: to } };
    }
    const week = first.precision === 'day' && last.precision === 'day' && isIsoWeek(first.start, last.end);
    return { ok: true, date: { edtf: value, start: first.start, end: last.end, precision: week ? 'week' : 'range', approximate: false } };
  }
  const approximate = value.endsWith('~');
  const span = spanOf(approximate ? value.slice(0, -1) : value);
  if ('error' in span) return { ok: false, ...span };
  return { ok: true, date: { edtf: value, start: span.start, end: span.end, precision: span.precision, approximate } };
}
