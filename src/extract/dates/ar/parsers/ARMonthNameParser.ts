/**
 * A month without a day: `شباط 2011`، `شهر آذار المقبل`، `آذار الماضي`، `في نيسان`،
 * `فبراير/شباط 2023`.
 *
 * Month names are also words and names (مارس "he practised", نيسان the car maker, آب
 * "father"), so a month alone is read only with a cue: a year, a qualifier, the word شهر, or
 * a time preposition before it (في، منذ، خلال…, outside the mention). The most ambiguous
 * names need one of the first three.
 */
import type { ParsingContext } from 'chrono-node';
import { yearOfMonth } from '../../resolve.ts';
import { precisionTag } from '../../tags.ts';
import {
  AMBIGUOUS_MONTH_NAMES,
  DATE_QUALIFIER_PATTERN,
  MONTH_AS_NAME_BEFORE,
  MONTH_NAME_PATTERN,
  MONTH_PATTERN,
  YEAR_NUMBER_PATTERN,
  YEAR_SUFFIX_PATTERN,
  fold,
  parseMonthName,
  parseRelativeDirection,
  parseYearNumber,
  MONTH_TRIGGER_WORDS,
  DATE_YEAR_NOUN_PATTERN,
  DAY_MONTH_GAP,
  dayDigitsBefore,
} from '../constants.ts';
import { matchAnyPattern } from '../pattern.ts';
import { referenceDay, textAfter, textBefore } from '../../calculation.ts';
import { AbstractParserWithWordBoundaryChecking, type ExtractedResult } from './AbstractParserWithWordBoundaryChecking.ts';

const MONTH_WORD_GROUP = 1;
const MONTH_GROUP = 2;
const YEAR_GROUP = 3;
const QUALIFIER_GROUP = 4;

const DAY_BEFORE = dayDigitsBefore(DAY_MONTH_GAP);
const MONTH_CUE_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])[وف]?${matchAnyPattern(['في', 'منذ', 'خلال', 'حتى', 'مطلع', 'بداية', 'نهاية', 'أواخر', 'أوائل', 'منتصف', 'أواسط', 'قبل', 'بعد', 'بحلول', 'طيلة', 'طوال'])}\\s{1,3}$`,
  'u',
);
/** Names that need في/منذ/خلال/حتى and nothing definite after: they are words (آب، مارس) and names (تموز). */
const WEAKEST_MONTH_NAMES = new Set(['اب', 'ماي', 'تموز', 'مارس'].map(fold));

const FIRST_MONTH_NAME = new RegExp(MONTH_NAME_PATTERN, 'u');
const TIME_PREPOSITION_BEFORE = /(?:^|[^\p{L}])[وف]?(?:في|منذ|خلال|حتي)\s{1,3}$/u;
const DEFINITE_WORD_AFTER = /^\s{1,3}ال\p{L}/u;

export default class ARMonthNameParser extends AbstractParserWithWordBoundaryChecking {
  override prefilter() {
    // a match starts with شهر/شهري or the month name
    return { words: MONTH_TRIGGER_WORDS, maxLookBack: 12, anchor: { words: ['شهر', ...MONTH_TRIGGER_WORDS], maxLookBack: 0 } };
  }

  innerPatternString(): string {
    return (
      `(?:(شهر|شهري)\\s{1,3})?` +
      MONTH_PATTERN +
      `(?:` +
      `\\s{0,3}[,،/.\\-]?\\s{0,3}(?:من\\s{1,3})?(?:${DATE_YEAR_NOUN_PATTERN}\\s{1,3})?(${YEAR_NUMBER_PATTERN})${YEAR_SUFFIX_PATTERN}?` +
      `|\\s{1,3}(${DATE_QUALIFIER_PATTERN})` +
      `)?`
    );
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray): ExtractedResult {
    const index = match.index ?? 0;
    const before = textBefore(context, index);
    // A day number before the month belongs to the day parser; if it rejected the day
    // (`31 حزيران 2020`), the month alone is no better a reading. (The commonest rejection: first.)
    if (DAY_BEFORE.test(before)) return null;
    const monthText = match[MONTH_GROUP] ?? '';
    const month = parseMonthName(monthText);
    if (month === undefined) return null;
    const yearText = match[YEAR_GROUP];
    const year = yearText !== undefined ? parseYearNumber(yearText) : undefined;
    if (yearText !== undefined && year === undefined) return null;
    const qualifier = match[QUALIFIER_GROUP];
    const hasMonthWord = match[MONTH_WORD_GROUP] !== undefined;
    const firstName = fold(FIRST_MONTH_NAME.exec(monthText)?.[0] ?? monthText);

    if (MONTH_AS_NAME_BEFORE.test(before) && !hasMonthWord) return null;
    const strongCue = year !== undefined || qualifier !== undefined || hasMonthWord;
    if (!strongCue) {
      if (!MONTH_CUE_BEFORE.test(before)) return null;
      const timePreposition = TIME_PREPOSITION_BEFORE.test(before);
      if (AMBIGUOUS_MONTH_NAMES.has(firstName) && !timePreposition) return null;
      // `في تموز`، `منذ آب`: a month after في/منذ/خلال/حتى, where no definite word follows it as a
      // name's would (`في تموز الأسطورة`)
      if (WEAKEST_MONTH_NAMES.has(firstName) && (!timePreposition || DEFINITE_WORD_AFTER.test(textAfter(context, index + match[0].length)))) return null;
    }

    const result = context.createParsingResult(index, match[0]);
    result.start.assign('month', month);
    result.start.imply('day', 1);
    if (year !== undefined) {
      result.start.assign('year', year);
    } else {
      const direction = qualifier !== undefined ? parseRelativeDirection(qualifier) : undefined;
      result.start.imply('year', yearOfMonth(referenceDay(context), month, direction));
    }
    result.addTag(precisionTag('month'));
    return result;
  }
}
