/**
 * Parts of a week and weekends: `أوائل الأسبوع المقبل`، `منتصف الأسبوع`، `آخر الأسبوع الماضي`،
 * `نهاية هذا الأسبوع` (approximate: days of the week, Monday to Sunday, as `الأسبوع الماضي` is
 * read; see partOfWeek in resolve.ts), and `عطلة نهاية الأسبوع الماضي`، `عطلة نهاية هذا الأسبوع`،
 * `عطلة نهاية الأسبوع` (a weekend: Friday and Saturday, as most of the Arab world rests).
 *
 * A week without a qualifier is the reference's week (`وصل الوزير منتصف الأسبوع`), except the
 * week of a story (`نهاية الأسبوع الذي سبق الانتخابات`). A weekend without one is the last
 * (or, in a clause about the future, the coming) one.
 */
import type { ParsingContext } from 'chrono-node';
import { addDays, isoWeekStart } from '../../calendar.ts';
import { type PeriodPart, nearestWeekend, partOfWeek, weekendOfWeek } from '../../resolve.ts';
import { TAG_APPROXIMATE, TAG_RELATIVE, periodTag, precisionTag } from '../../tags.ts';
import { RELATIVE_DIRECTION_PATTERN, THIS_PATTERN, fold, foldDictionary, parseRelativeDirection } from '../constants.ts';
import { matchAnyPattern, triggerWords } from '../pattern.ts';
import { assignDayInterval, referenceDay, textAfter, textBefore } from '../../calculation.ts';
import { AbstractParserWithWordBoundaryChecking, type ExtractedResult } from './AbstractParserWithWordBoundaryChecking.ts';
import { FUTURE_BEFORE } from './ARWeekdayParser.ts';

const PART_SPELLINGS: Record<string, PeriodPart> = {
  'أوائل': 'early', 'مطلع': 'early', 'بداية': 'early', 'مستهل': 'early', 'أول': 'early',
  'منتصف': 'middle', 'أواسط': 'middle', 'وسط': 'middle',
  'أواخر': 'late', 'نهاية': 'late', 'آخر': 'late', 'ختام': 'late',
};
const PART_DICTIONARY = foldDictionary(PART_SPELLINGS);
/** Words before the end of a week that make it a weekend: `عطلة نهاية الأسبوع`، `عطلة آخر الأسبوع`. */
const WEEKEND_WORDS = ['عطلة', 'عطل'];

const WEEKEND_GROUP = 1;
const PART_GROUP = 2;
const THIS_GROUP = 3;
const DIRECTION_GROUP = 4;

/** After a week of the story, not the reference's: `الأسبوع الذي`، `الأسبوع السابق للانتخابات`. */
const STORY_WEEK_AFTER = /^\s{1,3}(?:الذي|التي|من|السابق\s{1,3}ل|التالي\s{1,3}ل|الاول|الثاني|الثالث|الرابع|الاخير)(?![\p{L}])/u;

export default class ARWeekPartParser extends AbstractParserWithWordBoundaryChecking {
  override prefilter() {
    return { words: triggerWords([...Object.keys(PART_SPELLINGS), ...WEEKEND_WORDS]), maxLookBack: 0 };
  }

  innerPatternString(): string {
    return (
      `(?:(${matchAnyPattern(WEEKEND_WORDS)})\\s{1,3}(?:(?:نهايه|اخر)\\s{1,3})?|(${matchAnyPattern(Object.keys(PART_SPELLINGS))})\\s{1,3})` +
      `(?:(${THIS_PATTERN})\\s{1,3})?الاسبوع(?:\\s{1,3}(${RELATIVE_DIRECTION_PATTERN}))?`
    );
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray): ExtractedResult {
    const index = match.index ?? 0;
    const ref = referenceDay(context);
    const directionText = match[DIRECTION_GROUP];
    let direction = directionText !== undefined ? parseRelativeDirection(directionText) : undefined;
    if (directionText !== undefined && direction === undefined) return null;
    if (match[THIS_GROUP] !== undefined) {
      if (direction !== undefined) return null;
      direction = 0;
    }
    // `نهاية الأسبوع الذي سبق…`: the story's week.
    if (direction === undefined && STORY_WEEK_AFTER.test(textAfter(context, index + match[0].length))) return null;

    const result = context.createParsingResult(index, match[0]);
    result.addTag(TAG_RELATIVE);
    if (match[WEEKEND_GROUP] !== undefined) {
      let days;
      if (direction === undefined) {
        const clause = textBefore(context, index, 60).split(/[.،,؛!?]/u).at(-1) ?? '';
        days = nearestWeekend(ref, 'friday', FUTURE_BEFORE.test(clause) ? 1 : undefined);
      } else {
        days = weekendOfWeek(addDays(isoWeekStart(ref), 7 * direction), 'friday');
      }
      assignDayInterval(result, days[0], days[1]);
      result.addTag(precisionTag('range'));
      result.addTag(periodTag('weekend'));
      return result;
    }
    const part = PART_DICTIONARY[fold(match[PART_GROUP] ?? '')];
    if (part === undefined) return null;
    const monday = addDays(isoWeekStart(ref), 7 * (direction ?? 0));
    const [from, to] = partOfWeek(part);
    assignDayInterval(result, addDays(monday, from), addDays(monday, to));
    result.addTag(precisionTag('week'));
    result.addTag(TAG_APPROXIMATE);
    return result;
  }
}
