/**
 * Small bridges between chrono's components and Tarikh's calendar days, shared by the parsers.
 */
import type { ParsingComponents, ParsingContext } from 'chrono-node';
import { type CalendarDay, fromChronoDate } from '../calendar.ts';

export function referenceDay(context: ParsingContext): CalendarDay {
  return fromChronoDate(context.refDate);
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

export function textBefore(context: ParsingContext, index: number, length = 40): string {
  return context.text.substring(Math.max(0, index - length), index);
}

export function textAfter(context: ParsingContext, index: number, length = 40): string {
  return context.text.substring(index, index + length);
}
