/**
 * Lanes, label collision and clustering, in reading coordinates (pixels from the edge where
 * time starts: the right edge in RTL). Browser-free: label widths come from a `measure`
 * callback (canvas measureText in the browser, a fake in tests).
 *
 * 1. Cull what is off screen (with an overscan margin); clip spans to the screen so their
 *    labels stay visible.
 * 2. Points closer than `clusterPx` form a cluster (they would be drawn on top of each other).
 * 3. Greedy interval packing into at most `maxLanes` lanes: an item takes the first lane that
 *    is free at its start. When no lane is free it joins the item placed just before it, which
 *    becomes a cluster. Nothing ever overlaps; every event is in exactly one item.
 */
import { spanOf, type TimeView } from './view.ts';
import { buildTimeIndex, eventsMeeting, markPosition, type TimeIndex } from './timeIndex.ts';

export interface LayoutEvent {
  id: string;
  /** Interval in ms: [start, end). */
  start: number;
  end: number;
  /** A day (drawn as a point at the middle of its day) rather than a span. */
  point: boolean;
}

export interface LayoutOptions {
  width: number;
  maxLanes: number;
  /** Points nearer than this many pixels are clustered. */
  clusterPx: number;
  /** Free pixels between neighbours in a lane. */
  gap: number;
  /** Width of a point's dot and the space before its label. */
  markPx: number;
  /** Off-screen margin still laid out, so labels do not pop at the edges. */
  overscanPx: number;
  labelWidth: (event: LayoutEvent) => number;
  clusterLabelWidth: (count: number) => number;
}

export interface LayoutItem<E extends LayoutEvent = LayoutEvent> {
  kind: 'event' | 'cluster';
  /** Stable key for rendering. */
  key: string;
  events: E[];
  lane: number;
  /** Mark extent in reading px (a === b for a point). */
  a: number;
  b: number;
  /** Where the item's box (mark and label) starts and ends, in reading px. */
  extentStart: number;
  extentEnd: number;
  /** Time extent of the members, ms. */
  start: number;
  end: number;
}

export interface Layout<E extends LayoutEvent = LayoutEvent> {
  items: LayoutItem<E>[];
  /** Events inside the view (after culling). */
  visibleCount: number;
  lanesUsed: number;
}

export { markPosition };

/** Events whose interval meets [from, to]. */
export function cull<E extends LayoutEvent>(events: readonly E[], from: number, to: number): E[] {
  const out: E[] = [];
  for (const e of events) if (e.end >= from && e.start <= to) out.push(e);
  return out;
}

interface Group<E extends LayoutEvent> {
  events: E[];
  a: number;
  b: number;
  start: number;
  end: number;
}

/**
 * Lay out the events in `view`. Pass a TimeIndex (built once per event list) so a frame costs
 * O(log n + events in view); a plain array is indexed first (tests, small lists).
 */
export function layoutTimeline<E extends LayoutEvent>(
  events: readonly E[] | TimeIndex<E>,
  view: TimeView,
  options: LayoutOptions,
): Layout<E> {
  const { width, overscanPx } = options;
  if (width <= 0 || options.maxLanes <= 0) return { items: [], visibleCount: 0, lanesUsed: 0 };
  const index = 'marks' in events ? events : buildTimeIndex(events);
  const pxTime = spanOf(view) / width;
  const visible = eventsMeeting(index, view.start - overscanPx * pxTime, view.end + overscanPx * pxTime);
  const list = index.events;
  const k = width / spanOf(view);
  const { marks, ends } = index;

  const groups: Group<E>[] = [];
  let pointGroup: Group<E> | null = null;
  const place = (event: E, a: number, b: number) => {
    if (event.point && pointGroup && a - pointGroup.a <= options.clusterPx) {
      pointGroup.events.push(event);
      pointGroup.b = Math.max(pointGroup.b, b);
      pointGroup.end = Math.max(pointGroup.end, event.end);
      return;
    }
    const group: Group<E> = { events: [event], a, b, start: event.start, end: event.end };
    groups.push(group);
    if (event.point) pointGroup = group;
  };
  // Visible events arrive in mark order, which is reading order, except that spans starting
  // before the view are clipped to its edge (a = 0): they go after the points in the overscan.
  const clipped: number[] = [];
  const flushClipped = () => {
    for (const i of clipped) place(list[i] as E, 0, Math.max(0, Math.min(width, ((ends[i] as number) - view.start) * k)));
    clipped.length = 0;
  };
  let pastEdge = false;
  for (const i of visible) {
    const event = list[i] as E;
    const a = ((marks[i] as number) - view.start) * k;
    if (!pastEdge && a >= 0) {
      pastEdge = true;
      flushClipped();
    }
    if (event.point) place(event, a, a);
    else if (a < 0) clipped.push(i);
    else place(event, a, Math.max(a, Math.min(width, ((ends[i] as number) - view.start) * k)));
  }
  flushClipped();

  const laneEnds: number[] = [];
  const items: LayoutItem<E>[] = [];
  const boxStart = (g: Group<E>): number => ((g.events[0] as E).point || g.events.length > 1 ? g.a - options.markPx / 2 : g.a);
  const boxEnd = (g: Group<E>, count: number): number => {
    const first = g.events[0] as E;
    if (count > 1) return clusterBoxEnd(g.a, g.b, count);
    if (first.point) return g.a - options.markPx / 2 + options.markPx + options.labelWidth(first);
    return Math.max(g.b, g.a + options.labelWidth(first));
  };
  // A cluster's glyph covers its members (at least CLUSTER_MIN_PX), then the count label.
  const clusterBoxEnd = (a: number, b: number, count: number): number =>
    a - options.markPx / 2 + clusterGlyphPx(a, b, options.markPx) + options.clusterLabelWidth(count);

  for (const g of groups) {
    const count = g.events.length;
    // Find a free lane first: measuring a label is only worth it when it can be placed.
    const from = boxStart(g);
    let lane = -1;
    for (let l = 0; l < options.maxLanes; l++) {
      const laneEnd = laneEnds[l];
      if (laneEnd === undefined || laneEnd + options.gap <= from) {
        lane = l;
        break;
      }
    }
    if (lane >= 0) {
      const end = boxEnd(g, count);
      laneEnds[lane] = end;
      items.push({
        kind: count > 1 ? 'cluster' : 'event',
        key: `${count > 1 ? 'c' : 'e'}:${(g.events[0] as E).id}`,
        events: g.events,
        lane,
        a: g.a,
        b: g.b,
        extentStart: boxStart(g),
        extentEnd: end,
        start: g.start,
        end: g.end,
      });
      continue;
    }
    // No free lane: fold into the item placed last (the nearest one before it).
    const host = items[items.length - 1] as LayoutItem<E>;
    for (const e of g.events) host.events.push(e); // not push(...): a group can hold 50,000 events
    host.kind = 'cluster';
    host.extentStart = host.a - options.markPx / 2;
    host.key = `c:${(host.events[0] as E).id}`;
    // A cluster's glyph covers its members' starts, not the full length of spans it absorbs.
    host.b = Math.max(host.b, g.a);
    host.start = Math.min(host.start, g.start);
    host.end = Math.max(host.end, g.end);
    host.extentEnd = Math.max(host.extentEnd, clusterBoxEnd(host.a, host.b, host.events.length));
    laneEnds[host.lane] = host.extentEnd;
  }

  return { items, visibleCount: visible.length, lanesUsed: laneEnds.length };
}

export const CLUSTER_MIN_PX = 20;
/** Width of a cluster's glyph: it spans its members' marks, and is never smaller than a badge. */
export function clusterGlyphPx(a: number, b: number, markPx: number): number {
  return Math.max(b - a + markPx, CLUSTER_MIN_PX);
}

/** Whether two items in the same lane overlap (used by tests and assertions). */
export function overlaps(x: LayoutItem, y: LayoutItem): boolean {
  return x.lane === y.lane && x.extentStart < y.extentEnd && y.extentStart < x.extentEnd;
}
