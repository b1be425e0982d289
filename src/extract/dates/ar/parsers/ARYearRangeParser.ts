/**
 * Spans of years: `من 2014 إلى 2018`، `بين عامي 2014 و2018`، `بين 2014 و2018`، `2014-2018`.
 * A bare year is not read without a cue (ARYearParser), so the range needs its own pattern:
 * من…إلى, بين…و, or a dash between two years in order.
 */
import type { ParsingContext } from 'chrono-node';
import { YEAR_DIGITS_TRIGGER, YEAR_NUMBER_PATTERN, YEAR_SUFFIX_PATTERN, parseYearNumber } from '../constants.ts';
import { matchAnyPattern, triggerWords } from '../pattern.ts';
import { AbstractParserWithWordBoundaryChecking, type ExtractedResult } from './AbstractParserWithWordBoundaryChecking.ts';

const LEAD_GROUP = 1;
const FROM_GROUP = 2;
const SEPARATOR_GROUP = 3;
const TO_GROUP = 4;

const YEAR_NOUN_WORDS = ['عام', 'العام', 'عامي', 'العامين', 'سنة', 'سنتي', 'السنوات', 'الأعوام'];
const YEAR_NOUN = matchAnyPattern(YEAR_NOUN_WORDS);
const SEPARATOR = `-|–|${matchAnyPattern(['إلى', 'حتى', 'لغاية', 'وحتى', 'و'])}`;

export default class ARYearRangeParser extends AbstractParserWithWordBoundaryChecking {
  override prefilter() {
    // a match starts with من/بين/ما بين, a year noun or the first year
    return { trigger: YEAR_DIGITS_TRIGGER, maxLookBack: 26, anchor: { words: ['من', 'بين', 'ما', ...triggerWords(YEAR_NOUN_WORDS)], trigger: YEAR_DIGITS_TRIGGER, maxLookBack: 0 } };
  }

  innerPatternString(): string {
    return (
      `(?:(من|بين|ما\\s{1,3}بين)\\s{1,3})?(?:${YEAR_NOUN}\\s{1,3})?(${YEAR_NUMBER_PATTERN})${YEAR_SUFFIX_PATTERN}?` +
      `\\s{0,3}(${SEPARATOR})\\s{0,3}(?:${YEAR_NOUN}\\s{1,3})?(${YEAR_NUMBER_PATTERN})${YEAR_SUFFIX_PATTERN}?`
    );
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray): ExtractedResult {
    const from = parseYearNumber(match[FROM_GROUP] ?? '');
    const to = parseYearNumber(match[TO_GROUP] ?? '');
    if (from === undefined || to === undefined || from >= to) return null;
    const lead = match[LEAD_GROUP]?.replace(/\s+/g, ' ');
    const separator = match[SEPARATOR_GROUP] ?? '';
    const isDash = separator === '-' || separator === '–';
    if (separator === 'و' && lead !== 'بين' && lead !== 'ما بين') return null;
    if (!isDash && separator !== 'و' && lead !== 'من') return null;
    const result = context.createParsingResult(match.index ?? 0, match[0]);
    result.start.assign('year', from).imply('month', 1).imply('day', 1);
    result.end = result.start.clone();
    result.end.assign('year', to).imply('month', 12).imply('day', 31);
    return result;
  }
}
