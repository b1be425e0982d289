import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { layoutTimeline, overlaps, type LayoutEvent, type LayoutOptions } from './layout.ts';
import { DAY } from './time.ts';

const options: LayoutOptions = {
  width: 1000,
  maxLanes: 4,
  clusterPx: 6,
  gap: 8,
  markPx: 12,
  overscanPx: 50,
  labelWidth: () => 120,
  clusterLabelWidth: () => 60,
};
const point = (id: string, day: number): LayoutEvent => ({ id, start: day * DAY, end: (day + 1) * DAY, point: true });
const view = { start: 0, end: 1000 * DAY }; // 1 px per day

function assertNoOverlap(items: ReturnType<typeof layoutTimeline>['items']) {
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++) expect(overlaps(items[i]!, items[j]!), `${items[i]!.key} / ${items[j]!.key}`).toBe(false);
}

describe('layoutTimeline', () => {
  it('puts distant events in the first lane and close ones in further lanes', () => {
    const { items } = layoutTimeline([point('a', 100), point('b', 150), point('c', 400)], view, options);
    expect(items.map((i) => [i.key, i.lane])).toEqual([
      ['e:a', 0],
      ['e:b', 1],
      ['e:c', 0],
    ]);
    assertNoOverlap(items);
  });

  it('clusters points closer than clusterPx', () => {
    const { items } = layoutTimeline([point('a', 100), point('b', 102), point('c', 104)], view, options);
    expect(items).toHaveLength(1);
    expect(items[0]!.kind).toBe('cluster');
    expect(items[0]!.events.map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });

  it('folds events into a cluster when the lanes are full, and never overlaps', () => {
    const events = Array.from({ length: 40 }, (_, i) => point(`e${i}`, 100 + i * 10));
    const { items } = layoutTimeline(events, view, options);
    expect(items.every((i) => i.lane < options.maxLanes)).toBe(true);
    expect(items.some((i) => i.kind === 'cluster')).toBe(true);
    expect(items.reduce((n, i) => n + i.events.length, 0)).toBe(40);
    assertNoOverlap(items);
  });

  it('culls events outside the view and clips spans to it', () => {
    const span: LayoutEvent = { id: 's', start: -5000 * DAY, end: 5000 * DAY, point: false };
    const { items, visibleCount } = layoutTimeline([point('far', 5000), span], view, options);
    expect(visibleCount).toBe(1);
    expect(items[0]!.a).toBe(0);
    expect(items[0]!.b).toBe(options.width);
  });

  it('handles 10,000 events quickly with every event accounted for', () => {
    const events = Array.from({ length: 10_000 }, (_, i) => point(`e${i}`, (i * 7919) % 1000)).sort((a, b) => a.start - b.start);
    const t0 = performance.now();
    const { items } = layoutTimeline(events, view, options);
    const ms = performance.now() - t0;
    expect(items.reduce((n, i) => n + i.events.length, 0)).toBe(10_000);
    expect(items.length).toBeLessThan(200);
    assertNoOverlap(items);
    expect(ms).toBeLessThan(100);
  });

  it('property: whatever the events and the view, every event in view is in exactly one item, items never overlap, lanes stay within bounds', () => {
    const eventArb = fc
      .tuple(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 120 }), fc.boolean())
      .map(([day, length, point]) => ({ start: day * DAY, end: (day + (point ? 1 : 1 + length)) * DAY, point }));
    fc.assert(
      fc.property(
        fc.array(eventArb, { maxLength: 300 }),
        fc.integer({ min: -500, max: 1500 }),
        fc.integer({ min: 3, max: 3000 }),
        fc.integer({ min: 1, max: 8 }),
        (raw, from, days, maxLanes) => {
          const events = raw.map((e, i) => ({ ...e, id: `e${i}` }));
          const view = { start: from * DAY, end: (from + days) * DAY };
          const { items, visibleCount } = layoutTimeline(events, view, { ...options, maxLanes });
          const ids = items.flatMap((item) => item.events.map((e) => e.id));
          expect(new Set(ids).size).toBe(ids.length);
          expect(ids.length).toBe(visibleCount);
          const margin = (options.overscanPx * days * DAY) / options.width;
          const meeting = events.filter((e) => e.end >= view.start - margin && e.start <= view.end + margin);
          expect(visibleCount).toBe(meeting.length);
          for (const item of items) {
            expect(item.lane).toBeLessThan(maxLanes);
            expect(item.kind).toBe(item.events.length > 1 ? 'cluster' : 'event');
            expect(item.key).toBe(`${item.kind === 'cluster' ? 'c' : 'e'}:${item.events[0]!.id}`);
          }
          assertNoOverlap(items);
        },
      ),
      { numRuns: 300 },
    );
  });
});
