/**
 * A range of months: `بين نيسان وحزيران الماضيين` (a dual qualifier for the pair), `من آذار إلى
 * أيار الماضي`، `بين أبريل ويونيو من العام الماضي`، `من يناير حتى مارس 2024`، `شهري نيسان
 * وأيار` (two months in a row). The qualifier or year after the second month places both:
 * the first month is the last one at or before the second.
 */
import type { ParsingContext } from 'chrono-node';
import { daysInMonth } from '../../calendar.ts';
import { yearOfMonth } from '../../resolve.ts';
import { TAG_RELATIVE, precisionTag } from '../../tags.ts';
import {
  MONTH_PATTERN,
  MONTH_TRIGGER_WORDS,
  YEAR_REFERENCE_LINK,
  YEAR_REFERENCE_PATTERN,
  fold,
  foldDictionary,
  parseMonthName,
  parseYearReference,
} from '../constants.ts';
import { matchAnyPattern } from '../pattern.ts';
import { referenceDay } from '../../calculation.ts';
import { AbstractParserWithWordBoundaryChecking, type ExtractedResult } from './AbstractParserWithWordBoundaryChecking.ts';

/** After the second month: its own qualifier, or the pair's (dual). */
const PAIR_QUALIFIERS: Record<string, -1 | 0 | 1> = {
  'الماضيين': -1, 'المنصرمين': -1, 'الفائتين': -1, 'الفارطين': -1, 'المقبلين': 1, 'القادمين': 1, 'الحاليين': 0,
  'الماضي': -1, 'المنصرم': -1, 'الفائت': -1, 'الفارط': -1, 'المقبل': 1, 'القادم': 1, 'الجاري': 0, 'الحالي': 0,
};
const PAIR_QUALIFIER_DICTIONARY = foldDictionary(PAIR_QUALIFIERS);

const LEAD_GROUP = 1;
const FIRST_MONTH_GROUP = 2;
const AND_GROUP = 3;
const SECOND_MONTH_GROUP = 4;
const QUALIFIER_GROUP = 5;
const YEAR_GROUP = 6;

const TO = matchAnyPattern(['إلى', 'الى', 'حتى', 'لغاية', 'وحتى']);

export default class ARMonthRangeParser extends AbstractParserWithWordBoundaryChecking {
  override prefilter() {
    return { words: MONTH_TRIGGER_WORDS, maxLookBack: 20, anchor: { words: ['بين', 'من', 'شهري', 'ما'], maxLookBack: 0 } };
  }

  innerPatternString(): string {
    return (
      `((?:ما\\s{1,3})?بين|من|شهري)\\s{1,3}(?:شهري?\\s{1,3})?${MONTH_PATTERN}` +
      `\\s{0,3}(?:(و)|${TO}|-|–)\\s{0,3}(?:شهر\\s{1,3})?${MONTH_PATTERN}` +
      `(?:\\s{1,3}(${matchAnyPattern(Object.keys(PAIR_QUALIFIERS))})|${YEAR_REFERENCE_LINK}(${YEAR_REFERENCE_PATTERN}))?(?![\\p{L}\\p{N}])`
    );
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray): ExtractedResult {
    const from = parseMonthName(match[FIRST_MONTH_GROUP] ?? '');
    const to = parseMonthName(match[SECOND_MONTH_GROUP] ?? '');
    if (from === undefined || to === undefined || from === to) return null;
    const lead = fold(match[LEAD_GROUP] ?? '');
    const and = match[AND_GROUP] !== undefined;
    // بين… و…, من… إلى…; شهري X و Y are two months in a row
    if (and ? lead === 'من' : lead !== 'من') return null;
    if (lead === 'شهري' && to !== (from % 12) + 1) return null;

    const ref = referenceDay(context);
    let toYear: number;
    let relative = false;
    let stated = false;
    if (match[YEAR_GROUP] !== undefined) {
      const year = parseYearReference(match[YEAR_GROUP], ref.year);
      if (year === undefined) return null;
      toYear = year.year;
      relative = year.relative;
      stated = !year.relative;
    } else {
      const direction = match[QUALIFIER_GROUP] !== undefined ? PAIR_QUALIFIER_DICTIONARY[fold(match[QUALIFIER_GROUP])] : undefined;
      toYear = yearOfMonth(ref, to, direction);
    }
    const fromYear = from < to ? toYear : toYear - 1;

    const result = context.createParsingResult(match.index ?? 0, match[0]);
    result.start.assign('month', from).imply('day', 1);
    const end = result.start.clone();
    end.assign('month', to).imply('day', daysInMonth(toYear, to));
    if (stated) {
      result.start.assign('year', fromYear);
      end.assign('year', toYear);
    } else {
      result.start.imply('year', fromYear);
      end.imply('year', toYear);
    }
    result.end = end;
    if (relative) result.addTag(TAG_RELATIVE);
    result.addTag(precisionTag('range'));
    return result;
  }
}
