/**
 * A last guard before a mention leaves the engine: a value naming a day or month that
 * cannot exist (day 0, 30 February, month 13) is dropped, whatever parser produced it.
 * It runs on every mention, so it reads char codes rather than matching patterns.
 */
import { isCalendarDay } from '../../events/schema.ts';
import { daysInMonth, maxDaysInMonth } from './calendar.ts';
import type { DateMention } from './types.ts';

/** A part written XX or XXXX. */
const UNSPECIFIED = -1;

/** The number written by value[from, from + n) in digits, UNSPECIFIED if all X, NaN otherwise. */
function part(value: string, from: number, n: number): number {
  let number = 0;
  let xs = 0;
  for (let i = from; i < from + n; i++) {
    const c = value.charCodeAt(i);
    if (c === 88) xs++;
    else if (c >= 48 && c <= 57) number = number * 10 + c - 48;
    else return NaN;
  }
  return xs === 0 ? number : xs === n ? UNSPECIFIED : NaN;
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (X for a part not known, one ~ ? or % after), or a decade `DDDX`. */
export function possibleEdtfDate(value: string): boolean {
  let end = value.length;
  if (end === 4 && value.charCodeAt(3) === 88 && part(value, 0, 3) >= 0) return true; // a decade
  const last = value.charCodeAt(end - 1);
  if (last === 126 || last === 63 || last === 37) end--; // ~ ? %
  if (end !== 4 && end !== 7 && end !== 10) return false;
  const year = part(value, 0, 4);
  if (Number.isNaN(year)) return false;
  if (end === 4) return true;
  if (value.charCodeAt(4) !== 45) return false;
  const month = part(value, 5, 2);
  if (Number.isNaN(month) || (month !== UNSPECIFIED && (month < 1 || month > 12))) return false;
  if (end === 7) return true;
  if (value.charCodeAt(7) !== 45) return false;
  const day = part(value, 8, 2);
  if (Number.isNaN(day)) return false;
  if (day === UNSPECIFIED) return true;
  if (day < 1) return false;
  return day <= (month === UNSPECIFIED ? 31 : year !== UNSPECIFIED ? daysInMonth(year, month) : maxDaysInMonth(month));
}

export function isPossibleMention(mention: DateMention): boolean {
  if (mention.startDate !== null && !isCalendarDay(mention.startDate)) return false;
  if (mention.endDate !== null && !isCalendarDay(mention.endDate)) return false;
  // each side of an interval
  const value = mention.value;
  for (let from = 0; ; ) {
    const slash = value.indexOf('/', from);
    if (!possibleEdtfDate(slash < 0 ? value.slice(from) : value.slice(from, slash))) return false;
    if (slash < 0) return true;
    from = slash + 1;
  }
}
