/**
 * A distance from the reference in several units: `شهر و 21 يوماً من الآن`، `2 سنة و1 شهر
 * و21 أيام من الآن`، `قبل سنة وشهرين`، `بعد 2 عام و 21 يوما من الآن`.
 *
 * Direction: قبل/منذ before the phrase count back, بعد or `من الآن` alone count forward.
 * When the phrase ends in `من الآن` the mention is the distance itself (the preposition
 * before it only gives the direction, as Recognizers-Text marks it); otherwise it needs
 * قبل/منذ/بعد and includes it, like a one-unit distance (ARTimeUnitAgoFormatParser). The value
 * is the day reached: years, then months, then days (precision day, inferred).
 */
import type { ParsingContext } from 'chrono-node';
import { addDays, addMonths } from '../../calendar.ts';
import { TAG_RELATIVE, precisionTag } from '../../tags.ts';
import {
  COUNT_WORD_PATTERN,
  COUNT_WORD_TRIGGER_WORDS,
  DUAL_TIME_UNIT_PATTERN,
  TIME_UNIT_PATTERN,
  type DateUnit,
  parseCount,
  parseDualTimeUnit,
  parseTimeUnit,
  TIME_UNIT_TRIGGER_WORDS,
  FROM_EVENT_AFTER,
} from '../constants.ts';
import { matchAnyPattern } from '../pattern.ts';
import { assignDay, referenceDay, textAfter, textBefore } from '../../calculation.ts';
import { AbstractParserWithWordBoundaryChecking, type ExtractedResult } from './AbstractParserWithWordBoundaryChecking.ts';

const DIRECTION_GROUP = 1;
const CHAIN_GROUP = 2;
const FROM_NOW_GROUP = 3;

const SINGULAR_UNIT = matchAnyPattern(['يوم', 'أسبوع', 'شهر', 'سنة', 'عام']);
const TERM = `(?:(?:\\d{1,3}|${COUNT_WORD_PATTERN})\\s{0,3}${TIME_UNIT_PATTERN}|${DUAL_TIME_UNIT_PATTERN}|${SINGULAR_UNIT})(?![\\p{L}])`;
/** و or a comma between terms; a bare space only before a counted term (`2 سنة 1 شهر`), never `سنة يوم الخميس`. */
const NUMBERED_TERM = `(?:\\d{1,3}|${COUNT_WORD_PATTERN})\\s{0,3}${TIME_UNIT_PATTERN}(?![\\p{L}])`;
const NEXT_TERM = `(?:(?:\\s{0,3}[,،]\\s{0,3}(?:و\\s{0,2})?|\\s{1,3}و\\s{0,2})${TERM}|\\s{1,3}${NUMBERED_TERM})`;
const TERM_REGEX = new RegExp(
  `(?:(\\d{1,3}|${COUNT_WORD_PATTERN})\\s{0,3}(${TIME_UNIT_PATTERN})|(${DUAL_TIME_UNIT_PATTERN})|(${SINGULAR_UNIT}))(?![\\p{L}])`,
  'gu',
);
const DIRECTION_BEFORE = /(?:^|[^\p{L}])[وف]?(قبل|منذ|بعد)\s{1,3}$/u;

export default class ARDurationChainParser extends AbstractParserWithWordBoundaryChecking {
  override prefilter() {
    // a match starts with قبل/منذ/بعد or its first term: a count (digits or a word) or the unit itself
    return { words: TIME_UNIT_TRIGGER_WORDS, maxLookBack: 24, anchor: { words: ['قبل', 'منذ', 'بعد', ...COUNT_WORD_TRIGGER_WORDS, ...TIME_UNIT_TRIGGER_WORDS], trigger: '(?<!\\d)\\d', maxLookBack: 0 } };
  }

  innerPatternString(): string {
    return `(?:(قبل|منذ|بعد)\\s{1,3})?(${TERM}${NEXT_TERM}{0,3})(\\s{1,3}من\\s{1,3}الان)?`;
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray): ExtractedResult {
    const fromNow = match[FROM_NOW_GROUP] !== undefined;
    if (!fromNow && match[DIRECTION_GROUP] === undefined) return null;
    const chain = match[CHAIN_GROUP] ?? '';
    const parts: { unit: DateUnit; count: number }[] = [];
    for (const term of chain.matchAll(TERM_REGEX)) {
      const unit = term[2] !== undefined ? parseTimeUnit(term[2]) : term[3] !== undefined ? parseDualTimeUnit(term[3]) : parseTimeUnit(term[4] ?? '');
      const count = term[1] !== undefined ? parseCount(term[1]) : term[3] !== undefined ? 2 : 1;
      if (unit === undefined || count === undefined || count < 1) return null;
      parts.push({ unit, count });
    }
    // Without من الآن one unit is ARTimeUnitAgoFormatParser's; a unit twice is no distance.
    if (parts.length < (fromNow ? 1 : 2)) return null;
    if (new Set(parts.map((p) => p.unit)).size !== parts.length) return null;

    let index = match.index ?? 0;
    let text = match[0];
    let directionWord = match[DIRECTION_GROUP];
    if (fromNow) {
      if (directionWord !== undefined) {
        const offset = text.indexOf(chain);
        index += offset;
        text = text.slice(offset);
      } else directionWord = DIRECTION_BEFORE.exec(textBefore(context, index))?.[1];
    } else {
      if (directionWord === undefined) return null;
      if (FROM_EVENT_AFTER.test(textAfter(context, index + text.length))) return null;
    }
    const sign = directionWord === 'قبل' || directionWord === 'منذ' ? -1 : 1;

    let day = referenceDay(context);
    const total = (unit: DateUnit) => parts.filter((p) => p.unit === unit).reduce((n, p) => n + p.count, 0);
    day = addMonths(day, sign * (12 * total('year') + total('month')));
    day = addDays(day, sign * (7 * total('week') + total('day')));

    const result = context.createParsingResult(index, text);
    assignDay(result.start, day);
    result.addTag(TAG_RELATIVE);
    result.addTag(precisionTag('day'));
    return result;
  }
}
