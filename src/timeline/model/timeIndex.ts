/**
 * Events sorted once by where their mark sits on the time axis, with the times in typed
 * arrays, so that each frame only touches what is in view: a binary search finds the window,
 * and long spans (which can reach into the view from far before it) are kept on a short list
 * of their own. Browser-free.
 */
import type { LayoutEvent } from './layout.ts';
import { DAY } from './time.ts';

/** Where an event's mark sits: the middle of its day for a point, its start for a span. */
export function markPosition(event: LayoutEvent): number {
  return event.point ? (event.start + event.end) / 2 : event.start;
}

/** Events that reach further than this past their mark are scanned on their own. */
const LONG = 40 * DAY;

export interface TimeIndex<E extends LayoutEvent = LayoutEvent> {
  /** Events by mark position, then end, then id. */
  events: readonly E[];
  marks: Float64Array;
  starts: Float64Array;
  ends: Float64Array;
  /** Positions (into `events`) of the long events, ascending. */
  long: Uint32Array;
  /** 1 where the event is on the long list. */
  isLong: Uint8Array;
  /** The most any short event reaches past its mark, and before it. */
  reachAfter: number;
  reachBefore: number;
}

function sortByMark<E extends LayoutEvent>(events: readonly E[]): E[] {
  const n = events.length;
  const mark = new Float64Array(n);
  const end = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const e = events[i] as E;
    mark[i] = markPosition(e);
    end[i] = e.end;
  }
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((x, y) => {
    const d = (mark[x] as number) - (mark[y] as number) || (end[x] as number) - (end[y] as number);
    if (d) return d;
    const ix = (events[x] as E).id;
    const iy = (events[y] as E).id;
    return ix < iy ? -1 : ix > iy ? 1 : 0;
  });
  return Array.from(order, (i) => events[i] as E);
}

/**
 * Build the index. `sorted` says the events are already in mark order (a filtered subset of a
 * sorted list is), which skips the O(n log n) sort.
 */
export function buildTimeIndex<E extends LayoutEvent>(events: readonly E[], sorted = false): TimeIndex<E> {
  const list = sorted ? events : sortByMark(events);
  const n = list.length;
  const marks = new Float64Array(n);
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const isLong = new Uint8Array(n);
  const long: number[] = [];
  let reachAfter = 0;
  let reachBefore = 0;
  for (let i = 0; i < n; i++) {
    const e = list[i] as E;
    const mark = markPosition(e);
    marks[i] = mark;
    starts[i] = e.start;
    ends[i] = e.end;
    if (e.end - mark > LONG) {
      isLong[i] = 1;
      long.push(i);
      continue;
    }
    if (e.end - mark > reachAfter) reachAfter = e.end - mark;
    if (mark - e.start > reachBefore) reachBefore = mark - e.start;
  }
  return { events: list, marks, starts, ends, long: Uint32Array.from(long), isLong, reachAfter, reachBefore };
}

/** First position whose value is >= x (values ascending). */
export function lowerBound(values: Float64Array, x: number, from = 0, to = values.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First position whose value is > x (values ascending). */
export function upperBound(values: Float64Array, x: number, from = 0, to = values.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Positions (ascending, in mark order) of the events whose interval meets [from, to]:
 * O(log n + events near the window + long events), never a scan of the whole document.
 */
export function eventsMeeting(index: TimeIndex, from: number, to: number): number[] {
  const { marks, starts, ends, isLong } = index;
  const lo = lowerBound(marks, from - index.reachAfter);
  const hi = upperBound(marks, to + index.reachBefore);
  const out: number[] = [];
  let k = 0;
  // Merge the short events of the window with the long ones, both ascending.
  let nextLong = nextMeetingLong(index, 0, from, to);
  for (let i = lo; i < hi; i++) {
    if (isLong[i]) continue;
    if ((ends[i] as number) < from || (starts[i] as number) > to) continue;
    while (nextLong.at >= 0 && nextLong.at < i) {
      out[k++] = nextLong.at;
      nextLong = nextMeetingLong(index, nextLong.k + 1, from, to);
    }
    out[k++] = i;
  }
  while (nextLong.at >= 0) {
    out[k++] = nextLong.at;
    nextLong = nextMeetingLong(index, nextLong.k + 1, from, to);
  }
  return out;
}

function nextMeetingLong(index: TimeIndex, k: number, from: number, to: number): { at: number; k: number } {
  const { long, starts, ends } = index;
  for (; k < long.length; k++) {
    const i = long[k] as number;
    if ((starts[i] as number) > to) break; // ascending marks = ascending starts for spans
    if ((ends[i] as number) >= from) return { at: i, k };
  }
  return { at: -1, k };
}

/**
 * Counts per pixel column of the marks in view: `bins[c]` for reading offsets in [c, c + 1).
 * O(log n + marks in view).
 */
export function markHistogram(index: TimeIndex, from: number, to: number, width: number): { bins: Uint32Array; max: number } {
  const columns = Math.max(0, Math.ceil(width));
  const bins = new Uint32Array(columns + 1);
  let max = 0;
  if (columns === 0 || to <= from) return { bins, max };
  const { marks } = index;
  const k = width / (to - from);
  const hi = upperBound(marks, to);
  for (let i = lowerBound(marks, from); i < hi; i++) {
    const c = (((marks[i] as number) - from) * k) | 0;
    const n = (bins[c] = (bins[c] as number) + 1);
    if (n > max) max = n;
  }
  return { bins, max };
}
