/**
 * The last or next N units, counted from the reference: `الأشهر الأربعة الماضية`، `الأيام العشرة
 * المقبلة`، `الأيام الثلاثة الأخيرة`، `الأشهر الـ6 الماضية`، `الـ12 شهرا الماضية`، `آخر خمسة أعوام`،
 * `اليومين الماضيين`، `الأسابيع القليلة المقبلة` (a few: three, as `قبل بضعة أيام` counts them).
 *
 * The past N units run from N units before the reference to the reference day (a period up to
 * the publication day); the next N from the reference day to N units after it.
 */
import type { ParsingContext } from 'chrono-node';
import { addDays, addMonths, type CalendarDay } from '../../calendar.ts';
import { TAG_RELATIVE, periodTag, precisionTag } from '../../tags.ts';
import {
  TIME_UNIT_PATTERN,
  type DateUnit,
  fold,
  foldDictionary,
  parseTimeUnit,
} from '../constants.ts';
import { matchAnyPattern, triggerWords } from '../pattern.ts';
import { assignDayInterval, referenceDay } from '../../calculation.ts';
import { AbstractParserWithWordBoundaryChecking, type ExtractedResult } from './AbstractParserWithWordBoundaryChecking.ts';

type Unit = DateUnit | 'decade';

const PLURAL_UNITS: Record<string, Unit> = {
  'الأيام': 'day', 'الأسابيع': 'week', 'الأشهر': 'month', 'الشهور': 'month',
  'الأعوام': 'year', 'السنوات': 'year', 'السنين': 'year', 'العقود': 'decade',
};
const DUAL_UNITS: Record<string, Unit> = {
  'اليومين': 'day', 'الأسبوعين': 'week', 'الشهرين': 'month', 'العامين': 'year', 'السنتين': 'year', 'العقدين': 'decade',
};
const PLURAL_DICTIONARY = foldDictionary(PLURAL_UNITS);
const DUAL_DICTIONARY = foldDictionary(DUAL_UNITS);

/** Counts after a definite plural: `الأشهر الأربعة`، `السنوات العشر`، `الأيام القليلة`. */
const DEFINITE_COUNTS: Record<string, number> = {
  'الثلاثة': 3, 'الثلاث': 3, 'الأربعة': 4, 'الأربع': 4, 'الخمسة': 5, 'الخمس': 5, 'الستة': 6, 'الست': 6,
  'السبعة': 7, 'السبع': 7, 'الثمانية': 8, 'الثماني': 8, 'التسعة': 9, 'التسع': 9, 'العشرة': 10, 'العشر': 10,
  'القليلة': 3,
};
const DEFINITE_COUNT_DICTIONARY = foldDictionary(DEFINITE_COUNTS);
/** Counts after آخر: `آخر خمسة أعوام`، `آخر 10 سنوات`. */
const INDEFINITE_COUNTS: Record<string, number> = {
  'ثلاثة': 3, 'ثلاث': 3, 'أربعة': 4, 'أربع': 4, 'خمسة': 5, 'خمس': 5, 'ستة': 6, 'ست': 6,
  'سبعة': 7, 'سبع': 7, 'ثمانية': 8, 'ثماني': 8, 'ثمان': 8, 'تسعة': 9, 'تسع': 9, 'عشرة': 10, 'عشر': 10, 'بضعة': 3, 'بضع': 3,
};
const INDEFINITE_COUNT_DICTIONARY = foldDictionary(INDEFINITE_COUNTS);

const DIRECTIONS: Record<string, -1 | 1> = {
  'الماضية': -1, 'الماضي': -1, 'الأخيرة': -1, 'الأخير': -1, 'المنصرمة': -1, 'الفائتة': -1, 'السابقة': -1,
  'المقبلة': 1, 'القادمة': 1,
  'الماضيين': -1, 'الأخيرين': -1, 'المنصرمين': -1, 'الفائتين': -1, 'السابقين': -1, 'المقبلين': 1, 'القادمين': 1,
};
const DIRECTION_DICTIONARY = foldDictionary(DIRECTIONS);
const DIRECTION_PATTERN = matchAnyPattern(Object.keys(DIRECTIONS));

const DIGITS = `(?:ال\\s{0,2})?\\d{1,3}(?!\\d)`;

const PLURAL_GROUP = 1;
const PLURAL_COUNT_GROUP = 2;
const COUNT_FIRST_GROUP = 3;
const COUNT_FIRST_UNIT_GROUP = 4;
const DUAL_GROUP = 5;
const DIRECTION_GROUP = 6;
const LAST_COUNT_GROUP = 7;
const LAST_UNIT_GROUP = 8;

export default class ARLastUnitsParser extends AbstractParserWithWordBoundaryChecking {
  override prefilter() {
    // a match starts with the unit, with آخر, or with the count `الـ12`
    return {
      words: triggerWords([...Object.keys(DIRECTIONS), 'آخر']),
      maxLookBack: 40,
      anchor: { words: triggerWords([...Object.keys(PLURAL_UNITS), ...Object.keys(DUAL_UNITS), 'آخر', 'ال']), trigger: '(?<!\\d)\\d', maxLookBack: 0 },
    };
  }

  innerPatternString(): string {
    return (
      `(?:` +
      `(${matchAnyPattern(Object.keys(PLURAL_UNITS))})\\s{1,3}(${matchAnyPattern(Object.keys(DEFINITE_COUNTS))}|${DIGITS})` +
      `|(${DIGITS})\\s{0,3}(${TIME_UNIT_PATTERN})` +
      `|(${matchAnyPattern(Object.keys(DUAL_UNITS))})` +
      `)\\s{1,3}(${DIRECTION_PATTERN})` +
      `|اخر\\s{1,3}(${matchAnyPattern(Object.keys(INDEFINITE_COUNTS))}|\\d{1,3}(?!\\d))\\s{1,3}(${TIME_UNIT_PATTERN})`
    );
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray): ExtractedResult {
    let unit: Unit | undefined;
    let count: number | undefined;
    let direction: -1 | 1 | undefined = -1;
    const number = (text: string) => Number(text.replace(/^ال\s*/, ''));
    if (match[LAST_UNIT_GROUP] !== undefined) {
      unit = parseTimeUnit(match[LAST_UNIT_GROUP]);
      const text = match[LAST_COUNT_GROUP] ?? '';
      count = /^\d/.test(text) ? Number(text) : INDEFINITE_COUNT_DICTIONARY[fold(text)];
    } else {
      direction = DIRECTION_DICTIONARY[fold(match[DIRECTION_GROUP] ?? '')];
      const dual = match[DUAL_GROUP] !== undefined;
      if (match[PLURAL_GROUP] !== undefined) {
        unit = PLURAL_DICTIONARY[fold(match[PLURAL_GROUP])];
        const text = match[PLURAL_COUNT_GROUP] ?? '';
        count = /\d/.test(text) ? number(text) : DEFINITE_COUNT_DICTIONARY[fold(text)];
      } else if (match[COUNT_FIRST_GROUP] !== undefined) {
        // `الـ12 شهرا الماضية` (the article on the count), `10 أيام المقبلة`
        unit = parseTimeUnit(match[COUNT_FIRST_UNIT_GROUP] ?? '');
        count = number(match[COUNT_FIRST_GROUP]);
      } else if (dual) {
        unit = DUAL_DICTIONARY[fold(match[DUAL_GROUP]!)];
        count = 2;
      }
      // a dual noun takes a dual qualifier, a plural a singular feminine one
      const dualDirection = /ين$/.test(fold(match[DIRECTION_GROUP] ?? ''));
      if (dual !== dualDirection) return null;
    }
    if (unit === undefined || count === undefined || direction === undefined || count < 2 || count > 100) return null;

    const ref = referenceDay(context);
    const shift = (n: number): CalendarDay =>
      unit === 'day' ? addDays(ref, n) : unit === 'week' ? addDays(ref, 7 * n) : addMonths(ref, n * (unit === 'month' ? 1 : unit === 'year' ? 12 : 120));
    const result = context.createParsingResult(match.index ?? 0, match[0]);
    if (direction < 0) assignDayInterval(result, shift(-count), ref);
    else assignDayInterval(result, ref, shift(count));
    result.addTag(TAG_RELATIVE);
    result.addTag(precisionTag('range'));
    if (direction < 0) result.addTag(periodTag('to-date'));
    return result;
  }
}
