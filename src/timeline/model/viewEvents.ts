/**
 * From a validated document to what the view draws, with the work split by how often it is
 * needed: times and orders once per document; the filtered list and its time index once per
 * filter or locale change; labels only for the events actually drawn or listed (lazily, then
 * cached), never for all 50,000 at load. Browser-free.
 */
import type { Names, TimelineEvent } from '../../events/index.ts';
import { addDays, dayToTime, isPoint, uncertaintyOf } from './time.ts';
import { eventAccessibleName, eventLabel } from './labels.ts';
import { buildTimeIndex, markPosition, type TimeIndex } from './timeIndex.ts';
import type { FormatOptions } from './format.ts';
import type { ViewEvent } from './types.ts';
import type { Uncertainty } from './time.ts';

/** An event with its interval in ms, computed once per document. */
export interface TimedEvent {
  id: string;
  start: number;
  end: number;
  point: boolean;
  event: TimelineEvent;
  uncertainty: Uncertainty;
}

export interface DocumentTimes {
  /** Chronological: start day, end day, id (the list, previous/next, Home/End). */
  chronological: TimedEvent[];
  /** Mark order (the time index, the layout). */
  byMark: TimedEvent[];
  /** From the earliest start to the latest end; null without events. */
  extent: { start: number; end: number } | null;
}

/** YYYY-MM-DD as the number YYYYMMDD: sorts like the string, compares without touching it. */
function dayKey(day: string): number {
  let k = 0;
  for (let i = 0; i < day.length; i++) {
    const c = day.charCodeAt(i) - 48;
    if (c >= 0 && c <= 9) k = k * 10 + c;
  }
  return k;
}

export function timeDocument(events: readonly TimelineEvent[]): DocumentTimes {
  const n = events.length;
  // Many events share days: convert each distinct day once (a Date in local time is slow).
  const days = new Map<string, number>();
  const time = (day: string): number => {
    let t = days.get(day);
    if (t === undefined) days.set(day, (t = dayToTime(day)));
    return t;
  };
  const nextDays = new Map<string, number>();
  const after = (day: string): number => {
    let t = nextDays.get(day);
    if (t === undefined) nextDays.set(day, (t = addDays(time(day), 1)));
    return t;
  };
  const startKey = new Float64Array(n);
  const endKey = new Float64Array(n);
  const timed: TimedEvent[] = new Array(n);
  const marks = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const event = events[i] as TimelineEvent;
    startKey[i] = dayKey(event.date.start);
    endKey[i] = dayKey(event.date.end);
    const e: TimedEvent = {
      id: event.id,
      start: time(event.date.start),
      end: after(event.date.end),
      point: isPoint(event),
      event,
      uncertainty: uncertaintyOf(event),
    };
    timed[i] = e;
    marks[i] = markPosition(e);
  }
  const byId = (x: number, y: number) => {
    const a = (timed[x] as TimedEvent).id;
    const b = (timed[y] as TimedEvent).id;
    return a < b ? -1 : a > b ? 1 : 0;
  };
  const order = (compare: (x: number, y: number) => number) => {
    const o = new Uint32Array(n);
    for (let i = 0; i < n; i++) o[i] = i;
    return Array.from(o.sort(compare), (i) => timed[i] as TimedEvent);
  };
  // Sorting numbers in typed arrays, not ISO strings on objects: 10× faster at 50,000 events.
  const chronological = order(
    (x, y) => (startKey[x] as number) - (startKey[y] as number) || (endKey[x] as number) - (endKey[y] as number) || byId(x, y),
  );
  const byMark = order(
    (x, y) => (marks[x] as number) - (marks[y] as number) || (timed[x] as TimedEvent).end - (timed[y] as TimedEvent).end || byId(x, y),
  );
  let extent: DocumentTimes['extent'] = null;
  for (const e of timed) {
    if (!extent) extent = { start: e.start, end: e.end };
    else {
      if (e.start < extent.start) extent.start = e.start;
      if (e.end > extent.end) extent.end = e.end;
    }
  }
  return { chronological, byMark, extent };
}

/** A drawn or listed event; its label and accessible name are formatted on first use. */
class LazyViewEvent implements ViewEvent {
  #label: string | undefined;
  #name: string | undefined;
  readonly id: string;
  readonly start: number;
  readonly end: number;
  readonly point: boolean;
  readonly event: TimelineEvent;
  readonly uncertainty: Uncertainty;
  constructor(
    timed: TimedEvent,
    readonly index: number,
    private readonly fmt: FormatOptions,
    private readonly names: Names | undefined,
  ) {
    this.id = timed.id;
    this.start = timed.start;
    this.end = timed.end;
    this.point = timed.point;
    this.event = timed.event;
    this.uncertainty = timed.uncertainty;
  }
  get label(): string {
    return (this.#label ??= eventLabel(this.event, this.fmt, this.names));
  }
  get name(): string {
    return (this.#name ??= eventAccessibleName(this.event, this.fmt, this.names));
  }
}

export interface ViewEvents {
  /** The shown events, chronological; `index` is the position here. */
  list: ViewEvent[];
  /** The same events in mark order, for the layout and the density strip. */
  index: TimeIndex<ViewEvent>;
  /** From the earliest start to the latest end of the shown events; null when none. */
  extent: { start: number; end: number } | null;
}

/** The events that pass `match`, in both orders: O(n), no sorting. `names`: the document's glossary. */
export function viewEventsOf(times: DocumentTimes, match: (event: TimelineEvent) => boolean, fmt: FormatOptions, names?: Names): ViewEvents {
  const list: ViewEvent[] = [];
  const byEvent = new Map<TimedEvent, ViewEvent>();
  let extent: ViewEvents['extent'] = null;
  for (const timed of times.chronological) {
    if (!match(timed.event)) continue;
    const view = new LazyViewEvent(timed, list.length, fmt, names);
    list.push(view);
    byEvent.set(timed, view);
    if (!extent) extent = { start: timed.start, end: timed.end };
    else {
      if (timed.start < extent.start) extent.start = timed.start;
      if (timed.end > extent.end) extent.end = timed.end;
    }
  }
  const inMarkOrder: ViewEvent[] = [];
  for (const timed of times.byMark) {
    const view = byEvent.get(timed);
    if (view) inMarkOrder.push(view);
  }
  return { list, index: buildTimeIndex(inMarkOrder, true), extent };
}
