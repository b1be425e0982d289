/**
 * Decades: `التسعينيات`، `تسعينيات القرن الماضي`، `عقد الثمانينات`، `في السبعينيات من القرن
 * العشرين`، `العقد الأول من القرن الحالي` (the 2000s)، `العقد الحالي`. Without a century the
 * twentieth is meant (news speaks of السبعينيات as the 1970s). `في الستينيات من عمره` is an
 * age, not a decade. `العقد الماضي` and `العقد المقبل` are the past and the next ten years, as
 * news means them (`شهد العقد الماضي…`), not the calendar decades before and after this one.
 */
import type { ParsingContext } from 'chrono-node';
import { addMonths } from '../../calendar.ts';
import { TAG_RELATIVE, periodTag, precisionTag } from '../../tags.ts';
import { fold, parseRelativeDirection, RELATIVE_DIRECTION_PATTERN, foldDictionary } from '../constants.ts';
import { matchAnyPattern, triggerWords } from '../pattern.ts';
import { assignDayInterval, referenceDay, textAfter } from '../../calculation.ts';
import { AbstractParserWithWordBoundaryChecking, type ExtractedResult } from './AbstractParserWithWordBoundaryChecking.ts';

const DECADE_STEMS: Record<string, number> = {
  'عشرين': 2, 'ثلاثين': 3, 'أربعين': 4, 'خمسين': 5, 'ستين': 6, 'سبعين': 7, 'ثمانين': 8, 'تسعين': 9,
};
const DECADE_WORDS: Record<string, number> = {};
for (const [stem, tens] of Object.entries(DECADE_STEMS)) {
  for (const suffix of ['يات', 'ات']) {
    DECADE_WORDS[`ال${stem}${suffix}`] = tens;
    DECADE_WORDS[`${stem}${suffix}`] = tens;
  }
}
const DECADE_DICTIONARY = foldDictionary(DECADE_WORDS);

const CENTURY_SPELLINGS: Record<string, number> = {
  'القرن الماضي': 1900, 'القرن العشرين': 1900, 'القرن العشرون': 1900, 'القرن المنصرم': 1900,
  'القرن التاسع عشر': 1800, 'القرن الثامن عشر': 1700,
  'القرن الحالي': 2000, 'القرن الحادي والعشرين': 2000, 'القرن الجاري': 2000,
};
const CENTURY_DICTIONARY = foldDictionary(CENTURY_SPELLINGS);

const DECADE_ORDINALS: Record<string, number> = {
  'الأول': 1, 'الثاني': 2, 'الثالث': 3, 'الرابع': 4, 'الخامس': 5, 'السادس': 6, 'السابع': 7, 'الثامن': 8, 'التاسع': 9, 'العاشر': 10, 'الأخير': 10,
};
const DECADE_ORDINAL_DICTIONARY = foldDictionary(DECADE_ORDINALS);

const DECADE_GROUP = 1;
const CENTURY_GROUP = 2;
const ORDINAL_GROUP = 3;
const ORDINAL_CENTURY_GROUP = 4;
const RELATIVE_DIRECTION_GROUP = 5;

const AGE_AFTER = /^\s{1,3}(?:من\s{1,3})?(?:عمر|العمر|عمره|عمرها|عمرهم)/u;

export default class ARDecadeParser extends AbstractParserWithWordBoundaryChecking {
  override prefilter() {
    return { words: triggerWords([...Object.keys(DECADE_WORDS), 'العقد']), maxLookBack: 12 };
  }

  innerPatternString(): string {
    return (
      `(?:(?:عقد|حقبه|فتره|سنوات)\\s{1,3})?(${matchAnyPattern(Object.keys(DECADE_WORDS))})` +
      `(?:\\s{1,3}(?:من\\s{1,3})?(${matchAnyPattern(Object.keys(CENTURY_SPELLINGS))}))?` +
      `|العقد\\s{1,3}(${matchAnyPattern(Object.keys(DECADE_ORDINALS))})\\s{1,3}(?:من\\s{1,3})?(${matchAnyPattern(Object.keys(CENTURY_SPELLINGS))})` +
      `|العقد\\s{1,3}(${RELATIVE_DIRECTION_PATTERN}|الاخير)`
    );
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray): ExtractedResult {
    const index = match.index ?? 0;
    const result = context.createParsingResult(index, match[0]);
    result.addTag(precisionTag('decade'));
    if (match[RELATIVE_DIRECTION_GROUP] !== undefined) {
      const direction = fold(match[RELATIVE_DIRECTION_GROUP]) === fold('الأخير') ? -1 : parseRelativeDirection(match[RELATIVE_DIRECTION_GROUP]);
      if (direction === undefined) return null;
      const ref = referenceDay(context);
      result.addTag(TAG_RELATIVE);
      if (direction === 0) {
        result.start.assign('year', Math.floor(ref.year / 10) * 10);
        return result;
      }
      // the past or next ten years (see ARLastUnitsParser)
      const untagged = context.createParsingResult(index, match[0]);
      untagged.addTag(TAG_RELATIVE);
      untagged.addTag(precisionTag('range'));
      if (direction < 0) {
        assignDayInterval(untagged, addMonths(ref, -120), ref);
        untagged.addTag(periodTag('to-date'));
      } else assignDayInterval(untagged, ref, addMonths(ref, 120));
      return untagged;
    }
    if (match[ORDINAL_GROUP] !== undefined) {
      const ordinal = DECADE_ORDINAL_DICTIONARY[fold(match[ORDINAL_GROUP])];
      const century = CENTURY_DICTIONARY[fold(match[ORDINAL_CENTURY_GROUP] ?? '')];
      if (ordinal === undefined || century === undefined) return null;
      // the first decade of a century is its years 00–09, as news counts decades (the 2000s)
      result.start.assign('year', century + 10 * (ordinal - 1));
      result.start.imply('month', 1).imply('day', 1);
      return result;
    }
    const tens = DECADE_DICTIONARY[fold(match[DECADE_GROUP] ?? '')];
    if (tens === undefined) return null;
    if (AGE_AFTER.test(textAfter(context, index + match[0].length))) return null;
    const century = match[CENTURY_GROUP] !== undefined ? (CENTURY_DICTIONARY[fold(match[CENTURY_GROUP])] ?? 1900) : 1900;
    result.start.assign('year', century + tens * 10);
    result.start.imply('month', 1).imply('day', 1);
    return result;
  }
}
