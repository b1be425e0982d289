/**
 * Calendar-day arithmetic on plain {year, month, day} values.
 *
 * Everything here works in UTC on whole days so that results never depend on the
 * machine's timezone or daylight-saving rules (a news date is a calendar day, not an instant).
 */
import { daysInMonth, isCalendarDay } from '../../events/schema.ts';

export interface CalendarDay {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

/**
 * Months counted from January of year 0, so that a month out of range (0, 13, −1) carries over
 * to the year; {@link yearOfMonthIndex} and {@link monthOfMonthIndex} read it back. Plain
 * numbers rather than an object: {@link toEpochDay} runs for every parsed date.
 */
export function monthIndex(year: number, month: number): number {
  return year * 12 + month - 1;
}

export function yearOfMonthIndex(index: number): number {
  return Math.floor(index / 12);
}

/** 1–12 */
export function monthOfMonthIndex(index: number): number {
  return index - Math.floor(index / 12) * 12 + 1;
}

/**
 * Days since 1970-01-01 in the proleptic Gregorian calendar, by integer arithmetic (Howard
 * Hinnant's days_from_civil: no Date object, as every parsed date goes through here). A month
 * or day out of range carries over as Date.UTC does (day 0 is the last day of the month before).
 */
export function toEpochDay(d: CalendarDay): number {
  const index = monthIndex(d.year, d.month);
  const month = monthOfMonthIndex(index);
  const y = yearOfMonthIndex(index) - (month <= 2 ? 1 : 0); // years counted from March
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5);
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468 + (d.day - 1);
}

/** The day `epochDay` days after 1970-01-01 (civil_from_days, the inverse of {@link toEpochDay}). */
export function fromEpochDay(epochDay: number): CalendarDay {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day: dayOfYear - Math.floor((153 * mp + 2) / 5) + 1 };
}

export function addDays(d: CalendarDay, days: number): CalendarDay {
  return fromEpochDay(toEpochDay(d) + days);
}

/** Adds months, clamping the day to the target month's length (31 March − 1 month = 28/29 February). */
export function addMonths(d: CalendarDay, months: number): CalendarDay {
  const index = monthIndex(d.year, d.month) + months;
  const year = yearOfMonthIndex(index);
  const month = monthOfMonthIndex(index);
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

export { daysInMonth } from '../../events/schema.ts';

/** The longest a month can be in any year: used when the year is not known (29 February is possible). */
export function maxDaysInMonth(month: number): number {
  return month === 2 ? 29 : daysInMonth(2000, month);
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** 0 = Sunday … 6 = Saturday, as in Date#getDay and chrono's weekday component. */
export function weekdayOf(d: CalendarDay): number {
  return (((toEpochDay(d) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** Monday of the ISO week containing d. */
export function isoWeekStart(d: CalendarDay): CalendarDay {
  const weekday = weekdayOf(d);
  return addDays(d, -((weekday + 6) % 7));
}

export function compareDays(a: CalendarDay, b: CalendarDay): number {
  return toEpochDay(a) - toEpochDay(b);
}

export function formatDay(d: CalendarDay): string {
  return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
}

export function pad(n: number, width: number): string {
  const sign = n < 0 ? '-' : '';
  return sign + String(Math.abs(n)).padStart(width, '0');
}

/** `YYYY-MM-DD` (exactly: four, two and two ASCII digits) naming a day that exists, else null. */
export function parseIsoDay(iso: string): CalendarDay | null {
  // the events contract's own check (arithmetic, no regular expression: called for every mention)
  if (!isCalendarDay(iso)) return null;
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}

/** Local noon of the day: chrono reads components in local time, and noon is safe from DST edges. */
export function toChronoReference(d: CalendarDay): Date {
  const date = new Date(2000, 0, 1, 12, 0, 0, 0);
  date.setFullYear(d.year, d.month - 1, d.day);
  return date;
}

export function fromChronoDate(date: Date): CalendarDay {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}
