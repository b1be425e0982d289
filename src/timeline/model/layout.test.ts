import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LevelLayout, layoutTimeline, overlaps, zoomLevel, type LayoutEvent, type LayoutOptions } from './layout.ts';
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

  it('lays out 10,000 events with every event accounted for, in few items', () => {
    const events = Array.from({ length: 10_000 }, (_, i) => point(`e${i}`, (i * 7919) % 1000)).sort((a, b) => a.start - b.start);
    const { items } = layoutTimeline(events, view, options);
    expect(items.reduce((n, i) => n + i.events.length, 0)).toBe(10_000);
    expect(items.length).toBeLessThan(200);
    assertNoOverlap(items);
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

describe('LevelLayout (lanes and clusters per discrete zoom level during a gesture)', () => {
  /** The view of `width` px at `pxPerMs` centred on `center`. */
  const viewAt = (center: number, pxPerMs: number, width = options.width) => ({
    start: center - width / pxPerMs / 2,
    end: center + width / pxPerMs / 2,
  });
  const eventArb = fc
    .tuple(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 120 }), fc.boolean())
    .map(([day, length, point]) => ({ start: day * DAY, end: (day + (point ? 1 : 1 + length)) * DAY, point }));

  it('levels are integer powers of two of px per ms', () => {
    expect(zoomLevel(1)).toBe(0);
    expect(zoomLevel(1.99)).toBe(0);
    expect(zoomLevel(2)).toBe(1);
    expect(zoomLevel(0.5)).toBe(-1);
    expect(zoomLevel(0.49)).toBe(-2);
  });

  it('property: at every scale inside a level, items never overlap and the clusters and lanes stay the same', () => {
    fc.assert(
      fc.property(
        fc.array(eventArb, { maxLength: 300 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: -29, max: -22 }),
        fc.integer({ min: 1, max: 8 }),
        (raw, centerDay, level, maxLanes) => {
          const events = raw.map((e, i) => ({ ...e, id: `e${i}` }));
          const levels = new LevelLayout();
          const opts = { ...options, maxLanes };
          const seen = new Map<string, { lane: number; ids: string }>();
          // From the level's coarsest scale to just under the next level, zooming in.
          for (const f of [1, 1.01, 1.1, 1.25, 1.5, 1.75, 1.9, 1.999]) {
            const k = 2 ** level * f;
            expect(zoomLevel(k)).toBe(level);
            const { items, visibleCount } = levels.layout(events, viewAt(centerDay * DAY, k), opts);
            const ids = items.flatMap((item) => item.events.map((e) => e.id));
            expect(new Set(ids).size).toBe(ids.length);
            expect(ids.length).toBe(visibleCount);
            for (const item of items) {
              expect(item.lane).toBeLessThan(maxLanes);
              const was = seen.get(item.key);
              const now = { lane: item.lane, ids: item.events.map((e) => e.id).join() };
              if (was) expect(now).toEqual(was);
              else seen.set(item.key, now);
            }
            assertNoOverlap(items);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('property: nothing overlaps while panning inside a level (spans starting off screen keep their label on it)', () => {
    fc.assert(
      fc.property(
        fc.array(eventArb, { maxLength: 200 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: -29, max: -22 }),
        fc.double({ min: 1, max: 1.999, noNaN: true }),
        (raw, centerDay, level, f) => {
          const events = raw.map((e, i) => ({ ...e, id: `e${i}` }));
          const levels = new LevelLayout();
          const k = 2 ** level * f;
          for (let step = 0; step < 12; step++) {
            const { items } = levels.layout(events, viewAt(centerDay * DAY + (step * 150) / k, k), options);
            for (const item of items) {
              if (item.kind === 'event' && !item.events[0]!.point && item.b > 0) expect(item.a).toBeGreaterThanOrEqual(Math.min(0, item.b - item.labelPx) - 1e-6);
            }
            assertNoOverlap(items);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('gives the same layout, moved, for two scales in one level', () => {
    const events = Array.from({ length: 60 }, (_, i) => point(`e${i}`, 100 + i * 3 + (i % 4)));
    const levels = new LevelLayout();
    const k = 2 ** zoomLevel(1 / DAY);
    const a = levels.layout(events, viewAt(190 * DAY, k * 1.05), options);
    const b = levels.layout(events, viewAt(190 * DAY, k * 1.9), options);
    const byKey = new Map(a.items.map((item) => [item.key, item]));
    const common = b.items.filter((item) => byKey.has(item.key));
    expect(common.length).toBeGreaterThan(0);
    for (const item of common) {
      const before = byKey.get(item.key)!;
      expect(item.lane).toBe(before.lane);
      expect(item.events).toEqual(before.events);
      expect(item.kind).toBe(before.kind);
    }
    // Against a fresh layout at the level's coarsest scale: the same clusters.
    const fresh = new LevelLayout().layout(events, viewAt(190 * DAY, k * 1.9), options);
    expect(fresh.items.map((i) => [i.key, i.lane, i.events.length])).toEqual(b.items.map((i) => [i.key, i.lane, i.events.length]));
  });

  it('re-forms the clusters when the zoom crosses a level', () => {
    // Points 4 days apart: clustered at 1 px per day (closer than clusterPx), apart at 2 px per day.
    const events = Array.from({ length: 10 }, (_, i) => point(`e${i}`, 500 + i * 4));
    const levels = new LevelLayout();
    const coarse = 2 ** zoomLevel(1 / DAY);
    const out = levels.layout(events, viewAt(520 * DAY, coarse * 1.2), options);
    expect(out.items.some((i) => i.kind === 'cluster')).toBe(true);
    const inner = levels.layout(events, viewAt(520 * DAY, coarse * 1.9), options);
    expect(inner.items.map((i) => i.key)).toEqual(out.items.map((i) => i.key));
    const next = levels.layout(events, viewAt(520 * DAY, coarse * 2), options);
    expect(next.items.map((i) => i.key)).not.toEqual(out.items.map((i) => i.key));
    expect(next.items.flatMap((i) => i.events.map((e) => e.id)).sort()).toEqual(events.map((e) => e.id).sort());
    assertNoOverlap(next.items);
  });
});

describe('LevelLayout, settled', () => {
  it('lays a settled view out at its own scale, as the plain layout does', () => {
    // 6 days apart: ~3.9 px at the level's own scale (clustered), ~7.3 px at 1.9 times it.
    const events = [point('e0', 500), point('e1', 506)];
    const k = 2 ** zoomLevel(1 / DAY) * 1.9;
    const view = { start: 400 * DAY, end: 400 * DAY + options.width / k };
    const settled = new LevelLayout().layout(events, view, options, [], true);
    const gesture = new LevelLayout().layout(events, view, options, [], false);
    expect(gesture.items.map((i) => i.kind)).toEqual(['cluster']);
    expect(settled.items.map((i) => i.kind)).toEqual(['event', 'event']);
    assertNoOverlap(settled.items);
    const plain = layoutTimeline(events, view, options);
    expect(settled.items.map((i) => [i.key, i.events.length])).toEqual(plain.items.map((i) => [i.key, i.events.length]));
  });
});
