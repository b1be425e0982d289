/**
 * Dates written in digits: `17-7-2012`، `21/04/2016`، `2016/04/21`، `17.7.2012`، and with a
 * two-digit year `18-9-15`. Arabic writes day before month, so `5/6/2012` is 5 June; when
 * the first number cannot be a month (`4/22/2016`), the American order is read instead. A
 * two-digit year may also come first (`16/04/21`, as the Gulf writes year first): when the
 * day-first reading lies further after the publication date than news looks ahead (see
 * FUTURE_WINDOW_DAYS) and the year-first one does not, the year-first one is read; without a
 * publication date, day first.
 *
 * Without a year (`22/4`) two numbers are as often a score, a ratio or a verse reference as
 * a date, so they are read only when one of them can only be a day, nothing counted follows,
 * no resolution/verse/score/price word precedes, and, for `.` (decimals), after a date cue
 * (في، يوم، بتاريخ، عند). `08/12, 2015` (the year set off by a comma) is the
 * American order, month first.
 */
import type { ParsingContext } from 'chrono-node';
import { type CalendarDay, isValidDay, toEpochDay } from '../../calendar.ts';
import { precisionTag } from '../../tags.ts';
import { FUTURE_WINDOW_DAYS, yearOfMonthDay } from '../../resolve.ts';
import { assignDay, isReferenceKnown, referenceDay, textAfter, textBefore } from '../../calculation.ts';
import { MAX_YEAR, MIN_YEAR } from '../constants.ts';
import { AbstractParserWithWordBoundaryChecking, type ExtractedResult } from './AbstractParserWithWordBoundaryChecking.ts';

const YEAR_FIRST_YEAR = 1;
const YEAR_FIRST_MONTH = 3;
const YEAR_FIRST_DAY = 4;
const FIRST = 5;
const SECOND = 7;
const YEAR = 8;
const US_FIRST = 9;
const US_SECOND = 11;
const US_YEAR = 12;
const SHORT_FIRST = 13;
const SHORT_SEPARATOR = 14;
const SHORT_SECOND = 15;

const DATE_CUE_BEFORE = /(?:^|[^\p{L}])[وف]?(?:في|يوم|بتاريخ|تاريخ|حتي|منذ|عند|الي)\s{1,3}$/u;
/** Numbers that a slash joins but that are no date: a resolution, an article, a verse, a score, a price. */
const NOT_DATE_BEFORE = /(?:^|[^\p{L}])[وف]?(?:[بل]|لل)?(?:ال)?(?:رقم|قرار|ماده|ايه|عدد|اعداد|نتيجه|سوره|فصل|بند|ص|صفحه|صفحات|نسبه|سعر|اسعار|مؤشر|اغلق|اغلقت|ارتفع|ارتفعت|انخفض|انخفضت|تراجع|تراجعت|نقطه|دولار|فاز|تعادل|خسر|هزم|شوط|تقدم|متقدما|هدف|اهداف|نقاط|مباراه|اعمار|عمر|سن|معدل|نسبه)(?![\p{L}])[^.!?؟\n]{0,25}$/u;
/** A short date closes its phrase: no digit, percent sign or counted noun right after it. */
const SHORT_END_AFTER = /^(?:\s{0,3}(?:$|[^\p{L}\p{N}\s%٪])|\s{1,3}(?:و|ثم|حين|عندما|حيث|في|من|الي|حتي|ب)(?![\p{L}]))/u;

/** A year in digits: four, or two (`18-9-15` is 2015; from 50 on, the 1900s); undefined outside 1000–2199. */
function numericYear(text: string): number | undefined {
  let year = parseInt(text, 10);
  if (text.length === 2) year += year < 50 ? 2000 : 1900;
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : undefined;
}

function daysAfter(day: CalendarDay, ref: CalendarDay): number {
  return toEpochDay(day) - toEpochDay(ref);
}

/** The day a numeric date with a year names, in whichever of the three orders it was matched; null when it does not exist. */
function dateWithYear(match: RegExpMatchArray, ref: CalendarDay | null): CalendarDay | null {
  let year: number | undefined;
  let month: number;
  let day: number;
  if (match[YEAR_FIRST_YEAR] !== undefined) {
    year = numericYear(match[YEAR_FIRST_YEAR]);
    month = parseInt(match[YEAR_FIRST_MONTH]!, 10);
    day = parseInt(match[YEAR_FIRST_DAY]!, 10);
  } else if (match[FIRST] !== undefined) {
    const a = parseInt(match[FIRST], 10);
    const b = parseInt(match[SECOND]!, 10);
    year = numericYear(match[YEAR]!);
    [day, month] = b <= 12 ? [a, b] : [b, a];
    if (ref && match[YEAR]!.length === 2 && match[FIRST].length === 2 && year !== undefined && isValidDay(year, month, day)) {
      const yearFirst = { year: numericYear(match[FIRST])!, month: b, day: parseInt(match[YEAR]!, 10) };
      if (isValidDay(yearFirst.year, yearFirst.month, yearFirst.day) && daysAfter({ year, month, day }, ref) > FUTURE_WINDOW_DAYS && daysAfter(yearFirst, ref) <= FUTURE_WINDOW_DAYS) return yearFirst;
    }
  } else {
    // `08/12, 2015`: a year set off by a comma is the American order, month first.
    const a = parseInt(match[US_FIRST]!, 10);
    const b = parseInt(match[US_SECOND]!, 10);
    year = numericYear(match[US_YEAR]!);
    [month, day] = a <= 12 ? [a, b] : [b, a];
  }
  return year !== undefined && isValidDay(year, month, day) ? { year, month, day } : null;
}

export default class ARSlashDateFormatParser extends AbstractParserWithWordBoundaryChecking {
  override prefilter() {
    return { trigger: '(?<!\\d)\\d{1,4}\\s?[-/.]\\s?\\d', maxLookBack: 0 };
  }

  innerPatternString(): string {
    return (
      `(?<![\\d/.\\-])(?:` +
      `(\\d{4})(?<ymdSeparator>[-/.])(\\d{1,2})\\k<ymdSeparator>(\\d{1,2})` +
      `|(\\d{1,2})(?<dmySeparator>[-/.])(\\d{1,2})\\k<dmySeparator>(\\d{4}|\\d{2})` +
      `|(\\d{1,2})(?<usSeparator>[/\\-.])(\\d{1,2}),\\s{0,2}(\\d{4}|\\d{2})(?=\\s{0,3}(?:$|[^\\p{L}\\p{N}\\s]))` +
      `|(\\d{1,2})\\s{0,1}([/\\-.])\\s{0,1}(\\d{1,2})` +
      `)(?![\\d]|[/.\\-]\\d)`
    );
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray): ExtractedResult {
    const index = match.index ?? 0;
    if (match[SHORT_FIRST] === undefined) {
      const date = dateWithYear(match, isReferenceKnown(context) ? referenceDay(context) : null);
      if (!date) return null;
      const result = context.createParsingResult(index, match[0]);
      assignDay(result.start, date);
      result.addTag(precisionTag('day'));
      return result;
    }
    const a = parseInt(match[SHORT_FIRST]!, 10);
    const b = parseInt(match[SHORT_SECOND]!, 10);
    const before = textBefore(context, index);
    // With `/` or `-` and one number that can only be a day (a score or a range has both above
    // 12 or both below), the pair reads as a date where it closes its phrase; `.` (decimals)
    // also needs a date cue before it.
    const cued = DATE_CUE_BEFORE.test(before);
    if (!cued && match[SHORT_SEPARATOR] === '.') return null;
    if (NOT_DATE_BEFORE.test(before)) return null;
    // `24/7` is "around the clock", not 24 July
    if ((a === 24 && b === 7) || (a === 7 && b === 24)) return null;
    if (!SHORT_END_AFTER.test(textAfter(context, index + match[0].length))) return null;
    let day: number;
    let month: number;
    if (a > 12 && b <= 12) [day, month] = [a, b];
    else if (b > 12 && a <= 12) [day, month] = [b, a];
    else return null;
    const ref = referenceDay(context);
    const year = yearOfMonthDay(ref, month, day);
    if (!isValidDay(2000, month, day)) return null;
    const result = context.createParsingResult(index, match[0]);
    result.start.assign('month', month).assign('day', day);
    result.start.imply('year', year);
    result.addTag(precisionTag('day'));
    return result;
  }
}
