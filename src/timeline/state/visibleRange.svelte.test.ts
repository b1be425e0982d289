// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import type { TimelineEvent } from '../../events/index.ts';
import { denseDocument } from '../../events/fixtures/dense.ts';
import { eventInterval } from '../model/time.ts';
import { centerOf, spanOf, type TimeView } from '../model/view.ts';
import { SETTLE_MS, VisibleRange, revealEvent } from './visibleRange.svelte.ts';

const template = denseDocument(1).events[0]!;
const eventOn = (id: string, start: string, end = start): TimelineEvent => ({ ...template, id, date: { ...template.date, start, end } });
const day = eventOn('d', '2025-03-10');
const { start: dayStart, end: dayEnd } = eventInterval(day);
const DAY = dayEnd - dayStart;

describe('revealEvent', () => {
  const around = (before: number, after: number): TimeView => ({ start: dayStart - before * DAY, end: dayEnd + after * DAY });

  it('leaves the view alone when the event is well inside it', () => {
    const view = around(20, 20);
    expect(revealEvent(view, day)).toBe(view);
  });

  it('centres on an event near an edge or outside, keeping the span', () => {
    for (const view of [around(0.5, 40), around(40, 0.5), around(-100, 130)]) {
      const next = revealEvent(view, day);
      expect(spanOf(next)).toBeCloseTo(spanOf(view));
      expect(centerOf(next)).toBeCloseTo((dayStart + dayEnd) / 2);
    }
  });

  it('fits an event longer than the view', () => {
    const year = eventOn('y', '2024-01-01', '2024-12-31');
    const next = revealEvent(around(3, 3), year);
    const { start, end } = eventInterval(year);
    expect(next.start).toBeLessThan(start);
    expect(next.end).toBeGreaterThan(end);
    expect(spanOf(next)).toBeLessThan((end - start) * 1.5);
  });
});

describe('VisibleRange', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function mount() {
    let view: TimeView | null = $state.raw(null);
    let selected: TimelineEvent | null = $state.raw(null);
    const state = {
      get view() {
        return view;
      },
      get selected() {
        return selected;
      },
      set selected(event: TimelineEvent | null) {
        selected = event;
      },
    };
    const told: TimeView[] = [];
    let range!: VisibleRange;
    const destroy = $effect.root(() => {
      range = new VisibleRange({
        get: () => state.view,
        set: (next) => {
          view = next;
          told.push(next);
        },
        extent: () => ({ start: dayStart - 400 * DAY, end: dayEnd + 400 * DAY }),
      });
      range.follow(() => state.selected);
    });
    flushSync();
    return { state, told, range, destroy };
  }

  it('fits all events until the view is set, and tells the host of every move', () => {
    const { range, told, destroy } = mount();
    expect(spanOf(range.current!)).toBeGreaterThan(800 * DAY);
    range.zoom(2);
    expect(told).toHaveLength(1);
    expect(range.current).toBe(told[0]);
    destroy();
  });

  it('the settled range follows at once the first time, then only once the view rests', () => {
    const { range, destroy } = mount();
    vi.advanceTimersByTime(0);
    const first = range.current;
    expect(range.settled).toBe(first);
    range.zoom(1.5);
    flushSync();
    vi.advanceTimersByTime(SETTLE_MS / 2);
    range.zoom(1.5);
    flushSync();
    vi.advanceTimersByTime(SETTLE_MS / 2);
    expect(range.settled).toBe(first);
    vi.advanceTimersByTime(SETTLE_MS);
    expect(range.settled).toBe(range.current);
    destroy();
  });

  it('brings a newly selected event into view once; the reader may then pan away; selecting it again brings it back', () => {
    const { state, range, destroy } = mount();
    range.set({ start: dayStart + 100 * DAY, end: dayStart + 130 * DAY });
    state.selected = day;
    flushSync();
    expect(centerOf(range.current!)).toBeCloseTo((dayStart + dayEnd) / 2);
    const away = { start: dayStart + 200 * DAY, end: dayStart + 230 * DAY };
    range.set(away);
    flushSync();
    expect(range.current).toBe(away);
    state.selected = null;
    flushSync();
    state.selected = day;
    flushSync();
    expect(centerOf(range.current!)).toBeCloseTo((dayStart + dayEnd) / 2);
    destroy();
  });
});
