/**
 * Dates written in digits: `17-7-2012`، `21/04/2016`، `2016/04/21`، `17.7.2012`، and with a
 * two-digit year `18-9-15`. Arabic writes day before month, so `5/6/2012` is 5 June; when
 * the first number cannot be a month (`4/22/2016`), the American order is read instead.
 *
 * Without a year (`22/4`) two numbers are as often a score, a ratio or a verse reference as
 * a date, so they are read only after a date cue (في، يوم، بتاريخ) and only when one of them
 * can only be a day.
 */
import type { ParsingContext } from 'chrono-node';
import { isValidDay } from '../../calendar.ts';
import { precisionTag } from '../../tags.ts';
import { yearOfMonthDay } from '../../resolve.ts';
import { referenceDay, textBefore } from '../calculation.ts';
import { AbstractParserWithWordBoundaryChecking, type ExtractedResult } from './AbstractParserWithWordBoundaryChecking.ts';

const YEAR_FIRST_YEAR = 1;
const YEAR_FIRST_MONTH = 3;
const YEAR_FIRST_DAY = 4;
const FIRST = 5;
const SECOND = 7;
const YEAR = 8;
const SHORT_FIRST = 9;
const SHORT_SECOND = 10;

const DATE_CUE_BEFORE = /(?:^|[^\p{L}])[وف]?(?:في|يوم|بتاريخ|تاريخ|حتي|منذ)\s{1,3}$/u;

export default class ARSlashDateFormatParser extends AbstractParserWithWordBoundaryChecking {
  innerPatternString(): string {
    return (
      `(?<![\\d/.\\-])(?:` +
      `(\\d{4})(?<ymdSeparator>[-/.])(\\d{1,2})\\k<ymdSeparator>(\\d{1,2})` +
      `|(\\d{1,2})(?<dmySeparator>[-/.])(\\d{1,2})\\k<dmySeparator>(\\d{4}|\\d{2})` +
      `|(\\d{1,2})\\s{0,1}[/\\-.]\\s{0,1}(\\d{1,2})` +
      `)(?![\\d]|[/.\\-]\\d)`
    );
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray): ExtractedResult {
    const index = match.index ?? 0;
    const result = context.createParsingResult(index, match[0]);
    if (match[YEAR_FIRST_YEAR] !== undefined) {
      const year = parseInt(match[YEAR_FIRST_YEAR], 10);
      const month = parseInt(match[YEAR_FIRST_MONTH]!, 10);
      const day = parseInt(match[YEAR_FIRST_DAY]!, 10);
      if (year < 1000 || year > 2199 || !isValidDay(year, month, day)) return null;
      result.start.assign('year', year).assign('month', month).assign('day', day);
      result.addTag(precisionTag('day'));
      return result;
    }
    if (match[FIRST] !== undefined) {
      const a = parseInt(match[FIRST], 10);
      const b = parseInt(match[SECOND]!, 10);
      const yearText = match[YEAR]!;
      let year = parseInt(yearText, 10);
      if (yearText.length === 2) year += year < 50 ? 2000 : 1900;
      if (year < 1000 || year > 2199) return null;
      const [day, month] = b <= 12 ? [a, b] : [b, a];
      if (!isValidDay(year, month, day)) return null;
      result.start.assign('year', year).assign('month', month).assign('day', day);
      result.addTag(precisionTag('day'));
      return result;
    }
    const a = parseInt(match[SHORT_FIRST]!, 10);
    const b = parseInt(match[SHORT_SECOND]!, 10);
    if (!DATE_CUE_BEFORE.test(textBefore(context, index))) return null;
    let day: number;
    let month: number;
    if (a > 12 && b <= 12) [day, month] = [a, b];
    else if (b > 12 && a <= 12) [day, month] = [b, a];
    else return null;
    const ref = referenceDay(context);
    const year = yearOfMonthDay(ref, month, day);
    if (!isValidDay(2000, month, day)) return null;
    result.start.assign('month', month).assign('day', day);
    result.start.imply('year', year);
    result.addTag(precisionTag('day'));
    return result;
  }
}
