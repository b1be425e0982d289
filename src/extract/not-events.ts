/**
 * Date mentions that do not date a happening: "to this day", a deadline, a day that comes back
 * every year, a figure measured over a period, a tally up to the publication day (datelines and
 * publication lines: dateline.ts). Each rule reads a few words around the mention (a statistic,
 * its clause), normalized (ى→ي, ة→ه, أ/إ→ا) through the paragraph's one normalization.
 */
import type { DateMention } from './dates/types.ts';
import { countContentWords, firstEndingAfter, type Clause, type Span } from './clause.ts';
import type { ParagraphText } from './paragraph-text.ts';

/** Date phrases that mean "nowadays", "to this day" rather than a day. */
const GENERIC_TODAY_BEFORE = /(?:حتي|لغايه|الي|عالم|until|to|of)\s*$/iu;
/**
 * A period named as a deadline or a horizon, not a happening: `قبل نهاية العام الجاري`،
 * `بحلول عام 2030`، `قبل نهاية الربع الأول من 2026`، `by 2030`, `before the end of the year`.
 */
const DEADLINE_BEFORE = /(?:^|\s)(?:(?:قبل|بحلول|مع حلول)(?:\s{1,3}(?:نهايه|انتهاء))?|(?:by|before)(?:\s+the)?(?:\s+end\s+of(?:\s+the)?)?)\s*$/iu;
/** A day that comes back every year (`في 8 فيفري من كل سنة`، `every March 8`): a commemoration, not a happening. */
const RECURRING_AFTER = /^\s{0,3}(?:من\s{1,3})?(?:كل|كـل)\s{1,3}(?:عام|سنه|شهر|اسبوع)|^\s{0,3}(?:سنويا|of\s{1,3}(?:each|every)\s{1,3}year|each\s{1,3}year|every\s{1,3}year)/iu;
const RECURRING_BEFORE = /(?:^|\s)(?:every|each)\s{1,3}$/iu;

export function isGenericToday(paragraph: ParagraphText, mention: DateMention, at: Span): boolean {
  if (mention.precision !== 'day' || !mention.relative) return false;
  return GENERIC_TODAY_BEFORE.test(paragraph.normalizedBefore(at.start, 12));
}

export function isRecurring(paragraph: ParagraphText, mention: DateMention, at: Span): boolean {
  if (mention.precision !== 'day' || mention.relative) return false;
  return RECURRING_AFTER.test(paragraph.normalizedAfter(at.end, 24)) || RECURRING_BEFORE.test(paragraph.text.slice(Math.max(0, at.start - 8), at.start));
}

export function isDeadline(paragraph: ParagraphText, mention: DateMention, at: Span): boolean {
  // a year, a part of a period, or a named period (`بحلول الربع الثالث`، `before the summer of 2026`)
  if (!mention.approximate && mention.precision !== 'year' && mention.period === undefined) return false;
  return DEADLINE_BEFORE.test(paragraph.normalizedBefore(at.start, 24));
}

/**
 * A period up to the publication day (`منذ بداية العام`، `خلال الأشهر الأربعة الماضية`، "so far
 * this year", "over the past three weeks") frames a tally or a state that goes on (`قتل 300
 * مدني منذ بداية العام`، `التقيا ثلاث مرات خلال الأشهر الأربعة الماضية`), not one happening.
 * Except a short recent window told of one happening (`happening`: the clause names a visit, a
 * meeting, a strike…, not a statement), with nothing counted outside the date (`زار وفد مصري
 * الخرطوم خلال الأيام القليلة الماضية`, "officials held talks over the past few days"): the
 * happening took place in that window, which dates it as a range.
 */
export function isRunningTally(mention: DateMention, clause: Clause, at: Span, happening: boolean): boolean {
  if (mention.period !== 'to-date') return false;
  if (!happening || !mention.startDate || !mention.endDate) return true;
  if (Date.parse(mention.endDate) - Date.parse(mention.startDate) > SHORT_WINDOW_DAYS * DAY_MS) return true;
  const text = clause.text;
  const outside = `${text.slice(0, Math.max(0, at.start - clause.start))} ${text.slice(Math.max(0, at.end - clause.start))}`;
  return COUNTED.test(outside);
}

/** The longest window up to the publication day that may date one happening: about a month. */
const SHORT_WINDOW_DAYS = 31;
const DAY_MS = 86_400_000;
/** A count or a repetition: the window frames a tally (`قتل 50`، `ثلاث مرات`، `مرارا`، "twice", "dozens"). */
const COUNTED =
  /[\d\u0660-\u0669\u06F0-\u06F9]|(?<![\p{L}])[وف]?(?:اثنان|اثنين|ثلاث|ثلاثة|أربع|أربعة|اربع|اربعة|خمس|خمسة|ست|ستة|سبع|سبعة|ثماني|ثمانية|تسع|تسعة|عشر|عشرة|عشرات|مئات|آلاف|الاف|مرة|مرات|مرتين|مرتان|مرارا|مراراً|عدة|عدد)(?![\p{L}])|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds|thousands|twice|times|repeatedly|several|multiple|series)\b/iu;

/**
 * The baseline of a comparison: `أول زيارة من نوعها منذ عام 2017`، "their highest level since 2022",
 * "for the first time since 2019". The date after since/منذ only measures how rare the happening
 * is; what happened then is not told (not where, not what), so it is no event of its own. A
 * since-date without a first or a superlative before it (`قطعت العلاقات منذ 2016`) still dates
 * the start of what goes on.
 */
export function isBaseline(paragraph: ParagraphText, clause: Span, at: Span): boolean {
  const before = paragraph.normalizedSlice(Math.max(clause.start, at.start - BASELINE_REACH), at.start);
  const since = SINCE_BEFORE.exec(before);
  return since !== null && SUPERLATIVE.test(before.slice(0, since.index));
}

/** How far before its date (characters, within its clause) a baseline's first or superlative may stand. */
const BASELINE_REACH = 80;
const SINCE_BEFORE = /(?:^|\s)(?:[وف]?منذ|since)\s+(?:(?:عام|العام|سنه|the\s+year)\s+)?$/iu;
/** First, only, and the superlatives news compares with (normalized: اول for أول). */
const SUPERLATIVE =
  /(?:^|\s)[وفبلك]?(?:ال)?(?:اول|اولي|اعلي|ادني|اكبر|اسوا|اطول|افضل|اقل|اكثر|اسرع|ارفع|اشد|اخطر|اعنف|ادمي)(?=\s|$)|\b(?:first|only|highest|lowest|largest|biggest|worst|best|longest|fastest|strongest|deadliest|heaviest|most|least|fewest)\b/iu;

/**
 * A figure measured over a year or a month (`بلغت المبادلات خلال سنة 2024 أزيد من 400 مليون
 * دولار`، `exports rose 12 percent in 2024`): a statistic, not a happening.
 */
const MEASURE_VERB = /(?:^|\s)[وف]?(?:بلغ|بلغت|ارتفع|ارتفعت|تراجع|تراجعت|انخفض|انخفضت|سجل|سجلت|نما|نمت|تجاوز|تجاوزت|ناهز|ناهزت|reached|rose|fell|grew|totall?ed|exceeded|climbed|dropped)(?:\s|$)/iu;
const QUANTITY = /\d[\d.,]*\s{0,2}(?:%|مليون|مليار|الف|في\s{1,2}الما?[ئي]ه|بالما?[ئي]ه|percent|per\s{1,2}cent|million|billion|trillion)/iu;

export function isStatistic(mention: DateMention, clause: Clause): boolean {
  // over a year, a month, a quarter, a season… (`نما الاقتصاد 3% في الربع الثالث`), not a day or a week
  if (mention.precision !== 'year' && mention.precision !== 'month' && mention.precision !== 'range' && mention.precision !== 'decade') return false;
  if (clause.statesFigure === undefined) {
    const text = clause.normalized;
    clause.statesFigure = MEASURE_VERB.test(text) && QUANTITY.test(text);
  }
  return clause.statesFigure;
}

/**
 * A clause that says nothing but dates (`3-4-2020 و2020/5/6، 7/8/2021 ثم 9-10-2022`: a list, a
 * table or a chronology flattened into text): no content word outside its date phrases, so no
 * happening to tell. `dates` are the paragraph's date spans in text order; each clause is read
 * once (its dates and the gaps between them), so a clause of thousands of dates costs its length.
 */
export function isDateList(clause: Clause, dates: readonly Span[]): boolean {
  if (clause.onlyDates !== undefined) return clause.onlyDates;
  const first = firstEndingAfter(dates, clause.start);
  const tells = (start: number, end: number) => countContentWords(clause.paragraph, start, end, 1) > 0 && !isConnector(clause.paragraph.text.slice(start, end));
  let from = clause.start;
  let content = false;
  for (let i = first; i < dates.length && dates[i]!.start < clause.end && !content; i++) {
    content = tells(from, Math.min(dates[i]!.start, clause.end));
    from = Math.max(from, dates[i]!.end);
  }
  if (!content) content = tells(from, clause.end);
  clause.onlyDates = !content;
  return clause.onlyDates;
}

/** What joins the dates of a list: `ثم`، `أو`، `إلى`, "then", "or", "to" (with `و` glued on, punctuation around). */
const CONNECTOR = /^[\s،,؛;:.\-–—/()]*(?:(?:(?:و|ف)?(?:ثم|او|أو|إلى|الى|حتى|بين)|then|or|to|until|through|and)[\s،,؛;:.\-–—/()]+){0,2}$/iu;
const CONNECTOR_MAX_LENGTH = 20;
function isConnector(gap: string): boolean {
  return gap.length <= CONNECTOR_MAX_LENGTH && CONNECTOR.test(gap);
}
