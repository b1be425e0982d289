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
import { buildTimeIndex, lowerBound, markPosition, upperBound, type TimeIndex } from './timeIndex.ts';

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
  /**
   * Width of what follows the mark (an event's label; a cluster's count label, plus whatever
   * its first member's box reached past the glyph), so the box can be re-derived at another
   * scale (levelLayout).
   */
  labelPx: number;
}

export interface Layout<E extends LayoutEvent = LayoutEvent> {
  items: LayoutItem<E>[];
  /** Events inside the view (after culling). */
  visibleCount: number;
  lanesUsed: number;
}


/** Events whose interval meets [from, to]. */
export function cull<E extends LayoutEvent>(events: readonly E[], from: number, to: number): E[] {
  const out: E[] = [];
  for (const e of events) if (e.end >= from && e.start <= to) out.push(e);
  return out;
}

// Scratch space reused across frames (a zoom frame at 50,000 events would otherwise allocate
// a group object and an array per event): events in the order they are placed, the group each
// joined, and per group its mark extent, time extent, size and first event.
let placedAt = new Int32Array(0);
let groupOfPlaced = new Int32Array(0);
let groupA = new Float64Array(0);
let groupB = new Float64Array(0);
let groupStart = new Float64Array(0);
let groupEnd = new Float64Array(0);
let groupCount = new Int32Array(0);
let groupFirst = new Int32Array(0);
let itemOfGroup = new Int32Array(0);
let clippedAt = new Int32Array(0);

function ensureScratch(n: number) {
  if (placedAt.length >= n) return;
  const size = Math.max(n, placedAt.length * 2, 1024);
  placedAt = new Int32Array(size);
  groupOfPlaced = new Int32Array(size);
  groupA = new Float64Array(size);
  groupB = new Float64Array(size);
  groupStart = new Float64Array(size);
  groupEnd = new Float64Array(size);
  groupCount = new Int32Array(size);
  groupFirst = new Int32Array(size);
  itemOfGroup = new Int32Array(size);
  clippedAt = new Int32Array(size);
}

/**
 * Lay out the events in `view`. Pass a TimeIndex (built once per event list) so a frame costs
 * O(log n + events in view) with no allocation per event; a plain array is indexed first
 * (tests, small lists).
 */
export function layoutTimeline<E extends LayoutEvent>(
  events: readonly E[] | TimeIndex<E>,
  view: TimeView,
  options: LayoutOptions,
): Layout<E> {
  const { width, overscanPx, clusterPx, markPx, gap, maxLanes } = options;
  if (width <= 0 || maxLanes <= 0) return { items: [], visibleCount: 0, lanesUsed: 0 };
  const index = 'marks' in events ? events : buildTimeIndex(events);
  const list = index.events;
  ensureScratch(list.length);
  const pxTime = spanOf(view) / width;
  // Read once: the view can be a reactive proxy (a bound $state), whose every read is a trap.
  const viewStart = view.start;
  const from = viewStart - overscanPx * pxTime;
  const to = view.end + overscanPx * pxTime;
  const k = width / spanOf(view);
  const { marks, starts, ends, isLong, long } = index;

  // 1. Groups. The events meeting [from, to] (eventsMeeting's window, walked in place) arrive
  //    in mark order, which is reading order, except that spans starting before the view are
  //    clipped to its edge (a = 0): they are placed after the points in the overscan.
  let placed = 0;
  let groups = 0;
  let pointGroup = -1;
  const place = (i: number, a: number, b: number, point: boolean) => {
    if (point && pointGroup >= 0 && a - (groupA[pointGroup] as number) <= clusterPx) {
      if (b > (groupB[pointGroup] as number)) groupB[pointGroup] = b;
      if ((ends[i] as number) > (groupEnd[pointGroup] as number)) groupEnd[pointGroup] = ends[i] as number;
      groupCount[pointGroup] = (groupCount[pointGroup] as number) + 1;
      groupOfPlaced[placed] = pointGroup;
      placedAt[placed++] = i;
      return;
    }
    const g = groups++;
    groupA[g] = a;
    groupB[g] = b;
    groupStart[g] = starts[i] as number;
    groupEnd[g] = ends[i] as number;
    groupCount[g] = 1;
    groupFirst[g] = i;
    groupOfPlaced[placed] = g;
    placedAt[placed++] = i;
    if (point) pointGroup = g;
  };
  let clipped = 0;
  const flushClipped = () => {
    for (let c = 0; c < clipped; c++) {
      const i = clippedAt[c] as number;
      place(i, 0, Math.max(0, Math.min(width, ((ends[i] as number) - viewStart) * k)), false);
    }
    clipped = 0;
  };
  let pastEdge = false;
  const visit = (i: number) => {
    const a = ((marks[i] as number) - viewStart) * k;
    if (!pastEdge && a >= 0) {
      pastEdge = true;
      flushClipped();
    }
    const point = (list[i] as E).point;
    if (point) place(i, a, a, true);
    else if (a < 0) clippedAt[clipped++] = i;
    else place(i, a, Math.max(a, Math.min(width, ((ends[i] as number) - viewStart) * k)), false);
  };
  // Short events near the window, merged with the long ones that meet it (both ascending).
  const lo = lowerBound(marks, from - index.reachAfter);
  const hi = upperBound(marks, to + index.reachBefore);
  let nextLong = 0;
  const advanceLong = () => {
    for (; nextLong < long.length; nextLong++) {
      const i = long[nextLong] as number;
      if ((starts[i] as number) > to) {
        nextLong = long.length; // ascending marks = ascending starts for spans
        return;
      }
      if ((ends[i] as number) >= from) return;
    }
  };
  advanceLong();
  for (let i = lo; i < hi; i++) {
    if (isLong[i]) continue;
    if ((ends[i] as number) < from || (starts[i] as number) > to) continue;
    while (nextLong < long.length && (long[nextLong] as number) < i) {
      visit(long[nextLong++] as number);
      advanceLong();
    }
    visit(i);
  }
  while (nextLong < long.length) {
    visit(long[nextLong++] as number);
    advanceLong();
  }
  flushClipped();

  // 2. Greedy lanes: each group takes the first lane free at its start; with none free it
  //    folds into the item placed last (the nearest one before it), which becomes a cluster.
  const laneEnds: number[] = [];
  const items: LayoutItem<E>[] = [];
  const itemSize: number[] = [];
  // A cluster's glyph covers its members (at least CLUSTER_MIN_PX), then the count label.
  const clusterBoxEnd = (a: number, b: number, count: number): number =>
    a - markPx / 2 + clusterGlyphPx(a, b, markPx) + options.clusterLabelWidth(count);
  for (let g = 0; g < groups; g++) {
    const count = groupCount[g] as number;
    const a = groupA[g] as number;
    const b = groupB[g] as number;
    const first = list[groupFirst[g] as number] as E;
    const start = first.point || count > 1 ? a - markPx / 2 : a;
    // Find a free lane first: measuring a label is only worth it when it can be placed.
    let lane = -1;
    for (let l = 0; l < maxLanes; l++) {
      const laneEnd = laneEnds[l];
      if (laneEnd === undefined || laneEnd + gap <= start) {
        lane = l;
        break;
      }
    }
    if (lane >= 0) {
      const labelPx = count > 1 ? options.clusterLabelWidth(count) : options.labelWidth(first);
      const end =
        count > 1
          ? a - markPx / 2 + clusterGlyphPx(a, b, markPx) + labelPx
          : first.point
            ? a - markPx / 2 + markPx + labelPx
            : Math.max(b, a + labelPx);
      laneEnds[lane] = end;
      itemOfGroup[g] = items.length;
      itemSize.push(count);
      items.push({
        kind: count > 1 ? 'cluster' : 'event',
        key: `${count > 1 ? 'c' : 'e'}:${first.id}`,
        events: [first],
        lane,
        a,
        b,
        extentStart: start,
        extentEnd: end,
        start: groupStart[g] as number,
        end: groupEnd[g] as number,
        labelPx,
      });
      continue;
    }
    const h = items.length - 1;
    const host = items[h] as LayoutItem<E>;
    itemOfGroup[g] = h;
    const size = (itemSize[h] as number) + count;
    itemSize[h] = size;
    host.kind = 'cluster';
    host.extentStart = host.a - markPx / 2;
    host.key = `c:${(host.events[0] as E).id}`;
    // A cluster's glyph covers its members' starts, not the full length of spans it absorbs.
    host.b = Math.max(host.b, a);
    host.start = Math.min(host.start, groupStart[g] as number);
    host.end = Math.max(host.end, groupEnd[g] as number);
    host.extentEnd = Math.max(host.extentEnd, clusterBoxEnd(host.a, host.b, size));
    host.labelPx = host.extentEnd - (host.a - markPx / 2 + clusterGlyphPx(host.a, host.b, markPx));
    laneEnds[host.lane] = host.extentEnd;
  }

  // 3. Members, in the order they were placed (an item's first event is its first group's).
  for (let p = 0; p < placed; p++) {
    const item = items[itemOfGroup[groupOfPlaced[p] as number] as number] as LayoutItem<E>;
    const i = placedAt[p] as number;
    if (i !== groupFirst[groupOfPlaced[p] as number] || item.events[0] !== list[i]) item.events.push(list[i] as E);
  }

  return { items, visibleCount: placed, lanesUsed: laneEnds.length };
}

const CLUSTER_MIN_PX = 20;
/** Width of a cluster's glyph: it spans its members' marks, and is never smaller than a badge. */
export function clusterGlyphPx(a: number, b: number, markPx: number): number {
  return Math.max(b - a + markPx, CLUSTER_MIN_PX);
}

/** Whether two items in the same lane overlap (used by tests and assertions). */
export function overlaps(x: LayoutItem, y: LayoutItem): boolean {
  return x.lane === y.lane && x.extentStart < y.extentEnd && y.extentStart < x.extentEnd;
}

/**
 * The zoom level of a scale: L = floor(log2(px per ms)). Inside one level the scale k is in
 * [2^L, 2^(L+1)).
 */
export function zoomLevel(pxPerMs: number): number {
  return Math.floor(Math.log2(pxPerMs));
}

/**
 * Lanes and clusters that stay put while a gesture zooms, like map clustering by integer zoom
 * levels. A layout computed at a scale kA stays valid for every larger scale: zooming in only
 * spreads the marks apart while labels keep their width, so what did not overlap at kA does
 * not overlap later. So during a gesture the layout is reused, only moved (x = scale(time)),
 * while kA ≤ k < 2·kA and the view stays inside the window it was computed over; otherwise it
 * is recomputed for the zoom level's coarsest scale kA = 2^floor(log2 k), so clusters re-form
 * only when the zoom crosses a level (or a pan leaves the window) and a zoom frame changes
 * transforms, not text. A settled view (not in a gesture) is laid out at its own scale, as
 * tight as it can be. Culling of off-screen items stays per frame.
 */
export class LevelLayout<E extends LayoutEvent = LayoutEvent> {
  #deps: readonly unknown[] = [];
  #scale = NaN;
  #windowStart = 0;
  #windowEnd = 0;
  #base: Layout<E> = { items: [], visibleCount: 0, lanesUsed: 0 };

  /**
   * `deps`: whatever else the layout depends on (events, width, lanes, label widths); a change
   * in any of them (by identity) recomputes it. `settled`: lay out at the view's own scale
   * (otherwise a gesture frame: reuse while valid, else lay out at the level's scale).
   */
  layout(
    events: readonly E[] | TimeIndex<E>,
    view: TimeView,
    options: LayoutOptions,
    deps: readonly unknown[] = [],
    settled = false,
  ): Layout<E> {
    const { width, overscanPx, markPx } = options;
    const span = spanOf(view);
    if (width <= 0 || options.maxLanes <= 0 || !(span > 0)) return { items: [], visibleCount: 0, lanesUsed: 0 };
    const k = width / span;
    const viewStart = view.start;
    const margin = overscanPx / k;
    const valid =
      (settled ? k === this.#scale : k >= this.#scale && k < 2 * this.#scale) &&
      this.#windowStart <= viewStart - margin &&
      this.#windowEnd >= view.end + margin &&
      deps.length === this.#deps.length &&
      deps.every((d, i) => d === this.#deps[i]);
    if (!valid) {
      const kA = settled ? k : 2 ** zoomLevel(k);
      // A window of whole screens at that scale, one more on each side of the view, so zooming
      // in and short pans keep it.
      const tile = width / kA;
      const windowStart = (Math.floor(viewStart / tile) - 1) * tile;
      const windowEnd = (Math.ceil(view.end / tile) + 1) * tile;
      this.#base = layoutTimeline(
        events,
        { start: windowStart, end: windowEnd },
        { ...options, width: (windowEnd - windowStart) * kA, overscanPx: 0 },
      );
      this.#scale = kA;
      this.#windowStart = windowStart;
      this.#windowEnd = windowEnd;
      this.#deps = deps.slice();
    }
    return placeAtScale(this.#base, (this.#windowStart - viewStart) * k, k / this.#scale, width, overscanPx, markPx);
  }
}

/**
 * A level's layout at a scale `s` ≥ 1 times its own, shifted by `offset` px: marks move, labels
 * keep their width; culled to the screen and its overscan. Spans starting before the screen
 * keep their label on it as long as it fits inside the span.
 */
function placeAtScale<E extends LayoutEvent>(
  base: Layout<E>,
  offset: number,
  s: number,
  width: number,
  overscanPx: number,
  markPx: number,
): Layout<E> {
  const items: LayoutItem<E>[] = [];
  let visibleCount = 0;
  for (const item of base.items) {
    let a = offset + item.a * s;
    let b = offset + item.b * s;
    let extentStart: number;
    let extentEnd: number;
    if (item.kind === 'cluster') {
      extentStart = a - markPx / 2;
      extentEnd = extentStart + clusterGlyphPx(a, b, markPx) + item.labelPx;
    } else if ((item.events[0] as E).point) {
      extentStart = a - markPx / 2;
      extentEnd = a + markPx / 2 + item.labelPx;
    } else {
      a = Math.max(a, Math.min(0, b - item.labelPx));
      b = Math.max(a, Math.min(b, width));
      extentStart = a;
      extentEnd = Math.max(b, a + item.labelPx);
    }
    if (extentEnd < -overscanPx || extentStart > width + overscanPx) continue;
    visibleCount += item.events.length;
    items.push({ ...item, a, b, extentStart, extentEnd });
  }
  return { items, visibleCount, lanesUsed: base.lanesUsed };
}
