/**
 * Day before month, the order Arabic writes dates in:
 * `الـ27 من شباط الماضي`، `27 شباط 2025`، `الأول من آذار`، `الحادي والعشرين من مايو`،
 * `14 يوليو (تموز) 2012`، `03-أغسطس-2012`، and day ranges inside one month:
 * `بين 18 و27 شباط`، `من 2 إلى 7 فبراير`، `18-27 شباط`، `يومي 28 و29 ماي`، `الثالث والرابع من مايو`.
 *
 * A stated year is assigned; otherwise the year is implied from the reference by the
 * qualifier after the month (الماضي/المقبل/الجاري) or, without one, by the news rule in
 * resolve.ts. Impossible days (30 شباط، 31 نيسان، 32 يوليو) are rejected, not clamped.
 */
import type { ParsingContext } from 'chrono-node';
import { isValidDay, maxDaysInMonth } from '../../calendar.ts';
import { yearOfMonthDay } from '../../resolve.ts';
import {
  DATE_AS_NAME_BEFORE,
  DATE_QUALIFIER_PATTERN,
  DAY_DIGITS_TRIGGER,
  DAY_NUMBER_PATTERN,
  MONTH_PATTERN,
  AMBIGUOUS_MONTH_NAMES,
  CARDINAL_DAY_PATTERN,
  YEAR_ANY_PATTERN,
  fold,
  parseAnyDayNumber,
  parseYear,
  parseDayNumber,
  parseMonthName,
  parseRelativeDirection,
  MONTH_TRIGGER_WORDS,
  DATE_YEAR_NOUN_PATTERN,
  DAY_MONTH_GAP,
} from '../constants.ts';
import { matchAnyPattern } from '../pattern.ts';
import { referenceDay, textBefore } from '../../calculation.ts';
import { AbstractParserWithWordBoundaryChecking, type ExtractedResult } from './AbstractParserWithWordBoundaryChecking.ts';

const STARTS_WITH_DIGIT = /^\d/;
const DIGIT_DAY = /^(?:ال\s{0,2})?\d/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const AHAD = /^احد(?:ه)?(?![\p{L}])/u;

const BETWEEN_WORD_GROUP = 1;
const BETWEEN_DAY_GROUP = 2;
const FROM_DAY_GROUP = 3;
const DAY_GROUP = 4;
const MONTH_GROUP = 5;
const YEAR_GROUP = 6;
const QUALIFIER_GROUP = 7;

/** `الـ` before a day number (the tatweel is gone after normalization: `ال27`، `ال 27`). */
const ARTICLE = `(?:ال\\s{0,2})?`;
const TO = matchAnyPattern(['إلى', 'الى', 'حتى', 'لغاية', 'ولغاية', 'وحتى']);

/** Ordinal words that name a part of a period rather than a day: `الأسبوع الأول من آذار`، `النصف الثاني من مايو`. */
const PERIOD_PART_BEFORE = new RegExp(
  `${matchAnyPattern(['الأسبوع', 'الأسابيع', 'النصف', 'الربع', 'الثلث', 'العشر', 'الجزء', 'الشطر', 'الفصل', 'الموسم', 'الدور', 'الأيام', 'الأسبوعين', 'الشهر', 'الجمعة', 'الأحد', 'الإثنين', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'السبت'])}\\s{1,3}$`,
  'u',
);

/** A part of every ordinal or cardinal day word (الحادي والعشرين، خمسة عشر), at most two letters in. */
export const DAY_WORD_STEMS = ['فاتح', 'اول', 'ثاني', 'ثالث', 'رابع', 'خامس', 'سادس', 'سابع', 'ثامن', 'تاسع', 'عاشر', 'حادي', 'واحد', 'احد', 'احدي', 'اثن', 'ثلاث', 'اربع', 'خمس', 'ست', 'سبع', 'ثمان', 'تسع', 'عشر'];

/** A prefilter anchor: the day number in digits or words, with at most `بين ال` (or `حتى ال`) before it in the match. */
export const DAY_NUMBER_ANCHOR = { trigger: DAY_DIGITS_TRIGGER, words: DAY_WORD_STEMS, maxLookBack: 14 };

export default class ARMonthNameLittleEndianParser extends AbstractParserWithWordBoundaryChecking {
  override prefilter() {
    return {
      words: MONTH_TRIGGER_WORDS,
      maxLookBack: 90,
      // the first day number of the match comes before the month
      anchor: DAY_NUMBER_ANCHOR,
    };
  }

  innerPatternString(): string {
    return (
      `(?:` +
      // a second day that is a tens word (`الخامس والعشرين`) makes one compound day, not two days
      `(بين|يومي|(?=(?:ال\\s{0,2})?\\d)|(?=ال))\\s{0,3}${ARTICLE}(${DAY_NUMBER_PATTERN})\\s{0,3}و\\s{0,2}(?!(?:ال)?(?:عشر|ثلاث)(?:ين|ون))` +
      `|(?:من\\s{1,3})?${ARTICLE}(${DAY_NUMBER_PATTERN})\\s{0,3}(?:${TO}|-|–)\\s{0,3}` +
      `)?` +
      `${ARTICLE}(${DAY_NUMBER_PATTERN}|${CARDINAL_DAY_PATTERN})` +
      `${DAY_MONTH_GAP}(?:شهر\\s{1,3})?` +
      MONTH_PATTERN +
      `(?:` +
      `\\s{0,3}[,،/.\\-]?\\s{0,3}(?:من\\s{1,3})?(?:${DATE_YEAR_NOUN_PATTERN}\\s{1,3})?(${YEAR_ANY_PATTERN})` +
      `|\\s{1,3}(${DATE_QUALIFIER_PATTERN})` +
      `)?`
    );
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray): ExtractedResult {
    const month = parseMonthName(match[MONTH_GROUP] ?? '');
    const day = parseAnyDayNumber(match[DAY_GROUP] ?? '');
    if (month === undefined || day === undefined) return null;
    const rangeStartText = match[BETWEEN_DAY_GROUP] ?? match[FROM_DAY_GROUP];
    const rangeStart = rangeStartText !== undefined ? parseDayNumber(rangeStartText) : undefined;
    const yearText = match[YEAR_GROUP];
    const year = yearText !== undefined ? parseYear(yearText) : undefined;
    if (yearText !== undefined && year === undefined) return null;

    const index = match.index ?? 0;
    const before = textBefore(context, index);
    // `قوى 14 آذار`، `حركة 20 فبراير`: a date used as the name of a movement or a place.
    if (year === undefined && DATE_AS_NAME_BEFORE.test(before)) return null;
    if (!STARTS_WITH_DIGIT.test(match[DAY_GROUP] ?? '') && (rangeStart === undefined || match[BETWEEN_WORD_GROUP] === '') && PERIOD_PART_BEFORE.test(before)) return null;
    // A cardinal number before an ambiguous name is a count (`ست مارس`), not a date.
    const dayText = match[DAY_GROUP] ?? ''; // the text is normalized already
    if (parseDayNumber(dayText) === undefined && AMBIGUOUS_MONTH_NAMES.has(fold(match[MONTH_GROUP] ?? ''))) return null;

    const isPossible = (d: number) => (year !== undefined ? isValidDay(year, month, d) : d >= 1 && d <= maxDaysInMonth(month));
    if (!isPossible(day)) return null;
    if (rangeStart !== undefined && (!isPossible(rangeStart) || rangeStart >= day)) return null;
    // `يومي 28 و29 ماي`، `في 2 و3 يونيو` (on the two days): two consecutive days, else two separate dates.
    if (match[BETWEEN_WORD_GROUP] !== 'بين' && match[BETWEEN_WORD_GROUP] !== undefined && rangeStart !== undefined && day - rangeStart !== 1) return null;
    // Without بين/يومي digits pair up (`2 و3 يونيو`), and ordinal words (`الثالث والرابع من مايو`),
    // never a cardinal word after an ordinal.
    if (match[BETWEEN_WORD_GROUP] === '' && !DIGIT_DAY.test(match[DAY_GROUP] ?? '') && parseDayNumber(match[DAY_GROUP] ?? '') === undefined) return null;

    // `واحد وعشرين مايو`: the boundary took the و of واحد for a conjunction; give it back.
    let start = index;
    if (context.text[index - 1] === 'و' && !LETTER_OR_DIGIT.test(context.text[index - 2] ?? ' ') && AHAD.test(dayText)) start = index - 1;
    // The stated parts are given to the result as it is made (the same as assigning them after,
    // without deleting the reference's implied values one by one).
    const stated = year !== undefined ? { day: rangeStart ?? day, month, year } : { day: rangeStart ?? day, month };
    const result = context.createParsingResult(start, context.text.slice(start, index) + match[0], stated);
    const first = result.start;
    if (year === undefined) {
      const qualifier = match[QUALIFIER_GROUP];
      const direction = qualifier !== undefined ? parseRelativeDirection(qualifier) : undefined;
      first.imply('year', yearOfMonthDay(referenceDay(context), month, rangeStart ?? day, direction));
    }

    if (rangeStart !== undefined) {
      const last = first.clone();
      last.assign('day', day);
      result.end = last;
    }
    return result;
  }
}
