import { describe, expect, it } from 'vitest';
import { DAY } from './time.ts';
import {
  DRAG_THRESHOLD_PX,
  LINE_PX,
  NO_MOVE,
  NO_POINTERS,
  gatherMove,
  movedView,
  pointerDown,
  pointerMove,
  pointerUp,
  readingOffsetAt,
  wheelAction,
  wheelPixels,
  type PointerGesture,
  type WheelInput,
} from './gestures.ts';
import { spanOf, timeAtReading, type Flow } from './view.ts';

const wheel = (input: Partial<WheelInput>): WheelInput => ({
  deltaX: 0,
  deltaY: 0,
  deltaMode: 0,
  clientX: 500,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...input,
});

describe('wheel: deltas in pixels', () => {
  it('pixels as they are, lines as 16 px, pages as the band width', () => {
    expect(wheelPixels({ deltaX: 3, deltaY: -7, deltaMode: 0 }, 800)).toEqual({ dx: 3, dy: -7 });
    expect(wheelPixels({ deltaX: 1, deltaY: -3, deltaMode: 1 }, 800)).toEqual({ dx: LINE_PX, dy: -3 * LINE_PX });
    expect(wheelPixels({ deltaX: 0, deltaY: 1, deltaMode: 2 }, 800)).toEqual({ dx: 0, dy: 800 });
  });
});

describe('wheel: what it does', () => {
  it('Ctrl + wheel up zooms in, down zooms out, around the pointer', () => {
    const up = wheelAction(wheel({ deltaY: -100, ctrlKey: true, clientX: 321 }), 800);
    expect(up).toEqual({ kind: 'zoom', factor: Math.exp(0.2), atX: 321 });
    const down = wheelAction(wheel({ deltaY: 100, ctrlKey: true }), 800);
    expect(down?.kind === 'zoom' && down.factor).toBeLessThan(1);
  });

  it('⌘ + wheel zooms like Ctrl (macOS), and a line-mode wheel zooms as much as its pixels', () => {
    expect(wheelAction(wheel({ deltaY: -100, metaKey: true }), 800)).toMatchObject({ kind: 'zoom', factor: Math.exp(0.2) });
    expect(wheelAction(wheel({ deltaY: -3, deltaMode: 1, ctrlKey: true }), 800)).toMatchObject({ kind: 'zoom', factor: Math.exp(3 * LINE_PX * 0.002) });
  });

  it('Ctrl + wheel zooms even when the wheel is horizontal', () => {
    expect(wheelAction(wheel({ deltaX: 50, deltaY: 10, ctrlKey: true }), 800)?.kind).toBe('zoom');
  });

  it('a mostly horizontal wheel pans against its delta (scrolling right brings what is right into view)', () => {
    expect(wheelAction(wheel({ deltaX: 120, deltaY: 30 }), 800)).toEqual({ kind: 'pan', px: -120 });
    expect(wheelAction(wheel({ deltaX: -2, deltaMode: 1 }), 800)).toEqual({ kind: 'pan', px: 2 * LINE_PX });
  });

  it('Shift + vertical wheel pans (a mouse without a horizontal wheel)', () => {
    expect(wheelAction(wheel({ deltaY: 100, shiftKey: true }), 800)).toEqual({ kind: 'pan', px: -100 });
  });

  it('a plain vertical wheel is the page’s: it only asks for the hint', () => {
    expect(wheelAction(wheel({ deltaY: 100 }), 800)).toEqual({ kind: 'hint' });
    expect(wheelAction(wheel({ deltaX: 30, deltaY: 100 }), 800)).toEqual({ kind: 'hint' });
  });

  it('an empty wheel does nothing', () => {
    expect(wheelAction(wheel({}), 800)).toBeNull();
  });
});

const down = (g: PointerGesture, pointerId: number, clientX: number, button = 0) => pointerDown(g, { pointerId, clientX, button });
const move = (g: PointerGesture, pointerId: number, clientX: number) => pointerMove(g, { pointerId, clientX });

describe('drag', () => {
  it('a press that travels no more than the threshold stays a click: no pan, no capture', () => {
    let g = down(NO_POINTERS, 1, 100);
    for (const x of [102, 101, 102]) {
      const step = move(g, 1, x);
      expect(step.action).toBeNull();
      expect(step.capture).toBe(false);
      g = step.gesture;
    }
    expect(g.travelled).toBe(DRAG_THRESHOLD_PX);
    expect(g.moved).toBe(false);
  });

  it('past the threshold it pans by each move, captures the pointer once, and swallows the closing click', () => {
    let g = down(NO_POINTERS, 1, 100);
    const first = move(g, 1, 110);
    expect(first.action).toEqual({ kind: 'pan', px: 10 });
    expect(first.capture).toBe(true);
    g = first.gesture;
    const second = move(g, 1, 105);
    expect(second.action).toEqual({ kind: 'pan', px: -5 });
    expect(second.capture).toBe(false);
    expect(second.gesture.moved).toBe(true);
    // The next press starts afresh: its click is a click.
    g = down(pointerUp(second.gesture, { pointerId: 1 }), 2, 300);
    expect(g.moved).toBe(false);
    expect(g.travelled).toBe(0);
  });

  it('counts travel both ways, so a jittery press becomes a drag', () => {
    let g = down(NO_POINTERS, 1, 100);
    g = move(g, 1, 103).gesture;
    g = move(g, 1, 100).gesture;
    expect(move(g, 1, 102).action).toEqual({ kind: 'pan', px: 2 });
  });

  it('ignores secondary buttons and pointers that are not pressed on the band', () => {
    expect(down(NO_POINTERS, 1, 100, 2)).toBe(NO_POINTERS);
    const hover = move(NO_POINTERS, 7, 400);
    expect(hover).toEqual({ gesture: NO_POINTERS, action: null, capture: false });
    const g = down(NO_POINTERS, 1, 100);
    expect(move(g, 2, 400).gesture).toBe(g);
    expect(pointerUp(g, { pointerId: 2 })).toBe(g);
  });
});

describe('pinch', () => {
  it('two fingers spreading zoom in by the ratio of their distances, around their midpoint', () => {
    let g = down(down(NO_POINTERS, 1, 400), 2, 500);
    expect(g.pinchDistance).toBe(100);
    const step = move(g, 2, 600);
    expect(step.action).toEqual({ kind: 'zoom', factor: 2, atX: 500 });
    g = step.gesture;
    expect(move(g, 1, 500).action).toEqual({ kind: 'zoom', factor: 0.5, atX: 550 });
  });

  it('the order of the fingers does not matter', () => {
    const g = down(down(NO_POINTERS, 1, 500), 2, 400);
    expect(move(g, 1, 600).action).toEqual({ kind: 'zoom', factor: 2, atX: 500 });
  });

  it('fingers too close together give no ratio (no jump to a huge zoom)', () => {
    let g = down(down(NO_POINTERS, 1, 400), 2, 405);
    const step = move(g, 2, 500);
    expect(step.action).toBeNull();
    g = step.gesture;
    expect(move(g, 2, 600).action).toEqual({ kind: 'zoom', factor: 2, atX: 500 });
    expect(move(g, 2, 406).action).toBeNull();
  });

  it('a pinch swallows the closing click and goes on as a drag from the finger left, without a jump', () => {
    let g = down(down(NO_POINTERS, 1, 400), 2, 500);
    g = move(g, 2, 600).gesture;
    expect(g.moved).toBe(true);
    g = pointerUp(g, { pointerId: 1 });
    expect(g.lastX).toBe(600);
    const drag = move(g, 2, 610);
    expect(drag.action).toEqual({ kind: 'pan', px: 10 });
    // Already moved by the pinch: no second capture.
    expect(drag.capture).toBe(false);
  });

  it('a third finger neither pans nor zooms', () => {
    const g = down(down(down(NO_POINTERS, 1, 100), 2, 300), 3, 500);
    expect(move(g, 3, 700).action).toBeNull();
  });
});

describe('one move per frame', () => {
  it('gathers pans by adding, zooms by multiplying, keeping the latest anchor', () => {
    let pending = NO_MOVE;
    pending = gatherMove(pending, { kind: 'pan', px: 10 });
    pending = gatherMove(pending, { kind: 'zoom', factor: 2, atX: 100 });
    pending = gatherMove(pending, { kind: 'pan', px: -4 });
    pending = gatherMove(pending, { kind: 'zoom', factor: 1.5, atX: 300 });
    expect(pending).toEqual({ pan: 6, zoom: 3, atX: 300 });
    expect(NO_MOVE).toEqual({ pan: 0, zoom: 1, atX: null });
  });

  const view = { start: 0, end: 100 * DAY };
  const box = { left: 50, width: 1000 };

  it('nothing gathered: the same view', () => {
    expect(movedView(view, NO_MOVE, 1000, 'rtl', (x) => readingOffsetAt(x, box, 'rtl'))).toBe(view);
  });

  it('reading offsets run from the right edge in RTL and from the left in LTR', () => {
    expect(readingOffsetAt(150, box, 'ltr')).toBe(100);
    expect(readingOffsetAt(150, box, 'rtl')).toBe(900);
  });

  const flows: [Flow, laterWhenDraggedRight: boolean][] = [
    ['rtl', true],
    ['ltr', false],
  ];
  for (const [flow, later] of flows) {
    it(`${flow}: dragging right shows ${later ? 'later' : 'earlier'} time, by the dragged share of the span`, () => {
      const next = movedView(view, { pan: 100, zoom: 1, atX: null }, 1000, flow, (x) => readingOffsetAt(x, box, flow));
      expect(next.start).toBeCloseTo((later ? 10 : -10) * DAY);
      expect(spanOf(next)).toBeCloseTo(spanOf(view));
    });

    it(`${flow}: zooming keeps the time under the pointer under the pointer`, () => {
      const readingAt = (x: number) => readingOffsetAt(x, box, flow);
      const atX = 300;
      const before = timeAtReading(view, 1000, readingAt(atX));
      const next = movedView(view, { pan: 0, zoom: 4, atX }, 1000, flow, readingAt);
      expect(spanOf(next)).toBeCloseTo(25 * DAY);
      expect(timeAtReading(next, 1000, readingAt(atX))).toBeCloseTo(before);
    });

    it(`${flow}: a frame with both pans first, then zooms around the anchor in the panned view`, () => {
      const readingAt = (x: number) => readingOffsetAt(x, box, flow);
      const next = movedView(view, { pan: 200, zoom: 2, atX: 550 }, 1000, flow, readingAt);
      const panned = movedView(view, { pan: 200, zoom: 1, atX: null }, 1000, flow, readingAt);
      expect(spanOf(next)).toBeCloseTo(50 * DAY);
      expect(timeAtReading(next, 1000, readingAt(550))).toBeCloseTo(timeAtReading(panned, 1000, readingAt(550)));
    });
  }
});
