/**
 * Small bridges between chrono's components and Tarikh's calendar days, shared by the Arabic
 * parsers and refiners and the English refinements (as chrono's `calculation/` is by its
 * locales).
 */
import type { ParsingComponents, ParsingContext, ParsingOption, ParsingResult } from 'chrono-node';
import { type CalendarDay, daysInMonth, fromChronoDate } from './calendar.ts';
import { type PeriodPart, partOfMonth, partOfYear } from './resolve.ts';
import { TAG_APPROXIMATE, precisionTag } from './tags.ts';

export function referenceDay(context: ParsingContext): CalendarDay {
  return fromChronoDate(context.refDate);
}

/** What Tarikh tells its parsers beside chrono's options. */
export interface TarikhParsingOption extends ParsingOption {
  /** The reference is the text's (publication) date, not a stand-in to compute with. */
  referenceKnown?: boolean;
}

/** Whether the reference is the text's own date: only then may it choose between two readings of what the text states. */
export function isReferenceKnown(context: ParsingContext): boolean {
  return (context.option as TarikhParsingOption).referenceKnown === true;
}

/** The day the components hold (stated or implied); every part must be there. */
export function dayOf(components: ParsingComponents): CalendarDay {
  return { year: components.get('year')!, month: components.get('month')!, day: components.get('day')! };
}

/** What the text states. */
export function assignDay(components: ParsingComponents, day: CalendarDay): ParsingComponents {
  components.assign('year', day.year);
  components.assign('month', day.month);
  components.assign('day', day.day);
  return components;
}

/** What comes from the reference date rather than the text. */
export function implyDay(components: ParsingComponents, day: CalendarDay): ParsingComponents {
  components.imply('year', day.year);
  components.imply('month', day.month);
  components.imply('day', day.day);
  return components;
}

/** A whole year the result names: the year, its first day implied, precision year. */
export function assignYear(result: ParsingResult, year: number): ParsingResult {
  result.start.assign('year', year).imply('month', 1).imply('day', 1);
  result.addTag(precisionTag('year'));
  return result;
}

/**
 * Makes a result of a month (when `month` is given) or a year a part of it (`أوائل آذار`,
 * `mid-January`, `أواخر 2023`): approximate, its start and end the first and last day of the
 * part, implied (the text states only the period).
 */
export function assignPeriodPart(result: ParsingResult, part: PeriodPart, year: number, month?: number): void {
  const end = result.start.clone();
  if (month !== undefined) {
    const [from, to] = partOfMonth(part, year, month);
    result.start.imply('day', from);
    end.imply('year', year).imply('month', month).imply('day', to);
    result.addTag(precisionTag('month'));
  } else {
    const [from, to] = partOfYear(part);
    result.start.imply('month', from).imply('day', 1);
    end.imply('year', year).imply('month', to).imply('day', daysInMonth(year, to));
    result.addTag(precisionTag('year'));
  }
  result.end = end;
  result.addTag(TAG_APPROXIMATE);
}

export function textBefore(context: ParsingContext, index: number, length = 40): string {
  return context.text.substring(Math.max(0, index - length), index);
}

export function textAfter(context: ParsingContext, index: number, length = 40): string {
  return context.text.substring(index, index + length);
}

/**
 * An interval of whole months (a season, a quarter, a half of a year): the months the text
 * names are stated, their days implied; the year stated only when the text gives it.
 */
export function assignMonthInterval(result: ParsingResult, from: CalendarDay, to: CalendarDay, yearStated: boolean): void {
  const start = result.start;
  if (yearStated) start.assign('year', from.year);
  else start.imply('year', from.year);
  start.assign('month', from.month).imply('day', 1);
  const end = start.clone();
  if (yearStated) end.assign('year', to.year);
  else end.imply('year', to.year);
  end.assign('month', to.month).imply('day', to.day);
  result.end = end;
}

/** An interval from one day to another, both resolved (a weekend, "the past three weeks"). */
export function assignDayInterval(result: ParsingResult, from: CalendarDay, to: CalendarDay): void {
  assignDay(result.start, from);
  result.end = assignDay(result.start.clone(), to);
}
