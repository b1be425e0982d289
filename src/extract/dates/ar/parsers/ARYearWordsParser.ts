/**
 * Years in words: `عام ألفين وتسعة`، `سنة ألف وتسعمائة وسبعة وستين`، `العام ألفين وخمسة عشر`،
 * and after a preposition that only takes time (`منذ ألف وتسعمائة وسبعة وستين`، `في ألفين
 * وتسعة.`), where the number closes its phrase: `ألفين شخص` is a count, `ألف` alone a thousand.
 */
import type { ParsingContext } from 'chrono-node';
import {
  YEAR_NOUN_PATTERN,
  YEAR_NOUN_WORDS,
  YEAR_SUFFIX_PATTERN,
  YEAR_WORDS_END,
  YEAR_WORDS_PATTERN,
  parseYear,
} from '../constants.ts';
import { matchAnyPattern, triggerWords } from '../pattern.ts';
import { assignYear, textBefore } from '../../calculation.ts';
import { AbstractParserWithWordBoundaryChecking, type ExtractedResult } from './AbstractParserWithWordBoundaryChecking.ts';

const NOUN_GROUP = 1;
const YEAR_GROUP = 2;

/** Prepositions that, before a year in words with nothing counted after it, make it a year. */
const YEAR_CUE_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])[وف]?${matchAnyPattern(['في', 'منذ', 'حتى', 'خلال', 'قبل', 'بعد', 'بحلول', 'مطلع', 'أواخر', 'أوائل', 'منتصف', 'نهاية', 'بداية', 'عامي'])}\\s{1,3}$`,
  'u',
);

export default class ARYearWordsParser extends AbstractParserWithWordBoundaryChecking {
  override prefilter() {
    return {
      words: ['الف'],
      maxLookBack: 12,
      anchor: { words: [...triggerWords(YEAR_NOUN_WORDS), 'الف'], maxLookBack: 0 },
      // the thousands word itself, not الفريق or الفلسطيني
      gate: 'الف(?:ين|ان|ا)?(?![\\p{L}])',
    };
  }

  innerPatternString(): string {
    return `(?:(${YEAR_NOUN_PATTERN})\\s{1,3})?(${YEAR_WORDS_PATTERN})(?:${YEAR_SUFFIX_PATTERN})?(?![\\p{L}])`;
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray): ExtractedResult {
    const year = parseYear(match[YEAR_GROUP] ?? '');
    if (year === undefined) return null;
    const index = match.index ?? 0;
    if (match[NOUN_GROUP] === undefined) {
      if (!YEAR_CUE_BEFORE.test(textBefore(context, index))) return null;
      if (!new RegExp(`^${YEAR_WORDS_END}`, 'u').test(context.text.slice(index + match[0].length, index + match[0].length + 12))) return null;
    }
    return assignYear(context.createParsingResult(index, match[0]), year);
  }
}
