/**
 * A distance from the reference: `قبل يومين`، `منذ 3 سنوات`، `قبل ثلاثة أشهر`، `قبل أسبوع`،
 * `بعد أسبوعين`، `بعد يومين من الآن`. The value is the day that far from the reference, inferred
 * (news writes `قبل عامين` for a dated event: two years ago to the day).
 *
 * `قبل يومين من الهجوم` counts from an event of the story, not from the reference, so a
 * following من/على (other than من الآن) rejects the phrase. Plurals without a number
 * (`قبل أيام`، `منذ سنوات`) are vague and not read.
 */
import type { ParsingContext } from 'chrono-node';
import { addDays, addMonths } from '../../calendar.ts';
import { TAG_RELATIVE, precisionTag } from '../../tags.ts';
import {
  COUNT_WORD_PATTERN,
  DUAL_TIME_UNIT_PATTERN,
  HIJRI_MONTH_PATTERN,
  MONTH_NAME_PATTERN,
  TIME_UNIT_PATTERN,
  type DateUnit,
  parseCount,
  parseDualTimeUnit,
  parseTimeUnit,
  FROM_EVENT_AFTER,
} from '../constants.ts';
import { assignDay, referenceDay, textAfter } from '../../calculation.ts';
import { AbstractParserWithWordBoundaryChecking, type ExtractedResult } from './AbstractParserWithWordBoundaryChecking.ts';

const DIRECTION_GROUP = 1;
const COUNT_GROUP = 2;
const UNIT_GROUP = 3;
const DUAL_GROUP = 4;
const SINGLE_GROUP = 5;
const FROM_NOW_GROUP = 6;

const SINGULAR_UNITS = new Set(['يوم', 'اسبوع', 'شهر', 'سنه', 'عام']);
/** `منذ شهر رمضان`، `قبل عام 2011`: the unit word is the head of a name or a year, not a count. */
const NAMED_AFTER = new RegExp(`^\\s{1,3}(?:\\d|${MONTH_NAME_PATTERN}|${HIJRI_MONTH_PATTERN})`, 'u');

const CHAIN_AFTER = new RegExp(
  `^(?:\\s{0,3}(?:[,،]\\s{0,3})?و\\s{0,2}(?:(?:\\d{1,3}|${COUNT_WORD_PATTERN})\\s{0,3}${TIME_UNIT_PATTERN}|${DUAL_TIME_UNIT_PATTERN}|${TIME_UNIT_PATTERN})|\\s{0,3}[,،]\\s{0,3}(?:\\d{1,3}|${COUNT_WORD_PATTERN})\\s{0,3}${TIME_UNIT_PATTERN}|\\s{1,3}\\d{1,3}\\s{0,3}${TIME_UNIT_PATTERN})(?![\\p{L}])`,
  'u',
);

export default class ARTimeUnitAgoFormatParser extends AbstractParserWithWordBoundaryChecking {
  override prefilter() {
    return { words: ['قبل', 'منذ', 'بعد'], maxLookBack: 0 };
  }

  innerPatternString(): string {
    return (
      `(قبل|منذ|بعد)\\s{1,3}(?:` +
      `(\\d{1,3}|${COUNT_WORD_PATTERN})\\s{1,3}(${TIME_UNIT_PATTERN})` +
      `|(${DUAL_TIME_UNIT_PATTERN})` +
      `|(${TIME_UNIT_PATTERN})` +
      `)(\\s{1,3}من\\s{1,3}الان)?`
    );
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray): ExtractedResult {
    let unit: DateUnit | undefined;
    let count: number | undefined;
    if (match[UNIT_GROUP] !== undefined) {
      unit = parseTimeUnit(match[UNIT_GROUP]);
      count = parseCount(match[COUNT_GROUP] ?? '');
    } else if (match[DUAL_GROUP] !== undefined) {
      unit = parseDualTimeUnit(match[DUAL_GROUP]);
      count = 2;
    } else if (match[SINGLE_GROUP] !== undefined) {
      if (!SINGULAR_UNITS.has(match[SINGLE_GROUP])) return null;
      unit = parseTimeUnit(match[SINGLE_GROUP]);
      count = 1;
    }
    if (unit === undefined || count === undefined || count < 1) return null;
    const index = match.index ?? 0;
    const after = textAfter(context, index + match[0].length);
    if (match[FROM_NOW_GROUP] === undefined && FROM_EVENT_AFTER.test(after)) return null;
    if (match[SINGLE_GROUP] !== undefined && NAMED_AFTER.test(after)) return null;
    // `قبل سنة وشهرين`: the distance goes on in more units (ARDurationChainParser's).
    if (CHAIN_AFTER.test(after)) return null;

    const sign = match[DIRECTION_GROUP] === 'بعد' ? 1 : -1;
    const ref = referenceDay(context);
    const result = context.createParsingResult(index, match[0]);
    result.addTag(TAG_RELATIVE);
    // `قبل شهر` is the day a month before the reference: news uses it for a dated event
    // ("a month ago"), so the day is given, inferred like every relative date.
    const day =
      unit === 'day' || unit === 'week'
        ? addDays(ref, sign * count * (unit === 'week' ? 7 : 1))
        : addMonths(ref, sign * count * (unit === 'year' ? 12 : 1));
    assignDay(result.start, day);
    result.addTag(precisionTag('day'));
    return result;
  }
}
