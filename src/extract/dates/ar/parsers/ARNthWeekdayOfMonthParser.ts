/**
 * The n-th or last weekday of a month: `أول يوم جمعة من يوليو`، `ثاني خميس من شهر آذار 2024`،
 * `آخر جمعة في هذا الشهر`، `أول اثنين من الشهر المقبل`. The month is a month name (its year
 * stated or implied by the news rule) or a month relative to the reference.
 */
import type { ParsingContext } from 'chrono-node';
import { addMonths } from '../../calendar.ts';
import { lastWeekdayOfMonth, nthWeekdayOfMonth, yearOfMonth } from '../../resolve.ts';
import { TAG_RELATIVE, precisionTag } from '../../tags.ts';
import {
  DATE_QUALIFIER_PATTERN,
  MONTH_PATTERN,
  RELATIVE_DIRECTION_PATTERN,
  THIS_PATTERN,
  YEAR_NUMBER_PATTERN,
  fold,
  parseMonthName,
  parseRelativeDirection,
  parseWeekday,
  parseYearNumber,
  foldDictionary,
} from '../constants.ts';
import { matchAnyPattern, triggerWords } from '../pattern.ts';
import { referenceDay } from '../../calculation.ts';
import { AbstractParserWithWordBoundaryChecking, type ExtractedResult } from './AbstractParserWithWordBoundaryChecking.ts';

const NTH_GROUP = 1;
const WEEKDAY_GROUP = 2;
const MONTH_GROUP = 3;
const YEAR_GROUP = 4;
const QUALIFIER_GROUP = 5;
const THIS_GROUP = 6;
const DIRECTION_GROUP = 7;

const NTH_SPELLINGS: Record<string, number> = { 'أول': 1, 'ثاني': 2, 'ثالث': 3, 'رابع': 4, 'خامس': 5, 'آخر': -1 };
const NTH = foldDictionary(NTH_SPELLINGS);
/** Weekday names without the article, as they stand after an ordinal (`أول جمعة`). */
const BARE_WEEKDAY = matchAnyPattern(['أحد', 'اثنين', 'إثنين', 'ثلاثاء', 'أربعاء', 'خميس', 'جمعة', 'سبت']);

export default class ARNthWeekdayOfMonthParser extends AbstractParserWithWordBoundaryChecking {
  override prefilter() {
    // a match starts with the ordinal (أول، آخر…)
    return { words: triggerWords(['أحد', 'اثنين', 'إثنين', 'ثلاثاء', 'أربعاء', 'خميس', 'جمعة', 'سبت']), maxLookBack: 20, anchor: { words: triggerWords(Object.keys(NTH_SPELLINGS)), maxLookBack: 0 } };
  }

  innerPatternString(): string {
    return (
      `(${matchAnyPattern(Object.keys(NTH_SPELLINGS))})\\s{1,3}(?:يوم\\s{1,3})?(${BARE_WEEKDAY})\\s{1,3}(?:من|في)\\s{1,3}(?:` +
      `(?:شهر\\s{1,3})?${MONTH_PATTERN}(?:\\s{0,3}[,،]?\\s{0,3}(${YEAR_NUMBER_PATTERN})|\\s{1,3}(${DATE_QUALIFIER_PATTERN}))?` +
      `|(?:(${THIS_PATTERN})\\s{1,3}الشهر|الشهر\\s{1,3}(${RELATIVE_DIRECTION_PATTERN}))` +
      `)`
    );
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray): ExtractedResult {
    const nth = NTH[fold(match[NTH_GROUP] ?? '')];
    const weekday = parseWeekday(`ال${match[WEEKDAY_GROUP] ?? ''}`);
    if (nth === undefined || weekday === undefined) return null;
    const ref = referenceDay(context);
    let year: number;
    let month: number;
    let yearStated = false;
    let relative = false;
    if (match[MONTH_GROUP] !== undefined) {
      const m = parseMonthName(match[MONTH_GROUP]);
      if (m === undefined) return null;
      month = m;
      const y = match[YEAR_GROUP] !== undefined ? parseYearNumber(match[YEAR_GROUP]) : undefined;
      yearStated = y !== undefined;
      const qualifier = match[QUALIFIER_GROUP];
      year = y ?? yearOfMonth(ref, month, qualifier !== undefined ? parseRelativeDirection(qualifier) : undefined);
    } else {
      const direction = match[THIS_GROUP] !== undefined ? 0 : parseRelativeDirection(match[DIRECTION_GROUP] ?? '');
      if (direction === undefined) return null;
      const shifted = addMonths({ ...ref, day: 1 }, direction);
      year = shifted.year;
      month = shifted.month;
      relative = true;
    }
    const day = nth === -1 ? lastWeekdayOfMonth(year, month, weekday) : nthWeekdayOfMonth(year, month, weekday, nth);
    if (!day) return null;
    const result = context.createParsingResult(match.index ?? 0, match[0]);
    result.start.assign('weekday', weekday).assign('day', day.day).assign('month', day.month);
    if (yearStated || relative) result.start.assign('year', day.year);
    else result.start.imply('year', day.year);
    if (relative) result.addTag(TAG_RELATIVE);
    result.addTag(precisionTag('day'));
    return result;
  }
}
