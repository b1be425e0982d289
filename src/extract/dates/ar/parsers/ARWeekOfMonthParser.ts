/**
 * A week of a month: `الأسبوع الثاني من مارس`، `الأسبوع الأخير من ديسمبر 2024`، `الأسبوع الأول
 * من شهر أيار المقبل`، `الأسبوع الرابع من الشهر الماضي`، `الأسبوع الأول من هذا الشهر`. Weeks of a
 * month are counted by days, as news counts them (see weekOfMonth in resolve.ts): the second
 * week of March is 8–14 March; the last, its last seven days.
 */
import type { ParsingContext } from 'chrono-node';
import { addMonths } from '../../calendar.ts';
import { weekOfMonth, yearOfMonth } from '../../resolve.ts';
import { TAG_RELATIVE, precisionTag } from '../../tags.ts';
import {
  DATE_QUALIFIER_PATTERN,
  DATE_YEAR_NOUN_PATTERN,
  MONTH_PATTERN,
  RELATIVE_DIRECTION_PATTERN,
  THIS_PATTERN,
  YEAR_NUMBER_PATTERN,
  YEAR_SUFFIX_PATTERN,
  fold,
  foldDictionary,
  parseMonthName,
  parseRelativeDirection,
  parseYearNumber,
} from '../constants.ts';
import { matchAnyPattern } from '../pattern.ts';
import { referenceDay } from '../../calculation.ts';
import { AbstractParserWithWordBoundaryChecking, type ExtractedResult } from './AbstractParserWithWordBoundaryChecking.ts';

const WEEK_ORDINALS: Record<string, number | 'last'> = {
  'الأول': 1, 'الثاني': 2, 'الثالث': 3, 'الرابع': 4, 'الخامس': 5, 'الأخير': 'last',
};
const WEEK_ORDINAL_DICTIONARY = foldDictionary(WEEK_ORDINALS);

const ORDINAL_GROUP = 1;
const MONTH_GROUP = 2;
const YEAR_GROUP = 3;
const QUALIFIER_GROUP = 4;
const THIS_MONTH_GROUP = 5;
const RELATIVE_MONTH_GROUP = 6;

export default class ARWeekOfMonthParser extends AbstractParserWithWordBoundaryChecking {
  override prefilter() {
    return { words: ['الاسبوع'], maxLookBack: 0 };
  }

  innerPatternString(): string {
    return (
      `الاسبوع\\s{1,3}(${matchAnyPattern(Object.keys(WEEK_ORDINALS))})\\s{1,3}(?:من|في)\\s{1,3}(?:` +
      `(?:شهر\\s{1,3})?${MONTH_PATTERN}(?:\\s{0,3}[,،]?\\s{0,3}(?:من\\s{1,3})?(?:${DATE_YEAR_NOUN_PATTERN}\\s{1,3})?(${YEAR_NUMBER_PATTERN})${YEAR_SUFFIX_PATTERN}?|\\s{1,3}(${DATE_QUALIFIER_PATTERN}))?` +
      `|(${THIS_PATTERN})\\s{1,3}الشهر|الشهر\\s{1,3}(${RELATIVE_DIRECTION_PATTERN})` +
      `)`
    );
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray): ExtractedResult {
    const week = WEEK_ORDINAL_DICTIONARY[fold(match[ORDINAL_GROUP] ?? '')];
    if (week === undefined) return null;
    const ref = referenceDay(context);
    const result = context.createParsingResult(match.index ?? 0, match[0]);
    let year: number;
    let month: number;
    if (match[MONTH_GROUP] !== undefined) {
      const named = parseMonthName(match[MONTH_GROUP]);
      if (named === undefined) return null;
      month = named;
      const stated = match[YEAR_GROUP] !== undefined ? parseYearNumber(match[YEAR_GROUP]) : undefined;
      const qualifier = match[QUALIFIER_GROUP];
      year = stated ?? yearOfMonth(ref, month, qualifier !== undefined ? parseRelativeDirection(qualifier) : undefined);
      result.start.assign('month', month);
      if (stated !== undefined) result.start.assign('year', year);
      else result.start.imply('year', year);
    } else {
      const direction = match[THIS_MONTH_GROUP] !== undefined ? 0 : parseRelativeDirection(match[RELATIVE_MONTH_GROUP] ?? '');
      if (direction === undefined) return null;
      ({ year, month } = addMonths({ ...ref, day: 1 }, direction));
      result.start.assign('year', year).assign('month', month);
      result.addTag(TAG_RELATIVE);
    }
    const days = weekOfMonth(year, month, week);
    if (days === null) return null;
    result.start.assign('day', days[0]);
    const end = result.start.clone();
    end.assign('day', days[1]);
    result.end = end;
    result.addTag(precisionTag('week'));
    return result;
  }
}
