/**
 * A week, month or year named relative to the reference:
 * `الأسبوع الماضي` (the previous ISO week, Monday–Sunday), `الشهر المقبل`، `العام المنصرم`،
 * `هذا العام`، `السنة الحالية`، and the one before last or after next (`الشهر قبل الماضي`،
 * `العام قبل الماضي`، `الأسبوع بعد المقبل`، `الشهر ما قبل الماضي`). A bare `العام` (الرأي العام، المدعي العام) is not a
 * date, so a qualifier or هذا is required.
 */
import type { ParsingContext } from 'chrono-node';
import { addDays, addMonths, isoWeekStart } from '../../calendar.ts';
import { TAG_RELATIVE, precisionTag } from '../../tags.ts';
import {
  RELATIVE_DIRECTION_PATTERN,
  THIS_PATTERN,
  THIS_WORDS,
  fold,
  parseRelativeDirection,
  foldDictionary,
  DAY_RELATIVE_MONTH_GAP,
  dayDigitsBefore,
} from '../constants.ts';
import { matchAnyPattern, triggerWords } from '../pattern.ts';
import { assignDay, assignYear, referenceDay, textBefore } from '../../calculation.ts';
import { AbstractParserWithWordBoundaryChecking, type ExtractedResult } from './AbstractParserWithWordBoundaryChecking.ts';

/** A day number right before `الشهر` (`15 من الشهر`): ARDayOfRelativeMonthParser's. */
const DAY_BEFORE = dayDigitsBefore(DAY_RELATIVE_MONTH_GAP);

type PeriodUnit = 'week' | 'month' | 'year';

const PERIOD_SPELLINGS: Record<string, PeriodUnit> = {
  'الأسبوع': 'week',
  'الشهر': 'month',
  'العام': 'year',
  'السنة': 'year',
};
const PERIOD_DICTIONARY = foldDictionary(PERIOD_SPELLINGS);

const THIS_GROUP = 1;
const PERIOD_GROUP = 2;
const BEYOND_GROUP = 3;
const DIRECTION_GROUP = 4;

export default class ARRelativeDateFormatParser extends AbstractParserWithWordBoundaryChecking {
  override prefilter() {
    // a match starts with هذا/هذه or the period word itself
    const periods = triggerWords(Object.keys(PERIOD_SPELLINGS));
    return { words: periods, maxLookBack: 12, anchor: { words: [...triggerWords(THIS_WORDS), ...periods], maxLookBack: 0 } };
  }

  innerPatternString(): string {
    return `(?:(${THIS_PATTERN})\\s{1,3})?(${matchAnyPattern(Object.keys(PERIOD_SPELLINGS))})(?:\\s{1,3}(?:(?:ما\\s{1,3})?(قبل|بعد)\\s{1,3})?(${RELATIVE_DIRECTION_PATTERN}))?`;
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray): ExtractedResult {
    const unit = PERIOD_DICTIONARY[fold(match[PERIOD_GROUP] ?? '')];
    if (unit === undefined) return null;
    const directionText = match[DIRECTION_GROUP];
    let direction: number | undefined = directionText !== undefined ? parseRelativeDirection(directionText) : undefined;
    if (direction === undefined && match[THIS_GROUP] !== undefined) direction = 0;
    if (direction === undefined) return null;
    // `قبل الماضي` goes one further back, `بعد المقبل` one further ahead; `قبل المقبل` means nothing.
    const beyond = match[BEYOND_GROUP];
    if (beyond !== undefined) {
      if ((beyond === 'قبل' && direction !== -1) || (beyond === 'بعد' && direction !== 1)) return null;
      direction *= 2;
    }

    const index = match.index ?? 0;
    // `31 من هذا الشهر` with an impossible day: the day parser rejected it, and so do we.
    if (unit === 'month' && DAY_BEFORE.test(textBefore(context, index))) return null;
    const ref = referenceDay(context);
    const result = context.createParsingResult(index, match[0]);
    result.addTag(TAG_RELATIVE);
    if (unit === 'week') {
      const monday = addDays(isoWeekStart(ref), 7 * direction);
      assignDay(result.start, monday);
      result.end = result.start.clone();
      assignDay(result.end, addDays(monday, 6));
      result.addTag(precisionTag('week'));
    } else if (unit === 'month') {
      const month = addMonths({ ...ref, day: 1 }, direction);
      result.start.assign('year', month.year);
      result.start.assign('month', month.month);
      result.start.imply('day', 1);
      result.addTag(precisionTag('month'));
    } else {
      assignYear(result, ref.year + direction);
    }
    return result;
  }
}
