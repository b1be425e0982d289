/**
 * Hijri dates: `21 شعبان 1433`، `26 شوال 1436 هـ`، `الأول من رمضان`، `شهر رمضان المقبل`،
 * `رمضان 1445`، `عام 1445 هـ`. Converted to Gregorian with the Umm al-Qura calendar
 * (hijri.ts); the Hijri date as written is kept in `original`.
 *
 * Hijri month names are also names and words (رجب طيب أردوغان، صفر "zero", رمضان as a
 * first name), so a month needs a day, a year, or the word شهر; صفر needs a year.
 */
import type { ParsingContext } from 'chrono-node';
import { type CalendarDay, addDays, toEpochDay } from '../../calendar.ts';
import { gregorianToHijri, hijriMonthSpan, hijriToGregorian } from '../../hijri.ts';
import { FUTURE_WINDOW_DAYS, partOfMonthOf } from '../../resolve.ts';
import { TAG_APPROXIMATE, TAG_HIJRI, hijriOriginalTag, precisionTag } from '../../tags.ts';
import type { PeriodPart } from '../../resolve.ts';
import { matchAnyPattern } from '../pattern.ts';
import { PART_SPELLINGS } from './ARPeriodPartParser.ts';
import { pad } from '../../calendar.ts';
import {
  DATE_QUALIFIER_PATTERN,
  DAY_NUMBER_PATTERN,
  HIJRI_ERA_PATTERN,
  HIJRI_MONTH_PATTERN,
  fold,
  foldDictionary,
  parseDayNumber,
  parseHijriMonth,
  parseRelativeDirection,
  DAY_MONTH_GAP,
  dayDigitsBefore,
} from '../constants.ts';
import { assignDay, implyDay, referenceDay, textBefore } from '../../calculation.ts';
import { AbstractParserWithWordBoundaryChecking, type ExtractedResult } from './AbstractParserWithWordBoundaryChecking.ts';

const PART_GROUP = 1;
const DAY_GROUP = 2;
const MONTH_WORD_GROUP = 3;
const MONTH_GROUP = 4;
const YEAR_GROUP = 5;
const ERA_GROUP = 6;
const QUALIFIER_GROUP = 7;
const BARE_YEAR_GROUP = 8;

/**
 * The part of a Hijri month (`مطلع شهر رجب`، `منتصف شعبان`، `أواخر رمضان`، `العشر الأواخر من
 * رمضان`): as for a Gregorian month (ARPeriodPartParser), its days 1–10, 11–20 or 21–end, or a
 * half, marked approximate; the last ten nights of Ramadan are its days 21–end too.
 */
const HIJRI_PART_SPELLINGS: Record<string, PeriodPart> = {
  ...PART_SPELLINGS,
  'العشر الأوائل من': 'early',
  'العشر الأواخر من': 'late',
  'العشر الأخيرة من': 'late',
};
const HIJRI_PART_DICTIONARY = foldDictionary(HIJRI_PART_SPELLINGS);
const HIJRI_PART_PATTERN = matchAnyPattern(Object.keys(HIJRI_PART_SPELLINGS));

/** A day number right before the month, which the calendar rejected. */
const REJECTED_DAY_BEFORE = dayDigitsBefore('\\s{0,3}(?:من\\s{1,3})?');

const MIN_HIJRI_YEAR = 1300;
const MAX_HIJRI_YEAR = 1500;

export default class ARHijriDateParser extends AbstractParserWithWordBoundaryChecking {
  override prefilter() {
    // a word of every Hijri month name (ذو/ذي are everywhere: القعدة/الحجة, 6 letters in), or a year and its era
    return { words: ['محرم', 'صفر', 'ربيع', 'جمادي', 'رجب', 'شعبان', 'رمضان', 'شوال', 'القعده', 'الحجه'], trigger: '\\d{4}\\s{0,2}(?:ه|للهجره)', maxLookBack: 96 };
  }

  innerPatternString(): string {
    return (
      `(?:(${HIJRI_PART_PATTERN})\\s{1,3}(?:من\\s{1,3})?)?` +
      `(?:(?:ال\\s{0,2})?(${DAY_NUMBER_PATTERN})${DAY_MONTH_GAP})?` +
      `(شهر\\s{1,3})?(${HIJRI_MONTH_PATTERN})` +
      `(?:\\s{0,3}[,،]?\\s{0,3}(?:(?:عام|سنه|لعام)\\s{1,3})?(?<!\\d)(\\d{4})(?!\\d)(?:\\s{0,2}(${HIJRI_ERA_PATTERN}))?` +
      `|\\s{1,3}(${DATE_QUALIFIER_PATTERN}))?` +
      `|(?:(?:عام|العام|سنه|السنه)\\s{1,3})?(?<!\\d)(\\d{4})\\s{0,2}${HIJRI_ERA_PATTERN}`
    );
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray): ExtractedResult {
    const index = match.index ?? 0;
    const result = context.createParsingResult(index, match[0]);
    result.addTag(TAG_HIJRI);

    if (match[BARE_YEAR_GROUP] !== undefined) {
      const year = parseInt(match[BARE_YEAR_GROUP], 10);
      if (year < MIN_HIJRI_YEAR || year > MAX_HIJRI_YEAR) return null;
      const first = hijriMonthSpan(year, 1);
      const last = hijriMonthSpan(year, 12);
      if (!first || !last) return null;
      assignDay(result.start, first.start);
      result.end = result.start.clone();
      assignDay(result.end, last.end);
      result.addTag(hijriOriginalTag(String(year)));
      result.addTag(precisionTag('year'));
      return result;
    }

    const month = parseHijriMonth(match[MONTH_GROUP] ?? '');
    if (month === undefined) return null;
    const dayText = match[DAY_GROUP];
    let day = dayText !== undefined ? parseDayNumber(dayText) : undefined;
    if (dayText !== undefined && (day === undefined || day < 1 || day > 30)) return null;
    const yearText = match[YEAR_GROUP];
    const year = yearText !== undefined ? parseInt(yearText, 10) : undefined;
    if (year !== undefined && (year < MIN_HIJRI_YEAR || year > MAX_HIJRI_YEAR)) return null;
    const qualifier = match[QUALIFIER_GROUP];
    const hasMonthWord = match[MONTH_WORD_GROUP] !== undefined;
    let partWord = match[PART_GROUP];
    // A part before a day (`أواخر 5 رمضان`) is no part of the month.
    if (partWord !== undefined && day !== undefined) return null;
    // `أول رمضان` is its first day, as `أول آذار` is the first of March.
    if (partWord !== undefined && fold(partWord) === fold('أول')) {
      partWord = undefined;
      day = 1;
    }
    const part = partWord !== undefined ? HIJRI_PART_DICTIONARY[fold(partWord)] : undefined;
    if (partWord !== undefined && part === undefined) return null;
    // A part (`منتصف شعبان`) or a qualifier (`رجب المقبل`) makes the name a month as شهر does.
    if (day === undefined && year === undefined && !hasMonthWord && part === undefined && qualifier === undefined) return null;
    // A day the calendar rejected (`30 رمضان 1446` in a 29-day Ramadan) is not re-read as the month alone.
    if (day === undefined && REJECTED_DAY_BEFORE.test(textBefore(context, index))) return null;
    if (fold(match[MONTH_GROUP]!) === fold('صفر') && year === undefined && !hasMonthWord) return null;

    const ref = referenceDay(context);
    const hijriYear = year ?? this.closestHijriYear(ref, month, day ?? 1, qualifier !== undefined ? parseRelativeDirection(qualifier) : undefined);
    if (day !== undefined) {
      const gregorian = hijriToGregorian({ year: hijriYear, month, day });
      if (!gregorian) return null;
      if (year !== undefined) assignDay(result.start, gregorian);
      else {
        implyDay(result.start, gregorian);
        // The day and month are stated even though their Gregorian values are computed.
        result.start.assign('day', gregorian.day);
      }
      result.addTag(hijriOriginalTag(`${year !== undefined ? pad(hijriYear, 4) : 'XXXX'}-${pad(month, 2)}-${pad(day, 2)}`));
      result.addTag(precisionTag('day'));
      return result;
    }
    const whole = hijriMonthSpan(hijriYear, month);
    if (!whole) return null;
    const span = part !== undefined ? partOfHijriMonth(whole, part) : whole;
    if (part !== undefined) result.addTag(TAG_APPROXIMATE);
    if (year !== undefined) assignDay(result.start, span.start);
    else implyDay(result.start, span.start).assign('day', span.start.day);
    result.end = result.start.clone();
    if (year !== undefined) assignDay(result.end, span.end);
    else implyDay(result.end, span.end).assign('day', span.end.day);
    result.addTag(hijriOriginalTag(`${year !== undefined ? pad(hijriYear, 4) : 'XXXX'}-${pad(month, 2)}`));
    result.addTag(precisionTag('month'));
    return result;
  }

  /** The Hijri year of a day and month stated without one: the news rule of resolve.ts, in Hijri years. */
  private closestHijriYear(ref: CalendarDay, month: number, day: number, direction?: -1 | 0 | 1): number {
    const refHijri = gregorianToHijri(ref);
    const refDay = toEpochDay(ref);
    const at = (year: number) => {
      const g = hijriToGregorian({ year, month, day: Math.min(day, 29) });
      return g ? toEpochDay(g) : NaN;
    };
    if (direction === 0) return refHijri.year;
    if (direction === -1) return at(refHijri.year) < refDay ? refHijri.year : refHijri.year - 1;
    if (direction === 1) return at(refHijri.year) > refDay ? refHijri.year : refHijri.year + 1;
    for (const year of [refHijri.year + 1, refHijri.year, refHijri.year - 1]) {
      if (at(year) - toEpochDay(addDays(ref, 0)) <= FUTURE_WINDOW_DAYS) return year;
    }
    return refHijri.year - 1;
  }
}

/** The days of a Hijri month a part of it means (partOfMonthOf), in Gregorian days. */
function partOfHijriMonth(month: { start: CalendarDay; end: CalendarDay }, part: PeriodPart): { start: CalendarDay; end: CalendarDay } {
  const [from, to] = partOfMonthOf(part, toEpochDay(month.end) - toEpochDay(month.start) + 1);
  return { start: addDays(month.start, from - 1), end: addDays(month.start, to - 1) };
}
