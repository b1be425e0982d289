/**
 * Days named relative to the reference: اليوم، أمس/الأمس/يوم أمس/البارحة، أول أمس،
 * غداً/يوم غد، بعد غد. The date comes entirely from the reference, so the result is tagged
 * relative (and unresolvable without a reference).
 */
import type { ParsingContext } from 'chrono-node';
import { addDays } from '../../calendar.ts';
import { TAG_RELATIVE, anaphoricTag, precisionTag } from '../../tags.ts';
import { fold, foldDictionary } from '../constants.ts';
import { matchAnyPattern, triggerWords } from '../pattern.ts';
import { referenceDay, textAfter, textBefore } from '../../calculation.ts';
import { AbstractParserWithWordBoundaryChecking, type ExtractedResult } from './AbstractParserWithWordBoundaryChecking.ts';

const CASUAL_DAY_SPELLINGS: Record<string, number> = {
  'اليوم': 0,
  'أمس': -1,
  'الأمس': -1,
  'يوم أمس': -1,
  'البارحة': -1,
  'ليلة أمس': -1,
  'مساء أمس': -1,
  'صباح أمس': -1,
  'أول أمس': -2,
  'أول من أمس': -2,
  'أمس الأول': -2,
  'قبل أمس': -2,
  'قبل يوم أمس': -2,
  'غداً': 1,
  'غدا': 1,
  'يوم غد': 1,
  'صباح غد': 1,
  'مساء غد': 1,
  'بعد غد': 2,
  'بعد الغد': 2,
  // `الغد` is also "the future" and a newspaper's name: a day only after a time preposition
  'الغد': 1,
  'اليوم الماضي': -1,
  // The day after/before the day just told (see ARAnaphoricDayRefiner); the reference when none was.
  'اليوم التالي': 1,
  'اليوم الآتي': 1,
  'اليوم الموالي': 1,
  'اليوم السابق': -1,
};
/**
 * A part of the day before its day: `مساء أمس الأول`، `فجر اليوم`، `ظهر أمس`، `صباح غد` are
 * those days (the part says when in it; a day is the precision kept).
 */
const DAY_PARTS = ['صباح', 'مساء', 'ليلة', 'ليل', 'فجر', 'ظهر', 'ظهيرة', 'عصر', 'منتصف ليل', 'منتصف ليلة'];
const PARTED_DAYS: Record<string, number> = { 'اليوم': 0, 'أمس': -1, 'يوم أمس': -1, 'أمس الأول': -2, 'أول أمس': -2, 'أول من أمس': -2, 'غد': 1, 'الغد': 1, 'يوم غد': 1 };
for (const part of DAY_PARTS) {
  for (const [day, offset] of Object.entries(PARTED_DAYS)) CASUAL_DAY_SPELLINGS[`${part} ${day}`] ??= offset;
}

/** Entries counted from the day the text last named rather than from the reference. */
const ANAPHORIC = new Set(['اليوم التالي', 'اليوم الآتي', 'اليوم الموالي', 'اليوم السابق'].map(fold));
/** `اليوم التالي للانتخابات`، `اليوم السابق على الهجوم`: counted from an event, not a date. */
const ANAPHORIC_FROM_EVENT_AFTER = /^\s{0,3}(?:ل|علي\s|من\s)/u;
const CASUAL_DAY_DICTIONARY = foldDictionary(CASUAL_DAY_SPELLINGS);
const TOMORROW_NOUN = fold('الغد');
/** `من الغد`، `حتى الغد`: then الغد is tomorrow (`صحيفة الغد`، `جيل الغد` are not). */
const TIME_PREPOSITION_BEFORE = /(?:^|[^\p{L}])[وف]?(?:من|منذ|حتي|الي|لغايه|اعتبارا\s{1,3}من|ابتداء\s{1,3}من)\s{1,3}$/u;

/**
 * `اليوم` followed by a definite adjective is a named day, not today: اليوم الوطني، اليوم
 * العالمي، اليوم الأول، اليوم التالي، اليوم الأخير، اليوم المفتوح (a relative or ordinal
 * adjective, in -ي or -ية, or one of the few others; or the day a relative clause tells, `اليوم
 * الذي سبق الاجتماع`). A definite noun after it is the verb's
 * object, and today it is: `بحث الوزيران اليوم التحضيرات`، `وقع الطرفان اليوم الاتفاق`،
 * `استقبل الرئيس اليوم الوفد`. (Weekdays, الموافق and `الي` for إلى end in no such adjective.)
 */
const TODAY_AS_NAME_AFTER =
  /^\s{1,3}ال(?:\p{L}{2,}ي(?:ه)?|ذي|تي|اول|اولي|اخير|اخيره|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر|مفتوح|موعود|مشهود|سابق|حاسم|فاصل|عظيم|كبير|طويل|مشؤوم|دامي)(?!\p{L})(?<!ال(?:ثلاثاء|اثنين|موافق|يوم|ي)(?!\p{L}))/u;
/** `ذلك اليوم`، `نفس اليوم`: a day of the story, not the reference day. */
const TODAY_AS_STORY_DAY_BEFORE = /(?:ذلك|تلك|نفس|ذات|حتي ذلك)\s{1,3}$/u;

export default class ARCasualDateParser extends AbstractParserWithWordBoundaryChecking {
  override prefilter() {
    // a match starts with the first word of one of the spellings
    return { words: ['امس', 'غد', 'اليوم', 'البارحه'], maxLookBack: 24, anchor: { words: triggerWords(Object.keys(CASUAL_DAY_SPELLINGS)), maxLookBack: 0 } };
  }

  innerPatternString(): string {
    return `(${matchAnyPattern(Object.keys(CASUAL_DAY_SPELLINGS))})`;
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray): ExtractedResult {
    const offset = CASUAL_DAY_DICTIONARY[fold(match[1] ?? '')];
    if (offset === undefined) return null;
    const index = match.index ?? 0;
    if (offset === 0 && fold(match[0]) === fold('اليوم')) {
      if (TODAY_AS_NAME_AFTER.test(textAfter(context, index + match[0].length))) return null;
      if (TODAY_AS_STORY_DAY_BEFORE.test(textBefore(context, index))) return null;
    }
    if (fold(match[1] ?? '') === TOMORROW_NOUN && !TIME_PREPOSITION_BEFORE.test(textBefore(context, index))) return null;
    const anaphoric = ANAPHORIC.has(fold(match[1] ?? ''));
    if (anaphoric && ANAPHORIC_FROM_EVENT_AFTER.test(textAfter(context, index + match[0].length))) return null;
    // the day given as the result is made: the same as assigning it after
    const result = context.createParsingResult(index, match[0], addDays(referenceDay(context), offset));
    if (anaphoric) result.addTag(anaphoricTag(offset));
    result.addTag(TAG_RELATIVE);
    result.addTag(precisionTag('day'));
    return result;
  }
}
