/**
 * A weekday, alone or with only a day number after it (`الخميس 21`، `الجمعة في 22`: the
 * month whose 21st is a Thursday, nearest to the reference, leaning to the past).
 *
 * A weekday without a date: `الأحد`، `يوم الأحد` (the word يوم stays outside the mention,
 * like في), `الأحد المقبل`، `الأحد الماضي`، `هذا الأحد`، `الخميس ما قبل الماضي` (the one before last). News reports what has happened, so a
 * bare weekday is the most recent one (see resolve.ts). When a date follows the weekday
 * (`الخميس 27 شباط`) the refiners merge the two and the date wins.
 */
import type { ParsingContext } from 'chrono-node';
import { addDays } from '../../calendar.ts';
import { dayOfWeekday, monthDayOnWeekday, nthWeekdayOfMonth } from '../../resolve.ts';
import { TAG_RELATIVE, precisionTag } from '../../tags.ts';
import {
  DAY_NUMBER_PATTERN,
  HIJRI_MONTH_PATTERN,
  MONTH_NAME_PATTERN,
  CARDINAL_DAY_PATTERN,
  parseAnyDayNumber,
  RELATIVE_DIRECTION_PATTERN,
  THIS_PATTERN,
  WEEKDAY_PATTERN,
  parseRelativeDirection,
  parseWeekday,
  WEEKDAY_TRIGGER_WORDS,
  DAY_MONTH_GAP,
} from '../constants.ts';
import { implyDay, referenceDay, textAfter, textBefore } from '../../calculation.ts';
import { AbstractParserWithWordBoundaryChecking, type ExtractedResult } from './AbstractParserWithWordBoundaryChecking.ts';

const THIS_GROUP = 1;
const WEEKDAY_GROUP = 2;
const BEYOND_GROUP = 3;
const DIRECTION_GROUP = 4;
const LINK_GROUP = 5;
const DAY_GROUP = 6;

/** A month name, or a relative month, after the day: then the day parsers read the date and a refiner merges. */
const MONTH_AFTER = new RegExp(`^${DAY_MONTH_GAP}(?:شهر\\s{1,3})?(?:${MONTH_NAME_PATTERN}|${HIJRI_MONTH_PATTERN}|هذا\\s|هذه\\s|الشهر)`, 'u');

/**
 * The clause before a bare weekday tells of the future (`سيزور الوزير دمشق الاثنين`، `من المقرر أن
 * تعقد القمة الخميس`، `سوف`): then the weekday is the next one, not the last. Matched on
 * normalized text; the future verbs are س + a verb news uses for scheduled happenings.
 */
export const FUTURE_BEFORE =
  /(?:^|\s)(?:سوف|(?:من\s{1,3})?(?:المقرر|المنتظر|المرتقب|المتوقع)|يعتزم|تعتزم|[وف]?س(?:[يتن](?:زور|عقد|لتقي|توجه|صل|جري|شارك|ستقبل|ستضيف|نطلق|بدا|تراس|حضر|لقي|وقع|عود|غادر|قوم|جتمع|نعقد|ختتم|فتتح|بحث|ناقش|زور|قدم|طلق|علن|لتئم)|اعود|ازور|التقي))(?=\s)/u;

const ORDINAL_WORD = /^(?:ال\s{0,2})?(?:ال)?(?:اول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر)/u;

export default class ARWeekdayParser extends AbstractParserWithWordBoundaryChecking {
  override prefilter() {
    return { words: WEEKDAY_TRIGGER_WORDS, maxLookBack: 20 };
  }

  innerPatternString(): string {
    return (
      `(?:(${THIS_PATTERN})\\s{1,3}(?:يوم\\s{1,3})?)?(${WEEKDAY_PATTERN})` +
      `(?:\\s{1,3}(?:(?:ما\\s{1,3})?(قبل|بعد)\\s{1,3})?(${RELATIVE_DIRECTION_PATTERN})|\\s{0,3}[,،]?\\s{0,3}((?:في|الموافق)\\s{1,3})?(?:ال\\s{0,2})?(${DAY_NUMBER_PATTERN}|${CARDINAL_DAY_PATTERN}))?`
    );
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray): ExtractedResult {
    const weekday = parseWeekday(match[WEEKDAY_GROUP] ?? '');
    if (weekday === undefined) return null;
    const directionText = match[DIRECTION_GROUP];
    const direction = match[THIS_GROUP] !== undefined ? 0 : directionText !== undefined ? parseRelativeDirection(directionText) : undefined;
    const ref = referenceDay(context);
    const dayText = match[DAY_GROUP];
    if (dayText !== undefined) {
      const index = match.index ?? 0;
      const dayOfMonth = parseAnyDayNumber(dayText);
      const monthAfter = MONTH_AFTER.test(textAfter(context, index + match[0].length));
      // `الأحد الثاني`: an ordinal word right after the weekday counts weekdays of the month (the
      // second Sunday); past the fifth it cannot, and the weekday stands alone (`الأحد السادس`).
      const isOrdinalWord = match[LINK_GROUP] === undefined && dayOfMonth !== undefined && ORDINAL_WORD.test(dayText) && !monthAfter;
      if (isOrdinalWord && dayOfMonth <= 5) {
        const nth = nthWeekdayOfMonth(ref.year, ref.month, weekday, dayOfMonth);
        if (nth) {
          const result = context.createParsingResult(index, match[0]);
          result.start.assign('weekday', weekday).assign('day', nth.day).imply('month', nth.month).imply('year', nth.year);
          result.addTag(precisionTag('day'));
          return result;
        }
      }
      const date = dayOfMonth !== undefined && !isOrdinalWord ? monthDayOnWeekday(ref, dayOfMonth, weekday) : null;
      if (!date || monthAfter) {
        // Not a date after all: read the weekday alone.
        const text = match[0].slice(0, match[0].indexOf(match[WEEKDAY_GROUP]!) + match[WEEKDAY_GROUP]!.length);
        const weekdayOnly = context.createParsingResult(index, text);
        const day = dayOfWeekday(ref, weekday);
        implyDay(weekdayOnly.start, day).assign('weekday', weekday);
        weekdayOnly.addTag(TAG_RELATIVE);
        weekdayOnly.addTag(precisionTag('day'));
        return weekdayOnly;
      }
      const result = context.createParsingResult(index, match[0]);
      result.start.assign('weekday', weekday).assign('day', date.day).imply('month', date.month).imply('year', date.year);
      result.addTag(precisionTag('day'));
      return result;
    }
    let towards = direction;
    if (towards === undefined) {
      const clause = textBefore(context, match.index ?? 0, 60).split(/[.،,؛!?]/u).at(-1) ?? '';
      if (FUTURE_BEFORE.test(clause)) towards = 1;
    }
    // `الخميس (ما) قبل الماضي`: the one before the last; `الخميس بعد المقبل`: the one after the next
    const beyond = match[BEYOND_GROUP];
    if (beyond !== undefined && ((beyond === 'قبل') !== (towards === -1) || (beyond === 'بعد') !== (towards === 1))) return null;
    const day = addDays(dayOfWeekday(ref, weekday, towards), beyond === undefined ? 0 : 7 * towards!);
    const result = context.createParsingResult(match.index ?? 0, match[0]);
    implyDay(result.start, day).assign('weekday', weekday);
    result.addTag(TAG_RELATIVE);
    result.addTag(precisionTag('day'));
    return result;
  }
}
