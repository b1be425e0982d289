/**
 * English goes through chrono's own English parser; this only adds what Tarikh's output
 * needs and chrono's components do not say: that `last week` names a week, that
 * `mid-January` and `early next year` are approximate parts of a period, that
 * `between April and May` is one range, that `November of that year` takes the year told
 * before, and that a month without a year follows the same news rule as in Arabic (the
 * latest one not more than three months ahead), not chrono's nearest. And the periods chrono
 * does not read, as the Arabic locale reads them: seasons ("summer 2019", "last winter"),
 * quarters and halves ("Q3 2024", "the first half of 2023"), weekends, parts of a week ("early
 * next week"), "so far this year" and "the rest of the year", "the past three weeks", and the
 * year of a named happening ("the 2015 nuclear deal").
 */
// chrono-node/en, not the package root: the root loads every locale (230 ms at start-up against 50).
import * as chronoEn from 'chrono-node/en';
import type { Parser, ParsingComponents, ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { type CalendarDay, addDays, addMonths, daysInMonth, fromChronoDate, isoWeekStart, weekdayOf } from './calendar.ts';
import { assignDay, assignDayInterval, assignMonthInterval, assignPeriodPart, assignYear } from './calculation.ts';
import {
  type PeriodPart,
  type Season,
  dayOfWeekday,
  nearestWeekend,
  partOfWeek,
  quarterMonths,
  seasonDays,
  weekendOfWeek,
  yearOfMonth,
  yearOfMonthDay,
  yearOfSeason,
} from './resolve.ts';
import { precisionTag, periodTag, TAG_APPROXIMATE, TAG_RELATIVE, cloneWithTags, readPrecisionTag } from './tags.ts';

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
  // `this morning`, `this evening`: the reference day, as `today` is.
  if (PART_OF_TODAY.test(result.text)) {
    assignDay(result.start, fromChronoDate(result.refDate));
    for (const c of ['hour', 'minute', 'second', 'millisecond', 'meridiem'] as const) result.start.delete(c);
    result.addTag(TAG_RELATIVE);
    result.addTag(precisionTag('day'));
  }
  if (RELATIVE_WEEK.test(result.text) && !result.end) {
    // chrono's `this week` is the week starting on the Sunday before: the reference's own week is meant
    const day = /\bthis\s+week\b/i.test(result.text) ? fromChronoDate(result.refDate) : fromChronoDate(result.start.date());
    const monday = isoWeekStart(day);
    const sunday = addDays(monday, 6);
    assignDay(result.start, monday);
    result.end = assignDay(result.start.clone(), sunday);
    result.addTag(precisionTag('week'));
    result.addTag(TAG_RELATIVE);
  }
  return result;
}

const PART_OF_TODAY = /^(?:this\s+(?:morning|afternoon|evening)|tonight|earlier\s+today|later\s+today)$/i;

const WEEKEND = /\bweekend\b/i;
/**
 * chrono reads `the weekend` as its Saturday: a weekend is Saturday and Sunday. `this`, `last`
 * and `next weekend` are those of the reference's, the previous and the next week; a bare one
 * is the last (or, in a clause about the future, the coming) one.
 */
function weekend(text: string, result: ParsingResult): void {
  const ref = fromChronoDate(result.refDate);
  const direction = /\b(this|last|past|previous|next|coming)\s+weekend/i.exec(result.text)?.[1]?.toLowerCase();
  let days: [CalendarDay, CalendarDay];
  if (direction === undefined) {
    const clause = text.slice(Math.max(0, result.index - 100), result.index).split(/[.;!?,—]/).at(-1) ?? '';
    days = nearestWeekend(ref, 'saturday', FUTURE_BEFORE.test(clause) ? 1 : undefined);
  } else {
    const shift = direction === 'this' ? 0 : direction === 'next' || direction === 'coming' ? 1 : -1;
    days = weekendOfWeek(addDays(isoWeekStart(ref), 7 * shift), 'saturday');
  }
  for (const c of ['weekday', 'hour', 'minute', 'second', 'millisecond', 'meridiem'] as const) result.start.delete(c);
  assignDayInterval(result, days[0], days[1]);
  result.addTag(TAG_RELATIVE);
  result.addTag(precisionTag('range'));
  result.addTag(periodTag('weekend'));
}

/** `Law 7/2019`, `Resolution 12/2020`, `page 7/2019`: numbered texts, not months. */
const NUMBERED_BEFORE = /\b(?:law|decree|resolution|decision|order|article|no\.?|number|nos?\.|page|pages|p\.|pp\.|issue|case|file|ref\.?)\s{1,3}$/i;
function isNumberedText(text: string, result: ParsingResult): boolean {
  return /^\d{1,2}[/-]\d{4}$/.test(result.text) && NUMBERED_BEFORE.test(text.slice(Math.max(0, result.index - 16), result.index));
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

/** `the 2015 nuclear deal`, `the 2011 uprising`: the year of a named happening (the text keeps `the` until refined). */
const YEAR_OF_HAPPENING =
  /\b(the)\s((?:1[89]|20)\d{2})\s+(?:[a-z-]+\s+){0,2}(?:elections?|war|uprising|revolution|deal|agreement|accord|summit|protests?|coup|invasion|earthquake|crisis|attacks?|talks|referendum|world\s+cup|olympics|budget|constitution|ceasefire|truce|intifada|treaty|conference|floods?|massacre)\b/i;
const englishHappeningYearParser: Parser = {
  pattern: () => YEAR_OF_HAPPENING,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    return yearResult(context, match.index ?? 0, `${match[1]} ${match[2]}`, Number(match[2]));
  },
};

/** A period Tarikh reads itself: `the` stays in its text until refined, so that it outlasts chrono's shorter readings. */
const TAG_ENGLISH_PERIOD = 'tarikh/en/period';

const SEASON_WORDS: Record<string, Season> = { spring: 'spring', summer: 'summer', autumn: 'autumn', fall: 'autumn', winter: 'winter' };
const DIRECTION_WORDS: Record<string, -1 | 0 | 1> = { this: 0, current: 0, last: -1, past: -1, previous: -1, next: 1, coming: 1 };
const YEAR_DIGITS = '((?:1[89]|20)\\d{2})';

/** `summer 2019`, `the summer of 2019`, `winter 2019-20`, `last winter`, `this summer`, `next spring`. */
const SEASON = new RegExp(
  `\\b(?:(this|last|next|coming|this\\s+past|past)\\s+)?(spring|summer|autumn|fall|winter)\\b(?:\\s{1,3}(?:of\\s{1,3})?${YEAR_DIGITS}(?:\\s?[-–/]\\s?((?:1[89]|20)?\\d{2}))?\\b)?`,
  'i',
);
const englishSeasonParser: Parser = {
  pattern: () => SEASON,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const season = SEASON_WORDS[match[2]!.toLowerCase()]!;
    const ref = fromChronoDate(context.refDate);
    let year: number;
    const relative = match[3] === undefined;
    if (!relative) {
      year = Number(match[3]);
      if (match[4] !== undefined) {
        const second = match[4].length === 2 ? Math.floor(year / 100) * 100 + Number(match[4]) : Number(match[4]);
        if (season !== 'winter' || second !== year + 1) return null;
        year = second;
      }
      // `fall 2019` is a season; `the fall of Kabul` (no year, no direction) is not
    } else {
      if (match[1] === undefined) return null;
      const word = match[1].toLowerCase().replace(/\s+/g, ' ');
      const direction = word === 'this past' ? -1 : DIRECTION_WORDS[word];
      if (direction === undefined) return null;
      // `last fall` of prices, `this fall` in a price: only the season names that are no common word
      if (season === 'autumn' && match[2]!.toLowerCase() === 'fall' && direction === -1 && !/\b(?:in|during|since|until)\s+$/i.test(context.text.slice(Math.max(0, (match.index ?? 0) - 8), match.index))) return null;
      year = yearOfSeason(ref, season, direction);
    }
    const result = context.createParsingResult(match.index ?? 0, match[0]);
    const [from, to] = seasonDays(season, year);
    assignMonthInterval(result, from, to, !relative);
    if (relative) result.addTag(TAG_RELATIVE);
    result.addTag(precisionTag('range'));
    result.addTag(periodTag('season'));
    return result;
  },
};

const ORDINAL_WORDS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 0, last: 0 };
/** After a quarter or half: its year, stated or relative. */
const YEAR_AFTER = `(?:\\s{1,3}(?:of\\s{1,3})?(?:(this|last|next|the\\s+current|the)\\s+year|${YEAR_DIGITS}(?!\\d)))?`;
/**
 * `Q3 2024`, `the third quarter (of 2024)`, `third-quarter`, `last quarter` (the one before
 * this), `H1 2023`, `the first half of 2023` (a half needs its year: a match has halves too),
 * `the first nine months of the year`.
 */
const DIVISION = new RegExp(
  `\\b(?:(?:the\\s+)?(first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\\s-]quarter|Q([1-4])|(this|last|next)\\s+quarter|(?:the\\s+)?(first|second|1st|2nd)\\s+half|H([12])|(?:the\\s+)?(first|last)\\s+(three|six|nine|\\d{1,2})\\s+months)\\b${YEAR_AFTER}`,
  'i',
);
const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30 };
const englishDivisionParser: Parser = {
  pattern: () => DIVISION,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const ref = fromChronoDate(context.refDate);
    const relativeYear = match[8]?.toLowerCase().replace(/\s+/g, ' ');
    const statedYear = match[9] !== undefined ? Number(match[9]) : undefined;
    const yearOf = (firstMonth: number): { year: number; relative: boolean; inferred: boolean } =>
      statedYear !== undefined
        ? { year: statedYear, relative: false, inferred: false }
        : relativeYear !== undefined
          ? { year: ref.year + (relativeYear === 'last' ? -1 : relativeYear === 'next' ? 1 : 0), relative: true, inferred: false }
          : { year: yearOfQuarter(ref, firstMonth, isFutureClause(context.text, match.index ?? 0)), relative: false, inferred: true };
    let first: number;
    let last: number;
    let kind: 'quarter' | 'half' | undefined;
    let year: { year: number; relative: boolean; inferred: boolean };
    if (match[3] !== undefined) {
      // this, last, next quarter: counted from the reference's quarter
      if (match[8] !== undefined || match[9] !== undefined) return null;
      const start = quarterFrom(ref, DIRECTION_WORDS[match[3].toLowerCase()]!);
      first = start.month;
      last = start.month + 2;
      kind = 'quarter';
      year = { year: start.year, relative: true, inferred: false };
    } else if (match[1]?.toLowerCase() === 'last' && !/^the\s/i.test(match[0])) {
      return null; // `last quarter` is the one before this (see relativeQuarter)
    } else if (match[1] !== undefined || match[2] !== undefined) {
      const n = match[2] !== undefined ? Number(match[2]) : ORDINAL_WORDS[match[1]!.toLowerCase()]! || 4;
      [first, last] = quarterMonths(n);
      kind = 'quarter';
      year = yearOf(first);
    } else if (match[4] !== undefined || match[5] !== undefined) {
      const n = match[5] !== undefined ? Number(match[5]) : ORDINAL_WORDS[match[4]!.toLowerCase()]!;
      if (statedYear === undefined && relativeYear === undefined) return null;
      [first, last] = n === 1 ? [1, 6] : [7, 12];
      kind = 'half';
      year = yearOf(first);
    } else {
      const count = /^\d/.test(match[7]!) ? Number(match[7]) : NUMBER_WORDS[match[7]!.toLowerCase()];
      if (count === undefined || count < 2 || count > 11 || (statedYear === undefined && relativeYear === undefined)) return null;
      const fromStart = match[6]!.toLowerCase() === 'first';
      [first, last] = fromStart ? [1, count] : [13 - count, 12];
      kind = count === 3 ? 'quarter' : count === 6 ? 'half' : undefined;
      year = yearOf(first);
    }
    const result = context.createParsingResult(match.index ?? 0, match[0]);
    const y = year.year;
    assignMonthInterval(result, { year: y, month: first, day: 1 }, { year: y, month: last, day: daysInMonth(y, last) }, !year.relative && !year.inferred);
    if (year.relative) result.addTag(TAG_RELATIVE);
    result.addTag(precisionTag('range'));
    if (kind) result.addTag(periodTag(kind));
    result.addTag(TAG_ENGLISH_PERIOD);
    return result;
  },
};

/**
 * chrono's ENEndOfPeriodRefiner (`the end of March`, `last day of next month`) matches its
 * prefix pattern against all the text before each result, so its work grows with the square of
 * the text's length; this reads the END_OF_LOOKBACK characters before it instead, which hold any
 * such prefix short of a run of dozens of spaces inside it. The moving itself is chrono's.
 */
interface EndOfPeriodMoves {
  moveToEndOfRelativePeriod(context: ParsingContext, result: ParsingResult, modifier: string, period: string): void;
  moveToEndOfMonth(context: ParsingContext, result: ParsingResult): void;
}
const END_OF_BEFORE = /\b(?:last\s+day|end)\s+of\s+(?:the\s+)?$/i;
const RELATIVE_PERIOD = /^(this|last|past|next)\s*(week|month|year)$/i;
const END_OF_LOOKBACK = 64;

function isEndOfPeriodRefiner(refiner: Refiner): refiner is Refiner & EndOfPeriodMoves {
  return typeof (refiner as Partial<EndOfPeriodMoves>).moveToEndOfMonth === 'function' && typeof (refiner as Partial<EndOfPeriodMoves>).moveToEndOfRelativePeriod === 'function';
}

function boundedEndOfPeriod(chronos: EndOfPeriodMoves): Refiner {
  return {
    refine(context, results) {
      for (const result of results) {
        const prefix = END_OF_BEFORE.exec(context.text.substring(Math.max(0, result.index - END_OF_LOOKBACK), result.index));
        if (!prefix) continue;
        const relativePeriod = RELATIVE_PERIOD.exec(result.text);
        if (relativePeriod) chronos.moveToEndOfRelativePeriod(context, result, relativePeriod[1]!.toLowerCase(), relativePeriod[2]!.toLowerCase());
        else if (result.start.isCertain('month') && !result.start.isCertain('day')) chronos.moveToEndOfMonth(context, result);
        else continue;
        result.start.imply('hour', 12);
        result.start.imply('minute', 0);
        result.start.imply('second', 0);
        result.start.imply('millisecond', 0);
        if (!result.start.isCertain('timezoneOffset')) result.start.delete('timezoneOffset');
        result.index -= prefix[0].length;
        result.text = prefix[0] + result.text;
        result.addTag('refiner/ENEndOfPeriodRefiner');
      }
      return results;
    },
  };
}

/**
 * chrono's ENUnlikelyFormatFilter drops a bare `may` unless `in` stands before it, reading all
 * the text before it to see (and trimming the whole text once per result): the same rule on the
 * text just before it.
 */
const IN_BEFORE = /\bin$/i;
const MAY_LOOKBACK = 64;
const boundedUnlikelyFormat: Refiner = {
  refine(context, results) {
    const whole = context.text.trim();
    return results.filter((result) => {
      const text = result.text.trim();
      if (text === whole) return true;
      const lower = text.toLowerCase();
      if (lower === 'may' && !IN_BEFORE.test(context.text.substring(Math.max(0, result.index - MAY_LOOKBACK), result.index).trim())) return false;
      return !lower.endsWith('the second');
    });
  },
};

/**
 * `so far this year`, `this year so far`, `year to date`, `since the start of the year` (from
 * the start of the period to the reference day), `the rest of the year` (from the reference day
 * to its end).
 */
const SO_FAR = /\b(?:so\s+far\s+(?:this|in\s+the)\s+(year|month|week)|(?:this|the)\s+(year|month|week)\s+so\s+far|(year|month)[\s-]to[\s-]date|since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+(year|month|week)|(the\s+)?(?:rest|remainder)\s+of\s+(?:the|this)\s+(year|month|week))\b/i;
const englishSoFarParser: Parser = {
  pattern: () => SO_FAR,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const ref = fromChronoDate(context.refDate);
    const rest = match[6] !== undefined;
    const unit = (match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[6])!.toLowerCase();
    const start: CalendarDay = unit === 'year' ? { year: ref.year, month: 1, day: 1 } : unit === 'month' ? { ...ref, day: 1 } : isoWeekStart(ref);
    const end: CalendarDay = unit === 'year' ? { year: ref.year, month: 12, day: 31 } : unit === 'month' ? { ...ref, day: daysInMonth(ref.year, ref.month) } : addDays(isoWeekStart(ref), 6);
    const result = context.createParsingResult(match.index ?? 0, match[0]);
    assignDayInterval(result, rest ? ref : start, rest ? end : ref);
    result.addTag(TAG_RELATIVE);
    result.addTag(precisionTag('range'));
    if (!rest) result.addTag(periodTag('to-date'));
    result.addTag(TAG_ENGLISH_PERIOD);
    return result;
  },
};

const COUNT = `(\\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')}|few|several|couple\\s+of)`;
/** `the past three weeks`, `the last 12 months`, `the next ten days`, `the past few years`, `the past decade`. */
const LAST_UNITS = new RegExp(`\\b(the\\s+)?(past|last|previous|next|coming)\\s+(?:${COUNT}\\s+)?(days|weeks|months|years|decades?)\\b`, 'i');
const englishLastUnitsParser: Parser = {
  pattern: () => LAST_UNITS,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const unit = match[4]!.toLowerCase();
    const countText = match[3]?.toLowerCase().replace(/\s+/g, ' ');
    // `the past decade` is ten years; a plural needs its count (`last weeks` is no period)
    let count = countText === undefined ? (unit === 'decade' ? 1 : undefined) : /^\d/.test(countText) ? Number(countText) : countText === 'couple of' ? 2 : countText === 'few' || countText === 'several' ? 3 : NUMBER_WORDS[countText];
    if (count === undefined || count < 1 || (unit !== 'decade' && count < 2) || count > 100) return null;
    if (match[1] === undefined && countText === undefined) return null;
    const ref = fromChronoDate(context.refDate);
    const past = /^(?:past|last|previous)$/i.test(match[2]!);
    const months = unit.startsWith('decade') ? 120 * count : unit === 'years' ? 12 * count : unit === 'months' ? count : 0;
    const days = unit === 'weeks' ? 7 * count : unit === 'days' ? count : 0;
    const shift = (sign: number) => addDays(addMonths(ref, sign * months), sign * days);
    const result = context.createParsingResult(match.index ?? 0, match[0]);
    if (past) assignDayInterval(result, shift(-1), ref);
    else assignDayInterval(result, ref, shift(1));
    result.addTag(TAG_RELATIVE);
    result.addTag(precisionTag('range'));
    if (past) result.addTag(periodTag('to-date'));
    result.addTag(TAG_ENGLISH_PERIOD);
    return result;
  },
};

/**
 * `the last week of March`, `the first week of next month`, `the second half of May`, `the first
 * half of this month`: a week or half of a month. chrono reads "last week" and "March" apart (the
 * week before the publication, and the month). A week of a month is its days 1–7, 8–14, 15–21,
 * 22–28, the last its final seven; a half is days 1–15 or 16 to its end, approximate, as in
 * Arabic (`النصف الثاني من أيار`). A month without its year takes the news rule's.
 */
const NTH_OF_MONTH: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, last: -1, final: -1, latter: -1 };
const PART_OF_MONTH = () =>
  new RegExp(
    `\\b(?:the\\s{1,3})?(first|second|third|fourth|last|final|latter)\\s{1,3}(week|half)\\s{1,3}of\\s{1,3}(?:(this|last|next|the\\s{1,3}current|the\\s{1,3}coming)\\s{1,3}month|${MONTH_WORD}(?:,?\\s{1,3}((?:1[89]|20)\\d{2}))?)\\b`,
    'i',
  );
const englishPartOfMonthParser: Parser = {
  pattern: PART_OF_MONTH,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const nth = NTH_OF_MONTH[match[1]!.toLowerCase()]!;
    const half = match[2]!.toLowerCase() === 'half';
    if (half ? nth > 2 : match[1]!.toLowerCase() === 'latter') return null;
    const ref = fromChronoDate(context.refDate);
    let year: number;
    let month: number;
    const relative = match[3] !== undefined;
    const stated = match[5] !== undefined;
    if (relative) {
      const word = match[3]!.toLowerCase().replace(/^the\s+/, '');
      const target = addMonths({ ...ref, day: 1 }, DIRECTION_WORDS[word] ?? 0);
      [year, month] = [target.year, target.month];
    } else {
      month = monthNumber(match[4]!);
      if (month < 1) return null;
      year = stated ? Number(match[5]) : yearOfMonth(ref, month);
    }
    const result = context.createParsingResult(match.index ?? 0, match[0]);
    const setYear = (components: ParsingComponents) => (stated || relative ? components.assign('year', year) : components.imply('year', year));
    setYear(result.start).assign('month', month);
    if (half) {
      assignPeriodPart(result, nth === 1 ? 'firstHalf' : 'secondHalf', year, month);
    } else {
      const last = daysInMonth(year, month);
      const from = nth === -1 ? last - 6 : 7 * (nth - 1) + 1;
      result.start.assign('day', from);
      result.end = setYear(result.start.clone()).assign('month', month).assign('day', nth === -1 ? last : from + 6);
      result.addTag(precisionTag('week'));
    }
    if (relative) result.addTag(TAG_RELATIVE);
    result.addTag(TAG_ENGLISH_PERIOD);
    return result;
  },
};

/** `midweek`, `mid-week`: the middle of the reference's week. */
const MIDWEEK = /\bmid-?week\b(?!\s+(?:match|game|session|meeting|fixture))/i;
const englishMidweekParser: Parser = {
  pattern: () => MIDWEEK,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const result = context.createParsingResult(match.index ?? 0, match[0]);
    weekPart(result, isoWeekStart(fromChronoDate(context.refDate)), 'middle');
    return result;
  },
};

/** The first day of the quarter `direction` quarters from the reference's. */
function quarterFrom(ref: CalendarDay, direction: number): CalendarDay {
  return addMonths({ year: ref.year, month: 3 * Math.floor((ref.month - 1) / 3) + 1, day: 1 }, 3 * direction);
}

/**
 * The year of a quarter named without one (`the third quarter`, `Q3`): the latest that has
 * begun by the reference, as results are reported; in a clause about the future, the first
 * not yet over.
 */
function yearOfQuarter(ref: CalendarDay, firstMonth: number, future: boolean): number {
  if (future) return firstMonth + 2 >= ref.month ? ref.year : ref.year + 1;
  return firstMonth <= ref.month ? ref.year : ref.year - 1;
}

function isFutureClause(text: string, index: number): boolean {
  return FUTURE_BEFORE.test(text.slice(Math.max(0, index - 100), index).split(/[.;!?,—]/).at(-1) ?? '');
}

/** chrono reads `last quarter` as three months ago: it is the quarter before the reference's. */
function relativeQuarter(result: ParsingResult): void {
  const word = /^(this|last|next)\s+quarter$/i.exec(result.text)?.[1]?.toLowerCase();
  if (word === undefined) return;
  const start = quarterFrom(fromChronoDate(result.refDate), DIRECTION_WORDS[word]!);
  for (const c of ['weekday', 'hour', 'minute', 'second', 'millisecond', 'meridiem'] as const) result.start.delete(c);
  assignMonthInterval(result, start, { year: start.year, month: start.month + 2, day: daysInMonth(start.year, start.month + 2) }, false);
  result.addTag(TAG_RELATIVE);
  result.addTag(precisionTag('range'));
  result.addTag(periodTag('quarter'));
}

/** A part of the week that starts on `monday`: approximate, the days of the part. */
function weekPart(result: ParsingResult, monday: CalendarDay, part: PeriodPart): void {
  const [from, to] = partOfWeek(part);
  assignDayInterval(result, addDays(monday, from), addDays(monday, to));
  result.addTag(precisionTag('week'));
  result.addTag(TAG_APPROXIMATE);
  result.addTag(TAG_RELATIVE);
}

/**
 * chrono's English casual parser with Tarikh's English parsers added, and the two refiners that
 * read all the text before a result bounded. chrono's casual configuration puts the end-of-period
 * refiner first and the English format filter last (chrono-node 2.10.3); anything else fails
 * loudly here rather than leaving a quadratic refiner in place.
 */
export const englishChrono = (() => {
  const parser = chronoEn.casual.clone();
  parser.parsers.push(
    englishYearParser,
    englishHappeningYearParser,
    englishSeasonParser,
    englishDivisionParser,
    englishSoFarParser,
    englishLastUnitsParser,
    englishMidweekParser,
    englishPartOfMonthParser,
  );
  const refiners = parser.refiners;
  const [first, last] = [refiners[0]!, refiners[refiners.length - 1]!];
  const common = chronoEn.configuration.createConfiguration(false, false).refiners.length;
  if (!isEndOfPeriodRefiner(first) || !('isValid' in last) || 'strictMode' in last || refiners.length !== common + 2) {
    throw new Error('chrono-node: the English casual refiners are not where Tarikh expects them (ENEndOfPeriodRefiner first, ENUnlikelyFormatFilter last)');
  }
  // chrono moves a month it reads after `end of` to its last day; a period of whole months
  // (`the end of the third quarter`) is Tarikh's, whole, and a deadline rule reads the words before it
  const endOfPeriod = boundedEndOfPeriod(first);
  const endOfPeriodSkippingPeriods: Refiner = {
    refine: (context, results) => {
      endOfPeriod.refine(context, results.filter((result) => !result.tags().has(TAG_ENGLISH_PERIOD)));
      return results;
    },
  };
  parser.refiners = [endOfPeriodSkippingPeriods, ...refiners.slice(1, -1), boundedUnlikelyFormat];
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

/**
 * `the last week of the campaign`, `the final year of his term`: a part of something the text
 * names, not the week or year before the publication (a month's week is read whole above).
 */
const PERIOD_OF = /^(?:last|final|first|next)\s+(?:week|month|year)$/i;
const OF_AFTER = /^\s{1,3}of\b/i;
function isPartOfSomething(text: string, result: ParsingResult): boolean {
  return PERIOD_OF.test(result.text.trim()) && OF_AFTER.test(text.slice(result.index + result.text.length, result.index + result.text.length + 8));
}

/**
 * `the morning of March 3`, `the night of 3 March`: chrono merges its time of day with the date
 * and loses the date (no component left known). The date after `of` is read alone, and the
 * mention keeps its time of day, as `Tuesday night` does.
 */
const PART_OF_DAY_OF = /^(?:the\s+)?(?:morning|afternoon|evening|night|early\s+hours)\s+of\s+(?:the\s+)?/i;
function partOfDayOf(result: ParsingResult): ParsingResult {
  const lead = PART_OF_DAY_OF.exec(result.text);
  if (!lead || (['year', 'month', 'day', 'weekday'] as const).some((component) => result.start.isCertain(component))) return result;
  const [date] = englishChrono.parse(result.text.slice(lead[0].length), result.refDate) as ParsingResult[];
  if (!date || date.index !== 0) return result;
  date.index = result.index;
  date.text = lead[0] + date.text;
  return date;
}

const DAY_PART_BEFORE = /\b(?:early|late|overnight)\s+$/i;
const WEEKDAY_ALONE = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;

/** The index of the first result (of results sorted by index) at or after `offset`. */
function firstAtOrAfter(results: ParsingResult[], offset: number): number {
  let lo = 0;
  let hi = results.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (results[mid]!.index < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** chrono's results for an English text, refined one by one and then in context. */
export function refineEnglishResults(text: string, results: ParsingResult[]): ParsingResult[] {
  let out = results
    .filter((result) => !NOT_A_DATE.test(result.text.trim()) && !isNumberedText(text, result) && !isPartOfSomething(text, result))
    .map(partOfDayOf)
    .map(refineEnglishResult)
    .sort((a, b) => a.index - b.index);
  for (const result of out) {
    if (result.tags().has(TAG_ENGLISH_PERIOD) && /^the\s+/i.test(result.text)) {
      const lead = /^the\s+/i.exec(result.text)![0].length;
      result.index += lead;
      result.text = result.text.slice(lead);
    }
    if (WEEKEND.test(result.text)) weekend(text, result);
    relativeQuarter(result);
  }
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

  // `early Tuesday`, `late Monday`, `overnight Sunday` (wire style): the part of the day is the date's.
  for (const result of out) {
    if (!WEEKDAY_ALONE.test(result.text)) continue;
    const part = DAY_PART_BEFORE.exec(text.slice(Math.max(0, result.index - 12), result.index));
    if (!part) continue;
    result.index -= part[0].length;
    result.text = part[0] + result.text;
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

  // Ranges of months. The results (in text order) inside each match are found by binary search,
  // and replaced once for all matches: matches do not overlap, so none holds another's range.
  const replaced = new Set<ParsingResult>();
  const ranges: ParsingResult[] = [];
  for (const match of text.matchAll(MONTH_RANGE)) {
    const start = match.index;
    const end = start + match[0].length;
    const inside: ParsingResult[] = [];
    for (let i = firstAtOrAfter(out, start); i < out.length && out[i]!.index <= end; i++) {
      if (out[i]!.index + out[i]!.text.length <= end) inside.push(out[i]!);
    }
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
    for (const result of inside) replaced.add(result);
    ranges.push(range);
  }
  if (ranges.length) out = [...out.filter((result) => !replaced.has(result)), ...ranges];
  out.sort((a, b) => a.index - b.index);

  // Parts of a month or a year, or of a week (`early next week`, `the end of this week`).
  for (const result of out) {
    if (result.end && readPrecisionTag(result.tags()) === 'week' && !result.tags().has(TAG_APPROXIMATE)) {
      const before = PART_BEFORE.exec(text.slice(Math.max(0, result.index - 24), result.index));
      const inText = /^(?:the\s{1,3})?(beginning|start|middle|end)\s{1,3}of\s{1,3}/i.exec(result.text);
      const word = (before?.[1] ?? before?.[2] ?? inText?.[1])?.toLowerCase();
      if (!word) continue;
      if (before) {
        result.index -= before[0].length;
        result.text = before[0] + result.text;
      }
      const part = word === 'early' || word === 'beginning' || word === 'start' ? 'early' : word === 'mid' || word === 'middle' ? 'middle' : 'late';
      weekPart(result, fromChronoDate(result.start.date()), part);
      continue;
    }
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
