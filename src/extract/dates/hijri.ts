/**
 * Hijri (Umm al-Qura) ↔ Gregorian conversion with the platform's ICU calendar.
 *
 * ICU converts Gregorian → Hijri only; the inverse is a search around an arithmetic
 * estimate. The Umm al-Qura calendar is what Saudi and most Gulf news use; ICU falls back to
 * the tabular calendar outside the years Umm al-Qura tables cover (1300–1600 AH).
 */
import { type CalendarDay, addDays, fromEpochDay, toEpochDay } from './calendar.ts';

/** Made on the first Hijri date: loading ICU's calendar costs a run that meets none about 10 ms. */
let HIJRI_FORMAT: Intl.DateTimeFormat | null = null;

/** ICU's formatToParts is slow and the same days recur (every Hijri date searches around its estimate). */
const toHijriCache = new Map<number, CalendarDay>();

export function gregorianToHijri(d: CalendarDay): CalendarDay {
  const key = d.year * 10000 + d.month * 100 + d.day;
  const cached = toHijriCache.get(key);
  if (cached) return { ...cached };
  const hijri = computeGregorianToHijri(d);
  if (toHijriCache.size > 50_000) toHijriCache.clear();
  toHijriCache.set(key, hijri);
  return { ...hijri };
}

function computeGregorianToHijri(d: CalendarDay): CalendarDay {
  const date = new Date(0);
  date.setUTCFullYear(d.year, d.month - 1, d.day);
  date.setUTCHours(12);
  let year = 0;
  let month = 0;
  let day = 0;
  HIJRI_FORMAT ??= new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' });
  for (const part of HIJRI_FORMAT.formatToParts(date)) {
    if (part.type === 'year' || (part.type as string) === 'relatedYear') year = parseInt(part.value, 10);
    else if (part.type === 'month') month = parseInt(part.value, 10);
    else if (part.type === 'day') day = parseInt(part.value, 10);
  }
  return { year, month, day };
}

// 1 Muharram 1 AH ≈ 16 July 622 (Julian) = epoch day of 622-07-19 proleptic Gregorian.
const HIJRI_EPOCH_DAY = toEpochDay({ year: 622, month: 7, day: 19 });
const MEAN_HIJRI_YEAR = 354.36667;
const MEAN_HIJRI_MONTH = 29.530589;

function hijriKey(h: CalendarDay): number {
  return h.year * 10000 + h.month * 100 + h.day;
}

/** The Gregorian day of a Hijri date, or null when that Hijri day does not exist (e.g. 30 of a 29-day month). */
export function hijriToGregorian(h: CalendarDay): CalendarDay | null {
  if (h.month < 1 || h.month > 12 || h.day < 1 || h.day > 30 || h.year < 1 || h.year > 2000) return null;
  const estimate = Math.round(
    HIJRI_EPOCH_DAY + (h.year - 1) * MEAN_HIJRI_YEAR + (h.month - 1) * MEAN_HIJRI_MONTH + (h.day - 1),
  );
  const target = hijriKey(h);
  // Step towards the target; the estimate is within a few days, so this loop is short.
  let epochDay = estimate;
  for (let i = 0; i < 40; i++) {
    const current = gregorianToHijri(fromEpochDay(epochDay));
    const key = hijriKey(current);
    if (key === target) return fromEpochDay(epochDay);
    if (key < target) {
      // Jump by the day difference when in the same month, else by one day.
      const step = current.year === h.year && current.month === h.month ? h.day - current.day : 1;
      const next = gregorianToHijri(fromEpochDay(epochDay + step));
      if (hijriKey(next) > target) return null; // skipped over: the day does not exist
      epochDay += step;
    } else {
      const step = current.year === h.year && current.month === h.month ? h.day - current.day : -1;
      const prev = gregorianToHijri(fromEpochDay(epochDay + step));
      if (hijriKey(prev) < target) return null;
      epochDay += step;
    }
  }
  return null;
}

/** First and last Gregorian day of a Hijri month. */
export function hijriMonthSpan(year: number, month: number): { start: CalendarDay; end: CalendarDay } | null {
  const start = hijriToGregorian({ year, month, day: 1 });
  if (!start) return null;
  const nextMonth = month === 12 ? { year: year + 1, month: 1, day: 1 } : { year, month: month + 1, day: 1 };
  const next = hijriToGregorian(nextMonth);
  if (!next) return null;
  return { start, end: addDays(next, -1) };
}
