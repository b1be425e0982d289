/**
 * How a date that leaves its year (or week) unsaid is placed relative to the reference
 * (publication) date. News text is about the recent past far more than the future, so the
 * unqualified rules lean to the past.
 */
import {
  type CalendarDay,
  addDays,
  maxDaysInMonth,
  daysInMonth,
  monthIndex,
  monthOfMonthIndex,
  toEpochDay,
  yearOfMonthIndex,
  weekdayOf,
} from './calendar.ts';

/**
 * How far ahead of the reference an unqualified date may lie and still be read in the
 * reference year: an article from April saying "في 5 حزيران" most likely means the coming
 * June (a scheduled event), but "في 3 كانون الأول" means last December.
 */
export const FUTURE_WINDOW_DAYS = 92;

/** 29 February in a year without it is read as 28 February, only for the year search. */
function candidate(year: number, month: number, day: number): CalendarDay {
  return { year, month, day: Math.min(day, month === 2 ? daysInMonth(year, 2) : maxDaysInMonth(month)) };
}

/**
 * The year of a day and month stated without a year.
 * - direction −1 (الماضي، المنصرم): the most recent occurrence strictly before the reference;
 * - direction +1 (المقبل، القادم): the first occurrence strictly after it;
 * - direction 0 (الجاري، الحالي): the reference year;
 * - no qualifier: the latest occurrence not more than {@link FUTURE_WINDOW_DAYS} after the reference.
 */
export function yearOfMonthDay(ref: CalendarDay, month: number, day: number, direction?: -1 | 0 | 1): number {
  const refDay = toEpochDay(ref);
  if (direction === 0) return ref.year;
  if (direction === -1) return toEpochDay(candidate(ref.year, month, day)) < refDay ? ref.year : ref.year - 1;
  if (direction === 1) return toEpochDay(candidate(ref.year, month, day)) > refDay ? ref.year : ref.year + 1;
  for (let year = ref.year + 1; year >= ref.year - 1; year--) {
    if (toEpochDay(candidate(year, month, day)) - refDay <= FUTURE_WINDOW_DAYS) return year;
  }
  return ref.year - 1;
}

/** The year of a month stated without a year (`شهر آذار`, `آذار الماضي`), by the same rules at month level. */
export function yearOfMonth(ref: CalendarDay, month: number, direction?: -1 | 0 | 1): number {
  if (direction === 0) return ref.year;
  if (direction === -1) return month < ref.month ? ref.year : ref.year - 1;
  if (direction === 1) return month > ref.month ? ref.year : ref.year + 1;
  return yearOfMonthDay(ref, month, 1);
}

/**
 * The date of a weekday named without a date.
 * - no qualifier: news reports what happened, so the most recent such day, today included;
 * - −1 (الماضي): strictly before the reference; +1 (المقبل، القادم): strictly after it;
 * - 0 (هذا): the one in the reference's ISO week.
 */
export function dayOfWeekday(ref: CalendarDay, weekday: number, direction?: -1 | 0 | 1): CalendarDay {
  const refWeekday = weekdayOf(ref);
  if (direction === 1) {
    const ahead = (weekday - refWeekday + 7) % 7 || 7;
    return addDays(ref, ahead);
  }
  if (direction === 0) {
    const mondayBased = (weekday + 6) % 7;
    const refMondayBased = (refWeekday + 6) % 7;
    return addDays(ref, mondayBased - refMondayBased);
  }
  const back = (refWeekday - weekday + 7) % 7;
  return addDays(ref, -(direction === -1 ? back || 7 : back));
}

/** The most recent day on or before `day` that falls on `weekday` (أمس الثلاثاء: the weekday decides). */
export function weekdayOnOrBefore(day: CalendarDay, weekday: number): CalendarDay {
  return addDays(day, -((weekdayOf(day) - weekday + 7) % 7));
}

/** The first day on or after `day` that falls on `weekday`. */
export function weekdayOnOrAfter(day: CalendarDay, weekday: number): CalendarDay {
  return addDays(day, (weekday - weekdayOf(day) + 7) % 7);
}

/**
 * `الخميس 21`: the 21st that falls on a Thursday, searched month by month from the
 * reference's month backwards (and one month ahead, for a coming date), nearest first with
 * the past preferred. Null when none within a year (the pair is then no date).
 */
export function monthDayOnWeekday(ref: CalendarDay, day: number, weekday: number): CalendarDay | null {
  const refDay = toEpochDay(ref);
  let best: CalendarDay | null = null;
  let bestDistance = Infinity;
  for (let offset = -12; offset <= 1; offset++) {
    const index = monthIndex(ref.year, ref.month) + offset;
    const year = yearOfMonthIndex(index);
    const month = monthOfMonthIndex(index);
    if (day > daysInMonth(year, month)) continue;
    const candidate = { year, month, day };
    if (weekdayOf(candidate) !== weekday) continue;
    const diff = toEpochDay(candidate) - refDay;
    // A future date counts double: news leans to the past.
    const distance = diff > 0 ? diff * 2 : -diff;
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** The n-th (1–5) given weekday of a month; null when the month has fewer (`الأحد الخامس`). */
export function nthWeekdayOfMonth(year: number, month: number, weekday: number, n: number): CalendarDay | null {
  const first = weekdayOnOrAfter({ year, month, day: 1 }, weekday);
  const day = first.day + 7 * (n - 1);
  return day <= daysInMonth(year, month) ? { year, month, day } : null;
}

/** The last given weekday of a month. */
export function lastWeekdayOfMonth(year: number, month: number, weekday: number): CalendarDay {
  return weekdayOnOrBefore({ year, month, day: daysInMonth(year, month) }, weekday);
}

/** A part of a month or a year: its first, middle or last third, or one of its halves. */
export type PeriodPart = 'early' | 'middle' | 'late' | 'firstHalf' | 'secondHalf';

/** The first and last day of a month that a part of it means: 1–10, 11–20, 21–end; 1–15, 16–end. */
export function partOfMonth(part: PeriodPart, year: number, month: number): [number, number] {
  return partOfMonthOf(part, daysInMonth(year, month));
}

/** The same days of a month of `length` days, in any calendar (a Hijri month has 29 or 30). */
export function partOfMonthOf(part: PeriodPart, length: number): [number, number] {
  return part === 'early' ? [1, 10] : part === 'middle' ? [11, 20] : part === 'late' ? [21, length] : part === 'firstHalf' ? [1, 15] : [16, length];
}

/** The first and last month of a year that a part of it means: January–April, May–August, September–December; January–June, July–December. */
export function partOfYear(part: PeriodPart): [number, number] {
  return part === 'early' ? [1, 4] : part === 'middle' ? [5, 8] : part === 'late' ? [9, 12] : part === 'firstHalf' ? [1, 6] : [7, 12];
}

/** A season, as the northern hemisphere counts them (by whole months, as weather services do). */
export type Season = 'spring' | 'summer' | 'autumn' | 'winter';

/**
 * The first and last day of a season of a year: spring March–May, summer June–August, autumn
 * September–November; winter of a year is December of the year before to February, the year
 * that holds two of its three months (winter 2019 is December 2018 – February 2019).
 */
export function seasonDays(season: Season, year: number): [CalendarDay, CalendarDay] {
  const first = season === 'spring' ? 3 : season === 'summer' ? 6 : season === 'autumn' ? 9 : 12;
  const startYear = season === 'winter' ? year - 1 : year;
  const lastIndex = monthIndex(startYear, first) + 2;
  const endYear = yearOfMonthIndex(lastIndex);
  const endMonth = monthOfMonthIndex(lastIndex);
  return [{ year: startYear, month: first, day: 1 }, { year: endYear, month: endMonth, day: daysInMonth(endYear, endMonth) }];
}

/**
 * The year of a season named relative to the reference:
 * - 0 (`هذا الصيف`، `الشتاء الحالي`, "this winter"): the season of the reference's year; for
 *   winter, the one under way or just over until the autumn, then the coming one;
 * - −1 (`الصيف الماضي`): the last one over before the reference;
 * - +1 (`الخريف المقبل`): the first one to begin after it.
 */
export function yearOfSeason(ref: CalendarDay, season: Season, direction: -1 | 0 | 1): number {
  if (direction === 0) return season === 'winter' && ref.month >= 9 ? ref.year + 1 : ref.year;
  const refDay = toEpochDay(ref);
  if (direction === -1) {
    for (let year = ref.year + 1; ; year--) if (toEpochDay(seasonDays(season, year)[1]) < refDay) return year;
  }
  for (let year = ref.year - 1; ; year++) if (toEpochDay(seasonDays(season, year)[0]) > refDay) return year;
}

/** The first and last month of a quarter (1–4) of a year. */
export function quarterMonths(quarter: number): [number, number] {
  return [3 * quarter - 2, 3 * quarter];
}

/**
 * The days of a week of a month counted by days, as news counts them: the first week is days
 * 1–7, the second 8–14, the third 15–21, the fourth 22–28, the fifth 29 to the end (null when
 * the month has no 29th); the last week is the month's last seven days.
 */
export function weekOfMonth(year: number, month: number, week: number | 'last'): [number, number] | null {
  const days = daysInMonth(year, month);
  if (week === 'last') return [days - 6, days];
  if (week === 5) return days >= 29 ? [29, days] : null;
  return [7 * week - 6, 7 * week];
}

/** A part of a week (Monday to Sunday, as `الأسبوع الماضي` is read): days 0–1, 2–3 or 4–6 of it. */
export function partOfWeek(part: PeriodPart): [number, number] {
  return part === 'early' ? [0, 1] : part === 'middle' ? [2, 3] : part === 'late' ? [4, 6] : part === 'firstHalf' ? [0, 3] : [3, 6];
}

/** Which days make a weekend: Friday and Saturday in most of the Arab world, Saturday and Sunday in English. */
export type WeekendConvention = 'friday' | 'saturday';

/** The weekend of the ISO week (Monday to Sunday) that starts on `monday`. */
export function weekendOfWeek(monday: CalendarDay, convention: WeekendConvention): [CalendarDay, CalendarDay] {
  const first = addDays(monday, convention === 'friday' ? 4 : 5);
  return [first, addDays(first, 1)];
}

/**
 * A weekend named without a week: news tells what happened, so the latest one that has begun
 * on or before the reference; in a clause about the future (direction 1), the first one not
 * over before it.
 */
export function nearestWeekend(ref: CalendarDay, convention: WeekendConvention, direction?: 1): [CalendarDay, CalendarDay] {
  const firstWeekday = convention === 'friday' ? 5 : 6;
  const first = direction === 1 ? weekdayOnOrAfter(addDays(ref, -1), firstWeekday) : weekdayOnOrBefore(ref, firstWeekday);
  return [first, addDays(first, 1)];
}
