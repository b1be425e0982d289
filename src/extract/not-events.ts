/**
 * Date mentions that do not date a happening: a dateline, "to this day", a deadline, a day
 * that comes back every year, a figure measured over a period. Each rule reads a few words
 * around the mention (a statistic, its clause), normalized (ى→ي, ة→ه, أ/إ→ا) through the
 * paragraph's one normalization.
 */
import type { DateMention } from './dates/types.ts';
import type { Clause, Span } from './clause.ts';
import type { ParagraphText } from './paragraph-text.ts';

/** Date phrases that mean "nowadays", "to this day" rather than a day. */
const GENERIC_TODAY_BEFORE = /(?:حتي|لغايه|الي|عالم|until|to|of)\s*$/iu;
/**
 * A period named as a deadline or a horizon, not a happening: `قبل نهاية العام الجاري`،
 * `بحلول عام 2030`، `by 2030`, `before the end of the year`.
 */
const DEADLINE_BEFORE = /(?:^|\s)(?:قبل|بحلول|مع حلول|by|before)\s*$/iu;
/** A day that comes back every year (`في 8 فيفري من كل سنة`، `every March 8`): a commemoration, not a happening. */
const RECURRING_AFTER = /^\s{0,3}(?:من\s{1,3})?(?:كل|كـل)\s{1,3}(?:عام|سنه|شهر|اسبوع)|^\s{0,3}(?:سنويا|of\s{1,3}(?:each|every)\s{1,3}year|each\s{1,3}year|every\s{1,3}year)/iu;
const RECURRING_BEFORE = /(?:^|\s)(?:every|each)\s{1,3}$/iu;
const DATELINE_AFTER = /^\s*(?:\([^)]{1,40}\)\s*)?[-–—]/u;
/** A dateline opens its paragraph: at most this many words stand before its date. */
const DATELINE_MAX_WORDS_BEFORE = 3;
const WORD = /\S+/g;

/** A mention at the head of a paragraph in "CITY, DATE (AGENCY) -" form is a dateline (a byline paragraph's date is one too). */
export function isDateline(text: string, mention: Span, byline: boolean): boolean {
  WORD.lastIndex = 0;
  let words = 0;
  for (let match = WORD.exec(text); match && match.index < mention.start; match = WORD.exec(text)) {
    if (++words > DATELINE_MAX_WORDS_BEFORE) return false;
  }
  return byline || DATELINE_AFTER.test(text.slice(mention.end));
}

export function isGenericToday(paragraph: ParagraphText, mention: DateMention, at: Span): boolean {
  if (mention.precision !== 'day' || !mention.relative) return false;
  return GENERIC_TODAY_BEFORE.test(paragraph.normalizedBefore(at.start, 12));
}

export function isRecurring(paragraph: ParagraphText, mention: DateMention, at: Span): boolean {
  if (mention.precision !== 'day' || mention.relative) return false;
  return RECURRING_AFTER.test(paragraph.normalizedAfter(at.end, 24)) || RECURRING_BEFORE.test(paragraph.text.slice(Math.max(0, at.start - 8), at.start));
}

export function isDeadline(paragraph: ParagraphText, mention: DateMention, at: Span): boolean {
  if (!mention.approximate && mention.precision !== 'year') return false;
  return DEADLINE_BEFORE.test(paragraph.normalizedBefore(at.start, 16));
}

/**
 * A figure measured over a year or a month (`بلغت المبادلات خلال سنة 2024 أزيد من 400 مليون
 * دولار`، `exports rose 12 percent in 2024`): a statistic, not a happening.
 */
const MEASURE_VERB = /(?:^|\s)[وف]?(?:بلغ|بلغت|ارتفع|ارتفعت|تراجع|تراجعت|انخفض|انخفضت|سجل|سجلت|نما|نمت|تجاوز|تجاوزت|ناهز|ناهزت|reached|rose|fell|grew|totall?ed|exceeded|climbed|dropped)(?:\s|$)/iu;
const QUANTITY = /\d[\d.,]*\s{0,2}(?:%|مليون|مليار|الف|في\s{1,2}الما?[ئي]ه|بالما?[ئي]ه|percent|per\s{1,2}cent|million|billion|trillion)/iu;

export function isStatistic(mention: DateMention, clause: Clause): boolean {
  if (mention.precision !== 'year' && mention.precision !== 'month') return false;
  if (clause.statesFigure === undefined) {
    const text = clause.normalized;
    clause.statesFigure = MEASURE_VERB.test(text) && QUANTITY.test(text);
  }
  return clause.statesFigure;
}
