/**
 * Divisions of a year: quarters (`الربع الأول من العام`، `الربع الرابع 2024`، `الربع الثالث لعام
 * 2024`، the Maghrebi `الثلاثي الأول من سنة 2024`), halves (`النصف الأول من 2023`، `النصف الثاني
 * من العام الجاري`، the Maghrebi `السداسي الأول`) and the first or last months of a year
 * (`الأشهر الستة الأولى من العام`، `الأشهر التسعة الأولى من 2024`، `الأشهر الثلاثة الأخيرة من
 * العام الماضي`). Each is an interval of whole months; three months at a year's start or end
 * are a quarter, six a half.
 *
 * A division needs its year (`الربع الأول` alone may be a match's); `من العام` alone is the
 * current year, as news writes it.
 */
import type { ParsingContext } from 'chrono-node';
import { daysInMonth } from '../../calendar.ts';
import type { PeriodKind } from '../../../../events/schema.ts';
import { TAG_RELATIVE, periodTag, precisionTag } from '../../tags.ts';
import { YEAR_REFERENCE_LINK, YEAR_REFERENCE_PATTERN, fold, foldDictionary, parseYearReference } from '../constants.ts';
import { matchAnyPattern, triggerWords } from '../pattern.ts';
import { assignMonthInterval, referenceDay } from '../../calculation.ts';
import { AbstractParserWithWordBoundaryChecking, type ExtractedResult } from './AbstractParserWithWordBoundaryChecking.ts';

/** The division's noun and how many months each of its parts has. */
const DIVISION_SPELLINGS: Record<string, number> = { 'الربع': 3, 'الثلاثي': 3, 'النصف': 6, 'السداسي': 6 };
const DIVISION_DICTIONARY = foldDictionary(DIVISION_SPELLINGS);

/** Which part: the n-th, or the last (0). */
const ORDINAL_SPELLINGS: Record<string, number> = {
  'الأول': 1, 'الثاني': 2, 'الثالث': 3, 'الرابع': 4, 'الأخير': 0,
  'الأولى': 1, 'الأخيرة': 0,
};
const ORDINAL_DICTIONARY = foldDictionary(ORDINAL_SPELLINGS);

/** `الأشهر الستة الأولى`: how many months, in words (definite) or digits (`الـ6`). */
const MONTH_COUNT_SPELLINGS: Record<string, number> = {
  'الثلاثة': 3, 'الثلاث': 3, 'الأربعة': 4, 'الأربع': 4, 'الخمسة': 5, 'الخمس': 5, 'الستة': 6, 'الست': 6,
  'السبعة': 7, 'السبع': 7, 'الثمانية': 8, 'الثماني': 8, 'التسعة': 9, 'التسع': 9, 'العشرة': 10, 'العشر': 10,
};
const MONTH_COUNT_DICTIONARY = foldDictionary(MONTH_COUNT_SPELLINGS);
const MONTHS_NOUN = ['الأشهر', 'الشهور'];
const FIRST_OR_LAST = ['الأولى', 'الأخيرة', 'الاولى'];

const DIVISION_GROUP = 1;
const ORDINAL_GROUP = 2;
const COUNT_GROUP = 3;
const COUNT_FIRST_OR_LAST_GROUP = 4;
const YEAR_GROUP = 5;

export default class ARYearDivisionParser extends AbstractParserWithWordBoundaryChecking {
  override prefilter() {
    return { words: triggerWords([...Object.keys(DIVISION_SPELLINGS), ...MONTHS_NOUN]), maxLookBack: 0 };
  }

  innerPatternString(): string {
    return (
      `(?:(${matchAnyPattern(Object.keys(DIVISION_SPELLINGS))})\\s{1,3}(${matchAnyPattern(Object.keys(ORDINAL_SPELLINGS))})` +
      `|${matchAnyPattern(MONTHS_NOUN)}\\s{1,3}(?:ال\\s{0,2})?(${matchAnyPattern(Object.keys(MONTH_COUNT_SPELLINGS))}|\\d{1,2}(?!\\d))\\s{1,3}(${matchAnyPattern(FIRST_OR_LAST)})` +
      `)${YEAR_REFERENCE_LINK}(${YEAR_REFERENCE_PATTERN})(?![\\p{L}\\p{N}])`
    );
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray): ExtractedResult {
    const ref = referenceDay(context);
    const year = parseYearReference(match[YEAR_GROUP] ?? '', ref.year);
    if (year === undefined) return null;
    let first: number;
    let last: number;
    let kind: PeriodKind | undefined;
    if (match[DIVISION_GROUP] !== undefined) {
      const size = DIVISION_DICTIONARY[fold(match[DIVISION_GROUP])];
      const ordinal = ORDINAL_DICTIONARY[fold(match[ORDINAL_GROUP] ?? '')];
      if (size === undefined || ordinal === undefined) return null;
      const parts = 12 / size;
      const n = ordinal === 0 ? parts : ordinal;
      if (n > parts) return null; // there is no third half
      first = (n - 1) * size + 1;
      last = n * size;
      kind = size === 3 ? 'quarter' : 'half';
    } else {
      const countText = match[COUNT_GROUP] ?? '';
      const count = /^\d/.test(countText) ? Number(countText) : MONTH_COUNT_DICTIONARY[fold(countText)];
      if (count === undefined || count < 2 || count > 11) return null;
      const fromStart = fold(match[COUNT_FIRST_OR_LAST_GROUP] ?? '') !== fold('الأخيرة');
      first = fromStart ? 1 : 13 - count;
      last = fromStart ? count : 12;
      kind = count === 3 ? 'quarter' : count === 6 ? 'half' : undefined;
    }

    const result = context.createParsingResult(match.index ?? 0, match[0]);
    assignMonthInterval(result, { year: year.year, month: first, day: 1 }, { year: year.year, month: last, day: daysInMonth(year.year, last) }, !year.relative);
    if (year.relative) result.addTag(TAG_RELATIVE);
    result.addTag(precisionTag('range'));
    if (kind) result.addTag(periodTag(kind));
    return result;
  }
}
