import { describe, expect, it } from 'vitest';
import { DAY } from './time.ts';
import { EDGE_INSET, PAN_STEP, PAN_STEP_LARGE, ZOOM_STEP, closesPanel, viewForKey } from './keys.ts';
import { DEFAULT_LIMITS, spanOf, type Flow } from './view.ts';

const view = { start: 1000 * DAY, end: 1100 * DAY };
const shown = { first: 200 * DAY, last: 3000 * DAY };
const key = (k: string, modifiers: { shiftKey?: boolean; altKey?: boolean; ctrlKey?: boolean; metaKey?: boolean } = {}) => ({ key: k, ...modifiers });
const center = (v: { start: number; end: number }) => (v.start + v.end) / 2;

describe('key map: arrows follow the reading direction', () => {
  const cases: [Flow, later: string, earlier: string][] = [
    ['rtl', 'ArrowLeft', 'ArrowRight'],
    ['ltr', 'ArrowRight', 'ArrowLeft'],
  ];
  for (const [flow, later, earlier] of cases) {
    it(`${flow}: ${later} shows later time, ${earlier} earlier, by a tenth of the span`, () => {
      expect(viewForKey(key(later), view, flow, shown)).toEqual({ start: view.start + 10 * DAY, end: view.end + 10 * DAY });
      expect(viewForKey(key(earlier), view, flow, shown)).toEqual({ start: view.start - 10 * DAY, end: view.end - 10 * DAY });
    });

    it(`${flow}: Shift takes a half-span step`, () => {
      expect(viewForKey(key(later, { shiftKey: true }), view, flow, shown)!.start).toBe(view.start + 50 * DAY);
      expect(viewForKey(key(earlier, { shiftKey: true }), view, flow, shown)!.start).toBe(view.start - 50 * DAY);
    });

    it(`${flow}: vertical arrows are left to the page`, () => {
      expect(viewForKey(key('ArrowUp'), view, flow, shown)).toBeNull();
      expect(viewForKey(key('ArrowDown'), view, flow, shown)).toBeNull();
    });
  }

  it('the steps are fractions of the span, so they mean the same at every zoom', () => {
    const wide = { start: 0, end: 10_000 * DAY };
    expect(spanOf(wide) * PAN_STEP).toBe(1000 * DAY);
    expect(viewForKey(key('ArrowRight'), wide, 'ltr', shown)!.start).toBe(1000 * DAY);
    expect(PAN_STEP_LARGE).toBeGreaterThan(PAN_STEP);
  });
});

describe('key map: zoom keys', () => {
  for (const k of ['+', '=']) {
    it(`${k} zooms in one step around the centre`, () => {
      const next = viewForKey(key(k), view, 'rtl', shown)!;
      expect(spanOf(next)).toBeCloseTo(spanOf(view) / ZOOM_STEP);
      expect(center(next)).toBeCloseTo(center(view));
    });
  }
  for (const k of ['-', '_', '−']) {
    it(`${k} zooms out one step around the centre`, () => {
      const next = viewForKey(key(k), view, 'ltr', shown)!;
      expect(spanOf(next)).toBeCloseTo(spanOf(view) * ZOOM_STEP);
      expect(center(next)).toBeCloseTo(center(view));
    });
  }
  it('zooming stops at the narrowest span', () => {
    const narrow = { start: 0, end: DEFAULT_LIMITS.minSpan };
    expect(spanOf(viewForKey(key('+'), narrow, 'rtl', shown)!)).toBeCloseTo(DEFAULT_LIMITS.minSpan);
  });
});

describe('key map: Home and End', () => {
  for (const flow of ['rtl', 'ltr'] as const) {
    it(`${flow}: Home puts the first event a little in from the start, keeping the span`, () => {
      const next = viewForKey(key('Home'), view, flow, shown)!;
      expect(spanOf(next)).toBeCloseTo(spanOf(view));
      expect((shown.first - next.start) / spanOf(next)).toBeCloseTo(EDGE_INSET);
    });
    it(`${flow}: End puts the last event a little in from the end, keeping the span`, () => {
      const next = viewForKey(key('End'), view, flow, shown)!;
      expect(spanOf(next)).toBeCloseTo(spanOf(view));
      expect((next.end - shown.last) / spanOf(next)).toBeCloseTo(EDGE_INSET);
    });
  }
  it('with no event shown, Home and End do nothing', () => {
    expect(viewForKey(key('Home'), view, 'rtl', null)).toBeNull();
    expect(viewForKey(key('End'), view, 'rtl', null)).toBeNull();
  });
});

describe('key map: what is not the band’s', () => {
  it('Alt, Ctrl and ⌘ combinations are left to the browser (Ctrl + zooms the page)', () => {
    for (const modifier of ['altKey', 'ctrlKey', 'metaKey'] as const) {
      expect(viewForKey(key('+', { [modifier]: true }), view, 'rtl', shown)).toBeNull();
      expect(viewForKey(key('ArrowLeft', { [modifier]: true }), view, 'rtl', shown)).toBeNull();
      expect(viewForKey(key('Home', { [modifier]: true }), view, 'rtl', shown)).toBeNull();
    }
  });
  it('other keys (Tab, Enter, letters) move nothing', () => {
    for (const k of ['Tab', 'Enter', ' ', 'a', 'PageDown']) expect(viewForKey(key(k), view, 'ltr', shown)).toBeNull();
  });
  it('Escape closes the panel; nothing else does', () => {
    expect(closesPanel(key('Escape'))).toBe(true);
    expect(closesPanel(key('Backspace'))).toBe(false);
  });
});
