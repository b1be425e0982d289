/**
 * A day of the month without its month: `يوم 27`، `في الـ15 من الشهر`، `عدت في 22.`،
 * `إلى 27`، `للثاني والعشرين`، `في الحادي والعشرين!`. The month and year are the reference's
 * (the text has moved on to "this month"), so the value is inferred.
 *
 * A bare number is a date far less often than a count, so it is read only with strong cues:
 * - `يوم N` (N in digits or ordinal words), with no noun after it (`يوم 27` but not the
 *   count in `27 يوماً`, which has no يوم before the number);
 * - `N من الشهر` after في/إلى/حتى or the article (`في الـ15 من الشهر`);
 * - في/إلى/حتى/لل + N closing the clause (`عدت في 27.`), unless the clause speaks of a
 *   quantity (`ارتفع عدد القتلى إلى 27.`); in digits N ≤ 31; after في a feminine ordinal of
 *   an hour (`في الثانية`) is a time of day, and `للمرة الثانية`-style ordinals need the
 *   clause to end right after them.
 * The prepositions إلى/لل are part of the mention (as Recognizers-Text marks them); في is not.
 */
import type { ParsingContext } from 'chrono-node';
import { isValidDay } from '../../calendar.ts';
import { precisionTag } from '../../tags.ts';
import { DAY_DIGITS_TRIGGER, DAY_NUMBER_PATTERN, ORDINAL_DAY_PATTERNS, parseDayNumber, FI_BEFORE, FRACTION_BEFORE } from '../constants.ts';
import { alternationTree, matchAnyPattern } from '../pattern.ts';
import { referenceDay, textAfter, textBefore } from '../../calculation.ts';
import { AbstractParserWithWordBoundaryChecking, type ExtractedResult } from './AbstractParserWithWordBoundaryChecking.ts';

const DAY_WORD_GROUP = 1;
const DAY_AFTER_DAY_WORD_GROUP = 2;
const TO_GROUP = 3;
const DAY_GROUP = 4;
const LAM_DAY_GROUP = 5;
const MONTH_WORD_GROUP = 6;

/** Ordinal day words that start with the article, written after لل (ل + ال): `للثاني`، `للحادية والثلاثين`. */
const LAM_ORDINAL_PATTERN = alternationTree(ORDINAL_DAY_PATTERNS.map((p) => p.replace(/^ال/, '')));
const TO = matchAnyPattern(['إلى', 'الى', 'حتى']);
/** The clause ends after the number: end of text, a full stop, !, ?, or a comma. */
const CLAUSE_END_AFTER = /^\s{0,3}(?:$|[.!?؟!،,؛;:\n)])/u;
/** Nothing but the clause end, a conjunction or another date-free word follows `يوم N`: no counted noun. */
const NO_NOUN_AFTER = /^(?:\s{0,3}(?:$|[^\p{L}\p{N}\s%٪])|\s{1,3}(?:و|ثم|حين|عندما|حيث|الذي|التي|الى|حتى|في|من)(?![\p{L}]))/u;
/** A quantity in the same clause makes `إلى 27` a count. */
const QUANTITY_BEFORE = new RegExp(
  `${matchAnyPattern(['عدد', 'ارتفع', 'ارتفعت', 'ارتفاع', 'انخفض', 'انخفضت', 'انخفاض', 'تراجع', 'تراجعت', 'وصل', 'وصلت', 'يصل', 'تصل', 'بلغ', 'بلغت', 'يبلغ', 'تبلغ', 'زاد', 'زادت', 'زيادة', 'حصيلة', 'نسبة', 'رفع', 'خفض', 'قفز', 'قفزت', 'هبط', 'هبطت', 'صعد', 'صعدت', 'سعر', 'أسعار', 'مجموع', 'إجمالي', 'حوالي', 'نحو', 'رقم', 'المرتبة', 'المركز', 'الصفحة', 'الفصل', 'المادة', 'البند', 'الطابق', 'الساعة', 'الدقيقة', 'العدد', 'الرقم'])}(?![\\p{L}])[^.!?؟\\n]{0,40}$`,
  'u',
);
/** `في الثانية`، `في الحادية عشرة`: an hour of the day. */
const HOUR_ORDINAL = /^(?:ال\s{0,2})?(?:الاولي|الثانيه|الثالثه|الرابعه|الخامسه|السادسه|السابعه|الثامنه|التاسعه|العاشره|الحاديه عشر|الثانيه عشر)/u;

export default class ARBareDayParser extends AbstractParserWithWordBoundaryChecking {
  override prefilter() {
    const day = { trigger: DAY_DIGITS_TRIGGER, words: ['اول', 'فاتح', 'ثاني', 'ثالث', 'رابع', 'خامس', 'سادس', 'سابع', 'ثامن', 'تاسع', 'عاشر', 'حادي', 'واحد', 'عشرين', 'عشرون', 'ثلاثين', 'ثلاثون'] };
    // a match starts with يوم, إلى/حتى or لل, else the day number is at most six characters in
    // (`ال  الثاني`: an article, spaces and the ordinal's own article before its stem)
    return { ...day, maxLookBack: 16, anchor: { trigger: day.trigger, words: ['يوم', 'الي', 'حتي', 'لل', ...day.words], maxLookBack: 6 } };
  }

  innerPatternString(): string {
    return (
      `(?:` +
      `(يوم)\\s{1,3}(?:ال\\s{0,2})?(${DAY_NUMBER_PATTERN})` +
      `|(?:(${TO})\\s{1,3})?(?:ال\\s{0,2})?(${DAY_NUMBER_PATTERN})` +
      `|لل(${LAM_ORDINAL_PATTERN})` +
      `)` +
      `(\\s{1,3}من\\s{1,3}الشهر(?!\\s{1,3}\\p{L}))?`
    );
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray): ExtractedResult {
    const index = match.index ?? 0;
    const before = textBefore(context, index);
    const after = textAfter(context, index + match[0].length);
    const hasMonthWord = match[MONTH_WORD_GROUP] !== undefined;
    if (FRACTION_BEFORE.test(before)) return null;
    let dayText: string;
    if (match[DAY_WORD_GROUP] !== undefined) {
      dayText = match[DAY_AFTER_DAY_WORD_GROUP]!;
      if (!hasMonthWord && !NO_NOUN_AFTER.test(after)) return null;
    } else {
      const lam = match[LAM_DAY_GROUP];
      dayText = lam !== undefined ? `ال${lam}` : match[DAY_GROUP]!;
      const cued = lam !== undefined || match[TO_GROUP] !== undefined || hasMonthWord || FI_BEFORE.test(before);
      if (!cued) return null;
      if (!hasMonthWord) {
        if (!CLAUSE_END_AFTER.test(after)) return null;
        if (QUANTITY_BEFORE.test(before)) return null;
        if (lam === undefined && match[TO_GROUP] === undefined && HOUR_ORDINAL.test(dayText)) return null;
      }
    }
    const day = parseDayNumber(dayText);
    if (day === undefined || day < 1) return null;
    const ref = referenceDay(context);
    if (!isValidDay(ref.year, ref.month, day)) return null;

    const result = context.createParsingResult(index, match[0]);
    result.start.assign('day', day).imply('month', ref.month).imply('year', ref.year);
    result.addTag(precisionTag('day'));
    return result;
  }
}
