/**
 * Calendar days of the events document as instants for the time scale.
 * Days are local midnights so that d3's scaleTime ticks (local time) fall on day boundaries.
 */
import type { TimelineEvent } from '../../events/index.ts';

export const DAY = 86_400_000;

/** Local midnight of a YYYY-MM-DD day, in ms. */
export function dayToTime(isoDay: string): number {
  const y = Number(isoDay.slice(0, 4));
  const m = Number(isoDay.slice(5, 7));
  const d = Number(isoDay.slice(8, 10));
  if (y >= 100) return new Date(y, m - 1, d).getTime();
  const date = new Date(0); // years 0–99: the Date constructor would read them as 19xx
  date.setFullYear(y, m - 1, d);
  date.setHours(0, 0, 0, 0);
  return date.getTime();
}

/** Local midnight after `time` plus `days` calendar days (DST-safe). */
export function addDays(time: number, days: number): number {
  const date = new Date(time);
  date.setDate(date.getDate() + days);
  return date.getTime();
}

export function timeToDay(time: number): string {
  const d = new Date(time);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The interval an event covers: [start of first day, start of the day after the last). */
export interface EventInterval {
  start: number;
  end: number;
}

export function eventInterval(event: TimelineEvent): EventInterval {
  return { start: dayToTime(event.date.start), end: addDays(dayToTime(event.date.end), 1) };
}

/** A day is a point; a week, month, year, decade or range is a span over its interval. */
export function isPoint(event: TimelineEvent): boolean {
  return event.date.precision === 'day' && event.date.start === event.date.end;
}

export type Uncertainty = 'none' | 'approximate' | 'inferred';

/** Approximate wins over inferred: it is the weaker claim about the date. */
export function uncertaintyOf(event: TimelineEvent): Uncertainty {
  if (event.date.approximate) return 'approximate';
  if (event.date.certainty === 'inferred') return 'inferred';
  return 'none';
}

