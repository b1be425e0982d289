/**
 * Month before day, as translated or headline text writes it: `يناير 1`، `يناير-1`،
 * `مايو الحادي عشر`، `يناير الثاني والعشرين، 2018`، `سبتمبر10, ألف وتسعمائة وواحد`،
 * `سبتمبر الحادي والعشرين من ألف وتسعمائة وثمانية وسبعون`.
 *
 * The number after a month is as often a count (`مايو 15 شخصا`) or part of a name, so the
 * day is read only when nothing but a year, a qualifier or the end of the clause follows it,
 * and the names that are also common words (مارس، نيسان، آب…) need a year or a time
 * preposition before them.
 */
import type { ParsingContext } from 'chrono-node';
import { isValidDay, maxDaysInMonth } from '../../calendar.ts';
import { yearOfMonthDay } from '../../resolve.ts';
import {
  AMBIGUOUS_MONTH_NAMES,
  CARDINAL_DAY_PATTERN,
  DAY_DIGITS_TRIGGER,
  DATE_QUALIFIER_PATTERN,
  DAY_NUMBER_PATTERN,
  MONTH_AS_NAME_BEFORE,
  MONTH_NAME_PATTERN,
  MONTH_PATTERN,
  YEAR_ANY_PATTERN,
  fold,
  parseAnyDayNumber,
  parseMonthName,
  parseRelativeDirection,
  parseYear,
  MONTH_TRIGGER_WORDS,
  DATE_YEAR_NOUN_PATTERN,
} from '../constants.ts';
import { matchAnyPattern } from '../pattern.ts';
import { referenceDay, textAfter, textBefore } from '../../calculation.ts';
import { AbstractParserWithWordBoundaryChecking, type ExtractedResult } from './AbstractParserWithWordBoundaryChecking.ts';
import { DAY_WORD_STEMS } from './ARMonthNameLittleEndianParser.ts';

const MONTH_GROUP = 1;
const DAY_GROUP = 2;
const YEAR_GROUP = 3;
const QUALIFIER_GROUP = 4;

/** What may follow the day: the end of the clause or a conjunction; never a counted noun or more digits. */
const CLAUSE_END_AFTER = /^(?:\s{0,3}(?:$|[^\p{L}\p{N}\s%٪]|و(?![\p{L}]))|\s{1,3}و\p{L})/u;
const TIME_CUE_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])[وف]?${matchAnyPattern(['في', 'منذ', 'حتى', 'الى', 'بتاريخ', 'يوم', 'قبل', 'بعد', 'بحلول'])}\\s{1,3}$`,
  'u',
);

const FIRST_MONTH_NAME = new RegExp(MONTH_NAME_PATTERN, 'u');

export default class ARMonthNameBigEndianParser extends AbstractParserWithWordBoundaryChecking {
  override prefilter() {
    return {
      words: MONTH_TRIGGER_WORDS,
      maxLookBack: 0,
      // the day number after the month: a number or a stem of a day word (as in
      // ARMonthNameLittleEndianParser), at most two month names of 14 letters, their separators
      // and `\s{0,3}[-/.]\s{0,2}ال\s{0,2}` after the month's first word (46), +2 into the word, and a margin
      follow: { trigger: DAY_DIGITS_TRIGGER, words: DAY_WORD_STEMS, maxDistance: 56 },
      // the month, then the start of the day: digits or a day word (after articles)
      gate: `${MONTH_PATTERN}\\s{0,3}(?:[-/.]\\s{0,2})?(?:ال\\s{0,2})*(?:\\d{1,2}(?!\\d)|${matchAnyPattern(DAY_WORD_STEMS)})`,
    };
  }

  innerPatternString(): string {
    return (
      MONTH_PATTERN +
      `\\s{0,3}(?:[-/.]\\s{0,2})?(?:ال\\s{0,2})?(${DAY_NUMBER_PATTERN}|${CARDINAL_DAY_PATTERN})` +
      `(?:` +
      `\\s{0,3}[,،]?\\s{0,3}(?:من\\s{1,3})?(?:${DATE_YEAR_NOUN_PATTERN}\\s{1,3})?(${YEAR_ANY_PATTERN})` +
      `|\\s{1,3}(${DATE_QUALIFIER_PATTERN})` +
      `)?`
    );
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray): ExtractedResult {
    const monthText = match[MONTH_GROUP] ?? '';
    const month = parseMonthName(monthText);
    const day = parseAnyDayNumber(match[DAY_GROUP] ?? '');
    if (month === undefined || day === undefined) return null;
    const yearText = match[YEAR_GROUP];
    const year = yearText !== undefined ? parseYear(yearText) : undefined;
    if (yearText !== undefined && year === undefined) return null;
    const index = match.index ?? 0;
    const before = textBefore(context, index);
    if (!CLAUSE_END_AFTER.test(textAfter(context, index + match[0].length))) return null;
    if (MONTH_AS_NAME_BEFORE.test(before)) return null;
    const firstName = fold(FIRST_MONTH_NAME.exec(monthText)?.[0] ?? monthText);
    if (year === undefined && AMBIGUOUS_MONTH_NAMES.has(firstName) && !TIME_CUE_BEFORE.test(before)) return null;
    if (year !== undefined ? !isValidDay(year, month, day) : day > maxDaysInMonth(month)) return null;

    const result = context.createParsingResult(index, match[0]);
    result.start.assign('day', day).assign('month', month);
    if (year !== undefined) result.start.assign('year', year);
    else {
      const qualifier = match[QUALIFIER_GROUP];
      const direction = qualifier !== undefined ? parseRelativeDirection(qualifier) : undefined;
      result.start.imply('year', yearOfMonthDay(referenceDay(context), month, day, direction));
    }
    return result;
  }
}
