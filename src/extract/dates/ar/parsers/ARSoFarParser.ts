/**
 * A period cut at the reference: "so far" (`منذ بداية العام`، `منذ مطلع الشهر الجاري`، `منذ
 * بداية 2024 وحتى الآن`، `منذ مطلع آذار`: from the start of the period to the reference day,
 * a period up to the publication day) and "the rest of" (`ما تبقى من العام`، `بقية الشهر
 * الجاري`، `باقي الأسبوع`: from the reference day to the end of the current period).
 *
 * منذ is part of the mention: without it `بداية العام` is another phrase (a part of the year,
 * or the start of some year of the story).
 */
import type { ParsingContext } from 'chrono-node';
import { addDays, addMonths, daysInMonth, isoWeekStart, type CalendarDay, compareDays } from '../../calendar.ts';
import { yearOfMonth } from '../../resolve.ts';
import { TAG_RELATIVE, periodTag, precisionTag } from '../../tags.ts';
import {
  DATE_YEAR_NOUN_PATTERN,
  MONTH_PATTERN,
  RELATIVE_DIRECTION_PATTERN,
  THIS_PATTERN,
  YEAR_NUMBER_PATTERN,
  fold,
  foldDictionary,
  parseMonthName,
  parseRelativeDirection,
  parseYearNumber,
} from '../constants.ts';
import { matchAnyPattern } from '../pattern.ts';
import { assignDayInterval, referenceDay } from '../../calculation.ts';
import { AbstractParserWithWordBoundaryChecking, type ExtractedResult } from './AbstractParserWithWordBoundaryChecking.ts';

type Unit = 'week' | 'month' | 'year';
const UNIT_SPELLINGS: Record<string, Unit> = { 'الأسبوع': 'week', 'الشهر': 'month', 'العام': 'year', 'السنة': 'year' };
const UNIT_DICTIONARY = foldDictionary(UNIT_SPELLINGS);

const START_WORDS = ['بداية', 'مطلع', 'أول', 'بدء', 'مستهل', 'مطلع', 'انطلاق'];
const REST_WORDS = ['ما تبقى', 'ما بقي', 'ما تبقي', 'بقية', 'باقي', 'الفترة المتبقية'];
/** `وحتى الآن`، `حتى اليوم` after "so far": part of the mention. */
const UNTIL_NOW = `(?:\\s{1,3}(?:و\\s{0,2})?(?:حتي|لغايه)\\s{1,3}(?:الان|اليوم))?`;

const SINCE_GROUP = 1;
const REST_GROUP = 2;
const THIS_GROUP = 3;
const UNIT_GROUP = 4;
const DIRECTION_GROUP = 5;
const YEAR_GROUP = 6;
const MONTH_GROUP = 7;
const MONTH_YEAR_GROUP = 8;

export default class ARSoFarParser extends AbstractParserWithWordBoundaryChecking {
  override prefilter() {
    // a match starts with منذ, or with ما right before its verb
    return { words: ['منذ', 'تبقي', 'بقي', 'بقيه', 'باقي', 'الفتره'], maxLookBack: 6 };
  }

  innerPatternString(): string {
    return (
      `(?:(منذ)\\s{1,3}${matchAnyPattern(START_WORDS)}|(${matchAnyPattern(REST_WORDS)}))\\s{1,3}(?:من\\s{1,3})?(?:` +
      `(?:(${THIS_PATTERN})\\s{1,3})?(${matchAnyPattern(Object.keys(UNIT_SPELLINGS))})(?:\\s{1,3}(${RELATIVE_DIRECTION_PATTERN}))?(?!\\s{0,3}\\d|\\s{1,3}(?:الدراسي|الدراسيه|المالي|الماليه))` +
      `|(?:${DATE_YEAR_NOUN_PATTERN}\\s{1,3})?(${YEAR_NUMBER_PATTERN})` +
      `|(?:شهر\\s{1,3})?${MONTH_PATTERN}(?:\\s{0,3}[,،]?\\s{0,3}(${YEAR_NUMBER_PATTERN}))?` +
      `)${UNTIL_NOW}`
    );
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray): ExtractedResult {
    const ref = referenceDay(context);
    const soFar = match[SINCE_GROUP] !== undefined;
    let first: CalendarDay;
    let last: CalendarDay;
    if (match[UNIT_GROUP] !== undefined) {
      const unit = UNIT_DICTIONARY[fold(match[UNIT_GROUP])];
      if (unit === undefined) return null;
      let direction = match[DIRECTION_GROUP] !== undefined ? parseRelativeDirection(match[DIRECTION_GROUP]) : 0;
      if (direction === undefined || (match[THIS_GROUP] !== undefined && match[DIRECTION_GROUP] !== undefined)) return null;
      // so far counts from a period begun (this one or a past one); the rest is of this one
      if (soFar ? direction > 0 : direction !== 0) return null;
      if (unit === 'week') {
        first = addDays(isoWeekStart(ref), 7 * direction);
        last = addDays(isoWeekStart(ref), 6);
      } else if (unit === 'month') {
        first = addMonths({ ...ref, day: 1 }, direction);
        last = { ...ref, day: daysInMonth(ref.year, ref.month) };
      } else {
        first = { year: ref.year + direction, month: 1, day: 1 };
        last = { year: ref.year, month: 12, day: 31 };
      }
    } else {
      // a stated year or month: only "so far" (the rest of 2025 is too rare to guess at)
      if (!soFar) return null;
      if (match[YEAR_GROUP] !== undefined) {
        const year = parseYearNumber(match[YEAR_GROUP]);
        if (year === undefined) return null;
        first = { year, month: 1, day: 1 };
      } else {
        const month = parseMonthName(match[MONTH_GROUP] ?? '');
        if (month === undefined) return null;
        const stated = match[MONTH_YEAR_GROUP] !== undefined ? parseYearNumber(match[MONTH_YEAR_GROUP]) : undefined;
        first = { year: stated ?? yearOfMonth(ref, month, -1), month, day: 1 };
        // the month under way is "since the start of this month"
        if (stated === undefined && month === ref.month) first = { ...first, year: ref.year };
      }
      last = ref;
      if (compareDays(first, ref) > 0) return null;
    }
    const result = context.createParsingResult(match.index ?? 0, match[0]);
    assignDayInterval(result, soFar ? first : ref, soFar ? ref : last);
    result.addTag(TAG_RELATIVE);
    result.addTag(precisionTag('range'));
    if (soFar) result.addTag(periodTag('to-date'));
    return result;
  }
}
