/**
 * What a named period (`date.period`, since 1.1.0) is called in each language: the view, its
 * labels and the exports read it here. A season, a quarter or a half is named from its first
 * day (`summer 2019`, `Q3 2024`); a weekend or a period up to the publication day is its range
 * of days with a word, which the caller formats (the view with its month names and digits).
 */
import { type EventDate, daysInMonth } from './schema.ts';

export type PeriodLanguage = 'ar' | 'en';

const SEASONS = {
  ar: { 3: 'ربيع', 6: 'صيف', 9: 'خريف', 12: 'شتاء' },
  en: { 3: 'spring', 6: 'summer', 9: 'autumn', 12: 'winter' },
} as const;
const AR_ORDINALS = ['', 'الأول', 'الثاني', 'الثالث', 'الرابع'];

/**
 * The name of a season, a quarter or a half of a year (`صيف ٢٠١٩`، `Q3 2024`، `first half of
 * 2023`), or null for any other date, a period kind this reader does not know among them
 * (shown as its range), or a season or division whose days are not one (a corrected date).
 * `year` writes a year in the reader's digits.
 */
export function periodName(date: EventDate, lang: PeriodLanguage, year: (y: number) => string = String): string | null {
  const startYear = Number(date.start.slice(0, 4));
  const startMonth = Number(date.start.slice(5, 7));
  const endYear = Number(date.end.slice(0, 4));
  const endMonth = Number(date.end.slice(5, 7));
  const months = (endYear - startYear) * 12 + endMonth - startMonth + 1;
  const wholeMonths = date.start.endsWith('-01') && isLastDayOfMonth(date.end);
  if (!wholeMonths) return null;
  switch (date.period) {
    case 'season': {
      if (months !== 3 || ![3, 6, 9, 12].includes(startMonth)) return null;
      const name = SEASONS[lang][startMonth as 3 | 6 | 9 | 12];
      // winter is named by both its years
      const years = startYear === endYear ? year(startYear) : `${year(startYear)}–${year(endYear)}`;
      return `${name} ${years}`;
    }
    case 'quarter': {
      if (months !== 3 || (startMonth - 1) % 3 !== 0) return null;
      const n = (startMonth - 1) / 3 + 1;
      return lang === 'ar' ? `الربع ${AR_ORDINALS[n]} ${year(startYear)}` : `Q${n} ${year(startYear)}`;
    }
    case 'half': {
      if (months !== 6 || (startMonth !== 1 && startMonth !== 7)) return null;
      const first = startMonth === 1;
      return lang === 'ar' ? `النصف ${first ? 'الأول' : 'الثاني'} ${year(startYear)}` : `${first ? 'first' : 'second'} half of ${year(startYear)}`;
    }
    default:
      return null;
  }
}

/** A weekend or a period up to the publication day: its range of days (written by the caller) with what it is. */
export function periodRangeLabel(date: EventDate, lang: PeriodLanguage, range: string): string {
  if (date.period === 'weekend') return lang === 'ar' ? `عطلة نهاية الأسبوع ${range}` : `weekend of ${range}`;
  if (date.period === 'to-date') return lang === 'ar' ? `${range} (حتى تاريخ النشر)` : `${range} (so far)`;
  return range;
}

function isLastDayOfMonth(iso: string): boolean {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  return d === daysInMonth(y, m);
}
