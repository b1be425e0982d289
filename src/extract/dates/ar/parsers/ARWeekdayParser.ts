/**
 * A weekday without a date: `الأحد`، `يوم الأحد` (the word يوم stays outside the mention,
 * like في), `الأحد المقبل`، `الأحد الماضي`، `هذا الأحد`. News reports what has happened, so a
 * bare weekday is the most recent one (see resolve.ts). When a date follows the weekday
 * (`الخميس 27 شباط`) the refiners merge the two and the date wins.
 */
import type { ParsingContext } from 'chrono-node';
import { dayOfWeekday } from '../../resolve.ts';
import { TAG_RELATIVE, precisionTag } from '../../tags.ts';
import {
  RELATIVE_DIRECTION_PATTERN,
  THIS_PATTERN,
  WEEKDAY_PATTERN,
  parseRelativeDirection,
  parseWeekday,
} from '../constants.ts';
import { referenceDay } from '../calculation.ts';
import { AbstractParserWithWordBoundaryChecking, type ExtractedResult } from './AbstractParserWithWordBoundaryChecking.ts';

const THIS_GROUP = 1;
const WEEKDAY_GROUP = 2;
const DIRECTION_GROUP = 3;

export default class ARWeekdayParser extends AbstractParserWithWordBoundaryChecking {
  innerPatternString(): string {
    return `(?:(${THIS_PATTERN})\\s{1,3}(?:يوم\\s{1,3})?)?(${WEEKDAY_PATTERN})(?:\\s{1,3}(${RELATIVE_DIRECTION_PATTERN}))?`;
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray): ExtractedResult {
    const weekday = parseWeekday(match[WEEKDAY_GROUP] ?? '');
    if (weekday === undefined) return null;
    const directionText = match[DIRECTION_GROUP];
    const direction = match[THIS_GROUP] !== undefined ? 0 : directionText !== undefined ? parseRelativeDirection(directionText) : undefined;
    const day = dayOfWeekday(referenceDay(context), weekday, direction);
    const result = context.createParsingResult(match.index ?? 0, match[0]);
    result.start.assign('weekday', weekday);
    result.start.imply('day', day.day);
    result.start.imply('month', day.month);
    result.start.imply('year', day.year);
    result.addTag(TAG_RELATIVE);
    result.addTag(precisionTag('day'));
    return result;
  }
}
