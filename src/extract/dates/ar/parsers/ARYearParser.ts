/**
 * Years: `عام 2022`، `العام 1952`، `سنة 2011`، `العام الحالي 2025`، `2022م`، and a bare
 * year after a preposition that only takes time (`منذ 2011`، `حتى 2030`، `خلال 2023`; the
 * preposition stays outside the mention) or after a happening it dates (`انتخابات 2018`، `حرب
 * 1967`). A number without such a cue is not a year:
 * `القرار 2216`، `2000 شخص`.
 *
 * `العام الحالي 2025` and `هذا العام 2025` also tell what the current year is; the result is
 * tagged so that, without a reference date, the year can still be fixed for the text.
 */
import type { ParsingContext } from 'chrono-node';
import { TAG_CURRENT_YEAR } from '../../tags.ts';
import {
  HIJRI_ERA_PATTERN,
  RELATIVE_DIRECTION_PATTERN,
  THIS_PATTERN,
  THIS_WORDS,
  YEAR_NOUN_PATTERN,
  YEAR_NOUN_WORDS,
  YEAR_DIGITS_TRIGGER,
  YEAR_NUMBER_PATTERN,
  YEAR_SUFFIX_PATTERN,
  parseRelativeDirection,
  parseYearNumber,
  FI_BEFORE,
} from '../constants.ts';
import { triggerWords, matchAnyPattern } from '../pattern.ts';
import { assignYear, textAfter, textBefore } from '../../calculation.ts';
import { AbstractParserWithWordBoundaryChecking, type ExtractedResult } from './AbstractParserWithWordBoundaryChecking.ts';

const THIS_GROUP = 1;
const NOUN_GROUP = 2;
const DIRECTION_GROUP = 3;
const YEAR_GROUP = 4;
const SUFFIX_GROUP = 5;

/** Prepositions that, before a bare four-digit number, make it a year. */
const YEAR_CUE_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])[وف]?${matchAnyPattern(['منذ', 'حتى', 'خلال', 'مطلع', 'بداية', 'نهاية', 'أواخر', 'أوائل', 'منتصف', 'أواسط', 'مطلع', 'ربيع', 'صيف', 'خريف', 'شتاء', 'قبل', 'بعد', 'بحلول', 'عامي', 'العامين', 'سنتي'])}\\s{1,3}$`,
  'u',
);
/**
 * A happening named before a bare number makes it its year: `انتخابات 2018`، `الانتخابات الرئاسية
 * 2019`، `حرب 1967`، `ثورة 2011`، `اتفاق 2015`، `مونديال 2022` (up to two adjectives between).
 */
const HAPPENING_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])[وف]?(?:[بل]|لل)?(?:ال)?${matchAnyPattern([
    'انتخابات', 'حرب', 'ثورة', 'أحداث', 'احتجاجات', 'تظاهرات', 'مظاهرات', 'اتفاق', 'اتفاقية', 'دستور', 'قمة', 'مؤتمر',
    'مونديال', 'أولمبياد', 'زلزال', 'فيضانات', 'انتفاضة', 'نكبة', 'نكسة', 'عدوان', 'انقلاب', 'غزو', 'اجتياح', 'أزمة',
    'مجزرة', 'هجمات', 'تفجيرات', 'معركة', 'حصار', 'استفتاء', 'مفاوضات', 'محادثات', 'اضطرابات', 'بطولة', 'دورة',
  ])}(?:\\s{1,3}ال\\p{L}{2,}){0,2}\\s{1,3}$`,
  'u',
);
/** After في a number is a year only when no noun follows it (`في 2022،` but not `في 2000 مدينة`). */
const NOUN_AFTER = /^\s{0,3}\p{L}/u;

export default class ARYearParser extends AbstractParserWithWordBoundaryChecking {
  override prefilter() {
    // a match starts with هذا/هذه, a year noun or the year itself
    return { trigger: YEAR_DIGITS_TRIGGER, maxLookBack: 26, anchor: { words: [...triggerWords(THIS_WORDS), ...triggerWords(YEAR_NOUN_WORDS)], trigger: YEAR_DIGITS_TRIGGER, maxLookBack: 0 } };
  }

  innerPatternString(): string {
    return (
      `(?:(${THIS_PATTERN})\\s{1,3})?(?:(${YEAR_NOUN_PATTERN})\\s{1,3}(?:(${RELATIVE_DIRECTION_PATTERN})\\s{1,3})?)?` +
      `(${YEAR_NUMBER_PATTERN})(${YEAR_SUFFIX_PATTERN})?(?!\\s{0,2}${HIJRI_ERA_PATTERN}(?![\\p{L}]))`
    );
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray): ExtractedResult {
    const year = parseYearNumber(match[YEAR_GROUP] ?? '');
    if (year === undefined) return null;
    const index = match.index ?? 0;
    const hasNoun = match[NOUN_GROUP] !== undefined;
    const hasSuffix = match[SUFFIX_GROUP] !== undefined;
    if (!hasNoun && !hasSuffix) {
      const before = textBefore(context, index);
      const isCued =
        YEAR_CUE_BEFORE.test(before) ||
        HAPPENING_BEFORE.test(before) ||
        (FI_BEFORE.test(before) && !NOUN_AFTER.test(textAfter(context, index + match[0].length)));
      if (!isCued || year < 1800 || year > 2100) return null;
    }
    if (match[THIS_GROUP] !== undefined && !hasNoun) return null;

    const result = context.createParsingResult(index, match[0]);
    assignYear(result, year);
    const direction = match[DIRECTION_GROUP] !== undefined ? parseRelativeDirection(match[DIRECTION_GROUP]) : undefined;
    if (direction === 0 || (match[THIS_GROUP] !== undefined && direction === undefined)) result.addTag(TAG_CURRENT_YEAR);
    return result;
  }
}
