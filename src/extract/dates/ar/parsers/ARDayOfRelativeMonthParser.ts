/**
 * A day of a month named relative to the reference: `20 من الشهر المقبل`، `العشرين من الشهر
 * الجاري`، `31 من هذا الشهر`، `منتصف`-less `الخامس من الشهر الماضي`; and days of one
 * (`من 9 إلى 14 الشهر الجاري`، `بين 10 و15 من الشهر المقبل`، `يومي 3 و4 من هذا الشهر`).
 */
import type { ParsingContext } from 'chrono-node';
import { addMonths, isValidDay } from '../../calendar.ts';
import { TAG_RELATIVE, precisionTag } from '../../tags.ts';
import {
  DAY_NUMBER_PATTERN,
  RELATIVE_DIRECTION_PATTERN,
  THIS_PATTERN,
  parseDayNumber,
  parseRelativeDirection,
  DAY_RELATIVE_MONTH_GAP,
  FRACTION_BEFORE,
} from '../constants.ts';
import { referenceDay, textBefore } from '../../calculation.ts';
import { matchAnyPattern } from '../pattern.ts';
import { AbstractParserWithWordBoundaryChecking, type ExtractedResult } from './AbstractParserWithWordBoundaryChecking.ts';
import { DAY_NUMBER_ANCHOR } from './ARMonthNameLittleEndianParser.ts';

const BETWEEN_WORD_GROUP = 1;
const BETWEEN_DAY_GROUP = 2;
const FROM_DAY_GROUP = 3;
const DAY_GROUP = 4;
const THIS_GROUP = 5;
const DIRECTION_GROUP = 6;

const TO = matchAnyPattern(['إلى', 'الى', 'حتى', 'لغاية', 'ولغاية', 'وحتى']);

export default class ARDayOfRelativeMonthParser extends AbstractParserWithWordBoundaryChecking {
  override prefilter() {
    // the day number (after إلى/حتى and the article at most) starts the match, as in ARMonthNameLittleEndianParser
    return {
      words: ['الشهر'],
      maxLookBack: 70,
      anchor: DAY_NUMBER_ANCHOR,
      // the month is this one or a relative one
      gate: `(?<=${THIS_PATTERN}\\s{1,3})الشهر|الشهر\\s{1,3}${RELATIVE_DIRECTION_PATTERN}`,
    };
  }

  protected override skipWholeMatchOnReject = true;

  innerPatternString(): string {
    return (
      `(?:(بين|يومي)\\s{1,3}(?:ال\\s{0,2})?(${DAY_NUMBER_PATTERN})\\s{0,3}و\\s{0,2}` +
      `|من\\s{1,3}(?:ال\\s{0,2})?(${DAY_NUMBER_PATTERN})\\s{0,3}(?:${TO}|-|–)\\s{0,3}` +
      // إلى/حتى belong to a day without a month name, as in ARBareDayParser.
      `|(?:الي|حتي)\\s{1,3})?(?:ال\\s{0,2})?(${DAY_NUMBER_PATTERN})${DAY_RELATIVE_MONTH_GAP}` +
      `(?:(${THIS_PATTERN})\\s{1,3}الشهر|الشهر\\s{1,3}(${RELATIVE_DIRECTION_PATTERN}))`
    );
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray): ExtractedResult {
    const day = parseDayNumber(match[DAY_GROUP] ?? '');
    if (day === undefined) return null;
    if (FRACTION_BEFORE.test(textBefore(context, match.index ?? 0))) return null;
    const direction = match[THIS_GROUP] !== undefined ? 0 : parseRelativeDirection(match[DIRECTION_GROUP] ?? '');
    if (direction === undefined) return null;
    const month = addMonths({ ...referenceDay(context), day: 1 }, direction);
    if (!isValidDay(month.year, month.month, day)) return null;
    const rangeText = match[BETWEEN_DAY_GROUP] ?? match[FROM_DAY_GROUP];
    let rangeStart = rangeText !== undefined ? parseDayNumber(rangeText) : undefined;
    let index = match.index ?? 0;
    let text = match[0];
    // `من 14 إلى 9`، `يومي 3 و9` (not one after the other): no range, the second day alone
    if (rangeText !== undefined && (rangeStart === undefined || rangeStart >= day || (match[BETWEEN_WORD_GROUP] === 'يومي' && rangeStart !== day - 1))) {
      const dayText = match[DAY_GROUP]!;
      let at = text.lastIndexOf(dayText);
      if (text.slice(0, at).endsWith('ال')) at -= 2;
      index += at;
      text = text.slice(at);
      rangeStart = undefined;
    }
    const result = context.createParsingResult(index, text);
    result.start.assign('day', rangeStart ?? day).assign('month', month.month).assign('year', month.year);
    if (rangeStart !== undefined) {
      result.end = result.start.clone();
      result.end.assign('day', day);
    }
    result.addTag(TAG_RELATIVE);
    result.addTag(precisionTag('day'));
    return result;
  }
}
