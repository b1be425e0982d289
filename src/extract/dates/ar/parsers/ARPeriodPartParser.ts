/**
 * The part of a month or year: `أوائل آذار`، `مطلع 2024`، `منتصف الشهر الماضي`، `أواخر العام
 * الماضي`، `نهاية 2023`. The value is the month or year marked approximate (`2025-03~`);
 * start and end carry the third of it meant: days 1–10 / 11–20 / 21–end of a month,
 * January–April / May–August / September–December of a year; `النصف الأول/الثاني من` a half
 * of a month (days 1–15 / 16–end). A half of a year is no approximate part but a division of
 * it, exact: ARYearDivisionParser's.
 */
import type { ParsingContext } from 'chrono-node';
import { addMonths } from '../../calendar.ts';
import { yearOfMonth, type PeriodPart } from '../../resolve.ts';
import { TAG_RELATIVE } from '../../tags.ts';
import {
  DATE_QUALIFIER_PATTERN,
  MONTH_PATTERN,
  RELATIVE_DIRECTION_PATTERN,
  THIS_PATTERN,
  YEAR_NUMBER_PATTERN,
  YEAR_SUFFIX_PATTERN,
  fold,
  parseMonthName,
  parseRelativeDirection,
  parseYearNumber,
  foldDictionary,
  DATE_YEAR_NOUN_PATTERN,
} from '../constants.ts';
import { matchAnyPattern, triggerWords } from '../pattern.ts';
import { assignPeriodPart, referenceDay } from '../../calculation.ts';
import { AbstractParserWithWordBoundaryChecking, type ExtractedResult } from './AbstractParserWithWordBoundaryChecking.ts';

export const PART_SPELLINGS: Record<string, PeriodPart> = {
  'أوائل': 'early', 'مطلع': 'early', 'بداية': 'early', 'بدايات': 'early', 'مستهل': 'early', 'أول': 'early', 'اوائل': 'early',
  'منتصف': 'middle', 'أواسط': 'middle', 'وسط': 'middle',
  'أواخر': 'late', 'نهاية': 'late', 'نهايات': 'late', 'أخر': 'late', 'ختام': 'late', 'آخر': 'late',
  'النصف الأول من': 'firstHalf', 'النصف الثاني من': 'secondHalf',
};
const PART_DICTIONARY = foldDictionary(PART_SPELLINGS);
const PART_PATTERN = matchAnyPattern(Object.keys(PART_SPELLINGS));

const PART_GROUP = 1;
const MONTH_GROUP = 2;
const MONTH_YEAR_GROUP = 3;
const MONTH_QUALIFIER_GROUP = 4;
const YEAR_GROUP = 5;
const THIS_GROUP = 6;
const PERIOD_GROUP = 7;
const DIRECTION_GROUP = 8;

const PERIOD = matchAnyPattern(['الشهر', 'العام', 'السنة']);

export default class ARPeriodPartParser extends AbstractParserWithWordBoundaryChecking {
  override prefilter() {
    return { words: triggerWords(Object.keys(PART_SPELLINGS)), maxLookBack: 0 };
  }

  innerPatternString(): string {
    return (
      `(${PART_PATTERN})\\s{1,3}(?:` +
      `(?:شهر\\s{1,3})?${MONTH_PATTERN}(?:\\s{0,3}[,،]?\\s{0,3}(?:${DATE_YEAR_NOUN_PATTERN}\\s{1,3})?(${YEAR_NUMBER_PATTERN})${YEAR_SUFFIX_PATTERN}?|\\s{1,3}(${DATE_QUALIFIER_PATTERN}))?` +
      `|(?:${DATE_YEAR_NOUN_PATTERN}\\s{1,3})?(${YEAR_NUMBER_PATTERN})${YEAR_SUFFIX_PATTERN}?` +
      `|(?:(${THIS_PATTERN})\\s{1,3})?(${PERIOD})(?:\\s{1,3}(${RELATIVE_DIRECTION_PATTERN}))?` +
      `)`
    );
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray): ExtractedResult {
    const part = PART_DICTIONARY[fold(match[PART_GROUP] ?? '')];
    if (part === undefined) return null;
    const ref = referenceDay(context);
    const result = context.createParsingResult(match.index ?? 0, match[0]);
    let year: number;
    let month: number | undefined;

    if (match[MONTH_GROUP] !== undefined) {
      month = parseMonthName(match[MONTH_GROUP]);
      if (month === undefined) return null;
      // `أول آذار` is the first of March, read by the day parser.
      if (fold(match[PART_GROUP]!) === fold('أول')) return null;
      const stated = match[MONTH_YEAR_GROUP] !== undefined ? parseYearNumber(match[MONTH_YEAR_GROUP]) : undefined;
      const qualifier = match[MONTH_QUALIFIER_GROUP];
      year = stated ?? yearOfMonth(ref, month, qualifier !== undefined ? parseRelativeDirection(qualifier) : undefined);
      result.start.assign('month', month);
      if (stated !== undefined) result.start.assign('year', year);
      else result.start.imply('year', year);
    } else if ((part === 'firstHalf' || part === 'secondHalf') && (match[YEAR_GROUP] !== undefined || fold(match[PERIOD_GROUP] ?? '') !== fold('الشهر'))) {
      // a half of a year is no approximate part but a division of it: ARYearDivisionParser's
      // (a half of a month, `النصف الثاني من الشهر الجاري`, is read below)
      return null;
    } else if (match[YEAR_GROUP] !== undefined) {
      const stated = parseYearNumber(match[YEAR_GROUP]);
      if (stated === undefined) return null;
      year = stated;
      result.start.assign('year', year);
    } else {
      const period = fold(match[PERIOD_GROUP] ?? '');
      let direction = match[DIRECTION_GROUP] !== undefined ? parseRelativeDirection(match[DIRECTION_GROUP]) : undefined;
      if (direction === undefined && match[THIS_GROUP] !== undefined) direction = 0;
      // `نهاية الشهر` alone is the end of some month of the story; only a qualified one is dated.
      if (direction === undefined) return null;
      result.addTag(TAG_RELATIVE);
      if (period === fold('الشهر')) {
        const target = addMonths({ ...ref, day: 1 }, direction);
        year = target.year;
        month = target.month;
        result.start.assign('year', year).assign('month', month);
      } else {
        year = ref.year + direction;
        result.start.assign('year', year);
      }
    }

    assignPeriodPart(result, part, year, month);
    return result;
  }
}
