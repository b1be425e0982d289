import { describe, expect, it } from 'vitest';
import { buildTimeIndex, eventsMeeting, lowerBound, markHistogram, upperBound } from './timeIndex.ts';
import { cull, layoutTimeline, overlaps, type LayoutEvent } from './layout.ts';
import { timeDocument, viewEventsOf } from './viewEvents.ts';
import { DAY } from './time.ts';
import { denseDocument } from '../../events/fixtures/dense.ts';
import type { TimelineEvent } from '../../events/index.ts';

const point = (id: string, day: number): LayoutEvent => ({ id, start: day * DAY, end: (day + 1) * DAY, point: true });
const span = (id: string, day: number, days: number): LayoutEvent => ({ id, start: day * DAY, end: (day + days) * DAY, point: false });

/** A deterministic mix of points, short spans and long spans. */
function mixed(n: number, seed = 7): LayoutEvent[] {
  let s = seed;
  const random = () => ((s = (s * 1664525 + 1013904223) % 4294967296) / 4294967296);
  return Array.from({ length: n }, (_, i) => {
    const day = Math.floor(random() * 3000);
    const kind = random();
    if (kind > 0.97) return span(`y${i}`, day, 365 + Math.floor(random() * 3000));
    if (kind > 0.85) return span(`s${i}`, day, 2 + Math.floor(random() * 30));
    return point(`p${i}`, day);
  });
}

describe('timeIndex', () => {
  it('binary searches sorted values', () => {
    const values = Float64Array.from([1, 2, 2, 2, 5]);
    expect(lowerBound(values, 2)).toBe(1);
    expect(upperBound(values, 2)).toBe(4);
    expect(lowerBound(values, 0)).toBe(0);
    expect(upperBound(values, 9)).toBe(5);
  });

  it('finds exactly the events meeting a window, long spans included, in mark order', () => {
    const events = mixed(3000);
    const index = buildTimeIndex(events);
    for (const [from, to] of [
      [0, 3000],
      [1200, 1210],
      [2999.5, 2999.6],
      [-50, 10],
      [5000, 6000],
    ] as const) {
      const got = eventsMeeting(index, from * DAY, to * DAY).map((i) => index.events[i]!.id);
      const want = cull(index.events, from * DAY, to * DAY).map((e) => e.id);
      expect(got).toEqual(want);
    }
  });

  it('counts marks per pixel column of the view', () => {
    const index = buildTimeIndex([point('a', 0), point('b', 0), point('c', 5), point('far', 50)]);
    const { bins, max } = markHistogram(index, 0, 10 * DAY, 10);
    expect(max).toBe(2);
    expect(bins[0]).toBe(2);
    expect(bins[5]).toBe(1);
    expect([...bins].reduce((a, b) => a + b, 0)).toBe(3);
  });

  it('lays out from an index as from the list: every visible event once, no overlaps', () => {
    const events = mixed(5000);
    const options = { width: 1200, maxLanes: 8, clusterPx: 6, gap: 8, markPx: 12, overscanPx: 60, labelWidth: () => 110, clusterLabelWidth: () => 50 };
    const index = buildTimeIndex(events);
    for (const view of [
      { start: 0, end: 3000 * DAY },
      { start: 1000 * DAY, end: 1100 * DAY },
      { start: 1500.3 * DAY, end: 1502 * DAY },
    ]) {
      const { items, visibleCount } = layoutTimeline(index, view, options);
      const ids = items.flatMap((item) => item.events.map((e) => e.id));
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length).toBe(visibleCount);
      for (let i = 0; i < items.length; i++) for (let j = i + 1; j < items.length; j++) expect(overlaps(items[i]!, items[j]!)).toBe(false);
      // A point's mark is the middle of its day: up to half a day past the overscan margin.
      const halfDayPx = (options.width * DAY) / (view.end - view.start) / 2;
      for (const item of items) expect(item.a).toBeGreaterThanOrEqual(-options.overscanPx - halfDayPx);
    }
  });

  it('lays out 50,000 indexed events in view with every event accounted for', () => {
    const index = buildTimeIndex(mixed(50_000));
    const options = { width: 1200, maxLanes: 8, clusterPx: 6, gap: 8, markPx: 12, overscanPx: 60, labelWidth: () => 110, clusterLabelWidth: () => 50 };
    const { items, visibleCount } = layoutTimeline(index, { start: 0, end: 3000 * DAY }, options);
    expect(visibleCount).toBe(50_000);
    expect(items.reduce((n, i) => n + i.events.length, 0)).toBe(50_000);
  });
});

describe('viewEvents', () => {
  const doc = denseDocument(2000) as unknown as { events: TimelineEvent[] };
  const fmt = { lang: 'ar', monthSystem: 'levantine', numbering: 'arab' } as const;

  it('orders chronologically and by mark, and filters both the same way', () => {
    const times = timeDocument(doc.events);
    const chrono = times.chronological.map((e) => e.event.date.start);
    expect(chrono).toEqual([...chrono].sort());
    const shown = viewEventsOf(times, (e) => e.type === 'visit', fmt);
    expect(shown.list.every((e) => e.event.type === 'visit')).toBe(true);
    expect(shown.index.events.length).toBe(shown.list.length);
    expect(shown.list.map((e) => e.index)).toEqual(shown.list.map((_, i) => i));
    const marks = [...shown.index.marks];
    expect(marks).toEqual([...marks].sort((a, b) => a - b));
    expect(shown.extent!.start).toBe(Math.min(...shown.list.map((e) => e.start)));
  });

  it('formats labels only when asked', () => {
    const shown = viewEventsOf(timeDocument(doc.events), () => true, fmt);
    const first = shown.list[0]!;
    expect(first.label).toMatch(/[٠-٩]/);
    expect(first.name).toMatch(/\d/);
  });
});
