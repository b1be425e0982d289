/**
 * English goes through chrono's own English parser; this only adds what Tarikh's output
 * needs and chrono's components do not say: that `last week` names a week, that
 * `mid-January` and `early next year` are approximate parts of a period, that
 * `between April and May` is one range, that `November of that year` takes the year told
 * before, and that a month without a year follows the same news rule as in Arabic (the
 * latest one not more than three months ahead), not chrono's nearest.
 */
// chrono-node/en, not the package root: the root loads every locale (230 ms at start-up against 50).
import * as chronoEn from 'chrono-node/en';
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { addDays, fromChronoDate, isoWeekStart, weekdayOf } from './calendar.ts';
import { assignDay, assignPeriodPart, assignYear } from './calculation.ts';
import { dayOfWeekday, yearOfMonth, yearOfMonthDay } from './resolve.ts';
import { precisionTag, TAG_RELATIVE, cloneWithTags } from './tags.ts';

/** A weekday with a direction word is left to chrono; a bare one ("on Sunday") is news' past. */
const WEEKDAY_DIRECTION = /\b(?:next|last|this|coming|previous|past|following)\b/i;

const RELATIVE_WEEK = /\b(?:last|next|this|previous|past|coming)\s+week\b/i;

/** chrono sometimes keeps the preposition (`On 18 February`); the mention is the date alone, as in Arabic. */
const LEADING_PREPOSITION = /^(?:on|in|at)\s+(?=\S)/i;

function refineEnglishResult(result: ParsingResult): ParsingResult {
  const preposition = LEADING_PREPOSITION.exec(result.text);
  if (preposition) {
    result.index += preposition[0].length;
    result.text = result.text.slice(preposition[0].length);
  }
  // chrono leaves a bare weekday's day implied, which would read as a year; news means the
  // most recent such day (today included), as the Arabic locale does.
  if (result.start.isCertain('weekday') && !result.start.isCertain('day')) {
    const ref = fromChronoDate(result.refDate);
    let day = fromChronoDate(result.start.date());
    if (!WEEKDAY_DIRECTION.test(result.text)) {
      const weekday = result.start.get('weekday') ?? weekdayOf(day);
      day = dayOfWeekday(ref, weekday);
    }
    assignDay(result.start, day);
    result.addTag(TAG_RELATIVE);
  }
  if (RELATIVE_WEEK.test(result.text) && !result.end) {
    const monday = isoWeekStart(fromChronoDate(result.start.date()));
    const sunday = addDays(monday, 6);
    assignDay(result.start, monday);
    result.end = assignDay(result.start.clone(), sunday);
    result.addTag(precisionTag('week'));
  }
  return result;
}

/** `in 2015`, `since 2014`, `late 2024`: a year news writes without a month, which chrono does not read. */
const YEAR_AFTER_WORD =
  /\b(in|since|during|from|until|till|through|by|before|after|around|early|late|mid|of|the year)[\s-]{1,3}((?:1[89]|20)\d{2})\b(?![-–\/.,]?\d)(?!\s{0,2}(?:km|kilomet|miles|dollars|euros|pounds|percent|per cent|%|tons|tonnes|times|votes|feet|meters|metres))/i;
const englishYearParser: Parser = {
  pattern: () => YEAR_AFTER_WORD,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    // chrono drops a result whose text is only digits, so the word before stays in it until refined.
    return yearResult(context, match.index ?? 0, match[0], Number(match[2]));
  },
};
const TAG_ENGLISH_YEAR = 'tarikh/en/year';
function yearResult(context: ParsingContext, index: number, text: string, year: number): ParsingResult {
  const result = context.createParsingResult(index, text);
  assignYear(result, year);
  result.addTag(TAG_ENGLISH_YEAR);
  return result;
}

/** chrono's English casual parser with the year parser added. */
export const englishChrono = (() => {
  const parser = chronoEn.casual.clone();
  parser.parsers.push(englishYearParser);
  return parser;
})();

/**
 * What chrono reads as a date but news means otherwise: `three weeks after the speech`, `two
 * days later` (counted from a happening, not from the publication), `for two days`, `within a
 * week` (durations), `now` (the present, not a day).
 */
const NOT_A_DATE = /^(?:(?:for|within|over|during)\s.*|.*\b(?:after|later|before|earlier)|(?:right\s)?now)$/i;

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_WORD = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
function monthNumber(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MONTHS.findIndex((name) => name.startsWith(w.slice(0, 3))) + 1;
}

/** `between April and May (2024)`, `from April to June`: chrono reads one month (May is also a verb) or none. */
const MONTH_RANGE = new RegExp(`\\b(?:between|from)\\s{1,3}${MONTH_WORD}(?:\\s{1,3}(\\d{4}))?\\s{1,3}(?:and|to|until|through)\\s{1,3}${MONTH_WORD}(?:,?\\s{1,3}(\\d{4}))?\\b`, 'gi');
/** `mid-January`, `early next year`, `the end of March`, `late 2024`. */
const PART_BEFORE = /(?:\b(early|mid|late)[-\s]{1,2}|\b(?:the\s{1,3})?(beginning|start|middle|end)\s{1,3}of\s{1,3})$/i;
/** `November of that year`, `in March the same year`. */
const THAT_YEAR_AFTER = /^\s{0,3}(?:of\s{1,3})?(?:that|the\s{1,3}same)\s{1,3}year\b/i;
const FUTURE_BEFORE = /\b(?:will|would|shall|'ll|is to|are to|due to|plans? to|planned to|expected to|scheduled to|set to|going to)\b/i;
const DIRECTION = /\b(?:next|last|this|coming|previous|past)\b/i;

function isMonthOnly(result: ParsingResult): boolean {
  return result.start.isCertain('month') && !result.start.isCertain('year') && !result.end && !DIRECTION.test(result.text);
}

/** chrono's results for an English text, refined one by one and then in context. */
export function refineEnglishResults(text: string, results: ParsingResult[]): ParsingResult[] {
  let out = results
    .filter((result) => !NOT_A_DATE.test(result.text.trim()))
    .map(refineEnglishResult)
    .sort((a, b) => a.index - b.index);
  for (const result of out) {
    const trimmed = result.text.replace(/(?:[\s,]|\s+of)+$/i, '');
    result.text = trimmed;
    // `in 2015` → `2015`; `late 2024` keeps its word for the part below.
    if (result.tags().has(TAG_ENGLISH_YEAR)) {
      const lead = /^(?!early|late|mid)[a-z]+(?:\s+year)?[\s-]+/i.exec(result.text);
      if (lead) {
        result.index += lead[0].length;
        result.text = result.text.slice(lead[0].length);
      }
    }
  }

  // A bare weekday told in the future tense (`he would travel to Riyadh on Monday`) is the next one.
  for (const result of out) {
    if (!result.start.isCertain('weekday') || !result.tags().has(TAG_RELATIVE) || WEEKDAY_DIRECTION.test(result.text)) continue;
    const clause = text.slice(Math.max(0, result.index - 100), result.index).split(/[.;!?,—]/).at(-1) ?? '';
    if (!FUTURE_BEFORE.test(clause)) continue;
    const day = dayOfWeekday(fromChronoDate(result.refDate), result.start.get('weekday')!, 1);
    assignDay(result.start, day);
  }

  // A month without a year: the news rule, or the year the text just told (`of that year`).
  let lastYear: number | null = null;
  for (const result of out) {
    if (isMonthOnly(result)) {
      const ref = fromChronoDate(result.refDate);
      const month = result.start.get('month')!;
      const after = text.slice(result.index + result.text.length);
      const that = THAT_YEAR_AFTER.exec(after);
      if (that && lastYear !== null) {
        result.text += after.slice(0, that[0].length);
        result.start.assign('year', lastYear);
      } else {
        const year = result.start.isCertain('day') ? yearOfMonthDay(ref, month, result.start.get('day')!) : yearOfMonth(ref, month);
        result.start.imply('year', year);
      }
    }
    if (result.start.isCertain('year')) lastYear = result.start.get('year')!;
  }

  // Ranges of months.
  for (const match of text.matchAll(MONTH_RANGE)) {
    const start = match.index;
    const end = start + match[0].length;
    const inside = out.filter((r) => r.index >= start && r.index + r.text.length <= end);
    const base = inside[0];
    if (!base) continue;
    const from = monthNumber(match[1]!);
    const to = monthNumber(match[3]!);
    const ref = fromChronoDate(base.refDate);
    const statedFrom = match[2] ? Number(match[2]) : match[4] ? Number(match[4]) - (to < from ? 1 : 0) : undefined;
    const fromYear = statedFrom ?? yearOfMonth(ref, from);
    const toYear = match[4] ? Number(match[4]) : fromYear + (to < from ? 1 : 0);
    const range = cloneWithTags(base);
    range.index = start + match[0].search(/\s/) + 1;
    range.text = text.slice(range.index, end);
    for (const c of ['day', 'weekday'] as const) range.start.delete(c);
    range.start.assign('month', from).imply('day', 1);
    if (statedFrom !== undefined) range.start.assign('year', fromYear);
    else range.start.imply('year', fromYear);
    range.end = range.start.clone();
    range.end.assign('month', to).imply('day', 1);
    if (match[4]) range.end.assign('year', toYear);
    else range.end.imply('year', toYear);
    out = out.filter((r) => !inside.includes(r));
    out.push(range);
  }
  out.sort((a, b) => a.index - b.index);

  // Parts of a month or a year.
  for (const result of out) {
    if (result.end) continue;
    // chrono reads `the end of June` as 30 June; news means late June.
    const partOf = /^(?:the\s{1,3})?(beginning|start|middle|end)\s{1,3}of\s{1,3}/i.exec(result.text);
    if (partOf && result.start.isCertain('month')) result.start.delete(['day', 'weekday']);
    if (result.start.isCertain('day')) continue;
    const before = PART_BEFORE.exec(text.slice(Math.max(0, result.index - 24), result.index));
    const inText = /^(early|mid|late)[-\s]{1,2}/i.exec(result.text) ?? partOf;
    const word = (before?.[1] ?? before?.[2] ?? inText?.[1])?.toLowerCase();
    if (!word) continue;
    const part = word === 'early' || word === 'beginning' || word === 'start' ? 'early' : word === 'mid' || word === 'middle' ? 'middle' : 'late';
    if (before) {
      result.index -= before[0].length;
      result.text = before[0] + result.text;
    }
    assignPeriodPart(result, part, result.start.get('year')!, result.start.isCertain('month') ? result.start.get('month')! : undefined);
  }
  return out;
}
