/**
 * Wheel, drag and pinch as maths, the way d3-zoom keeps `defaultWheelDelta` and
 * `defaultConstrain`: a description of the input in, an action or a new view out, no DOM.
 * TimelineViewport.svelte owns the listeners, pointer capture and the animation frame; this
 * module decides what each input means.
 *
 * Actions are in screen pixels (a pan of +px moves the content right, as a drag to the right
 * does); only `movedView` turns them into time, which is where the reading direction enters.
 */
import { panByPixels, timeAtReading, zoomView, type Flow, type TimeView } from './view.ts';

/** Pixels per line for wheels that report lines (DOM_DELTA_LINE: Firefox with a mouse wheel). */
export const LINE_PX = 16;
/** Ctrl/⌘ + wheel zooms by exp(-deltaY × this): 100 px of wheel is about 18%. */
export const WHEEL_ZOOM_RATE = 0.002;
/** A press that travels further than this (px, summed) is a drag, not a click. */
export const DRAG_THRESHOLD_PX = 4;
/** Two fingers closer than this (px) give no usable ratio. */
export const MIN_PINCH_PX = 10;

/** What the wheel rule reads of a wheel event (a WheelEvent is one). */
export interface WheelInput {
  deltaX: number;
  deltaY: number;
  /** 0 pixels, 1 lines, 2 pages (WheelEvent.DOM_DELTA_*). */
  deltaMode: number;
  clientX: number;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

/** Zoom by `factor` (>1 zooms in) keeping the time under screen x `atX` in place. */
export interface ZoomAction {
  kind: 'zoom';
  factor: number;
  atX: number;
}
/** Move the content `px` screen pixels to the right (negative: to the left). */
export interface PanAction {
  kind: 'pan';
  px: number;
}
/** A plain vertical wheel: the page scrolls, and the band says how to zoom and pan instead. */
export interface HintAction {
  kind: 'hint';
}
export type MoveAction = ZoomAction | PanAction;
export type WheelAction = MoveAction | HintAction;

/** The wheel's deltas in pixels, whatever unit the device reports in. */
export function wheelPixels(input: Pick<WheelInput, 'deltaX' | 'deltaY' | 'deltaMode'>, pageWidth: number): { dx: number; dy: number } {
  const unit = input.deltaMode === 1 ? LINE_PX : input.deltaMode === 2 ? pageWidth : 1;
  return { dx: input.deltaX * unit, dy: input.deltaY * unit };
}

/**
 * What a wheel event does to the band. Ctrl/⌘ + wheel zooms (a trackpad pinch arrives as
 * ctrl + wheel in Chromium); Shift + vertical wheel and a mostly horizontal wheel pan; a plain
 * vertical wheel belongs to the page (an embedded timeline must not trap page scrolling), so
 * it only asks for the hint. Null: nothing to do. A zoom or pan must cancel the event's default.
 */
export function wheelAction(input: WheelInput, pageWidth: number): WheelAction | null {
  const { dx, dy } = wheelPixels(input, pageWidth);
  if (input.ctrlKey || input.metaKey) return { kind: 'zoom', factor: Math.exp(-dy * WHEEL_ZOOM_RATE), atX: input.clientX };
  if (input.shiftKey && dx === 0) return { kind: 'pan', px: -dy };
  if (Math.abs(dx) > Math.abs(dy)) return { kind: 'pan', px: -dx };
  if (dy !== 0) return { kind: 'hint' };
  return null;
}

// ---- pointers: one drags, two pinch -------------------------------------------------------

/** What the pointer rules read of a pointer event (a PointerEvent is one). */
export interface PointerInput {
  pointerId: number;
  clientX: number;
  /** 0 is the primary button (or a touch or pen contact). */
  button?: number;
}

/** The pointers pressed on the band and what they have done so far. */
export interface PointerGesture {
  /** clientX of each pressed pointer, by pointer id. */
  readonly pointers: ReadonlyMap<number, number>;
  /** Where the dragging pointer was at its last move. */
  readonly lastX: number;
  /** How far the drag has travelled (px, summed both ways). */
  readonly travelled: number;
  /** The distance between the two pinching pointers at their last move. */
  readonly pinchDistance: number;
  /** The pointers moved the view: the click that ends the press is not a click on a mark. */
  readonly moved: boolean;
}

export const NO_POINTERS: PointerGesture = { pointers: new Map(), lastX: 0, travelled: 0, pinchDistance: 0, moved: false };

export interface PointerStep {
  gesture: PointerGesture;
  action: MoveAction | null;
  /** The press just became a drag: capture the pointer so the drag goes on outside the band. */
  capture: boolean;
}

const xs = (pointers: ReadonlyMap<number, number>): number[] => [...pointers.values()];

export function pointerDown(gesture: PointerGesture, input: PointerInput): PointerGesture {
  if ((input.button ?? 0) !== 0) return gesture;
  const pointers = new Map(gesture.pointers).set(input.pointerId, input.clientX);
  if (pointers.size === 1) return { ...gesture, pointers, lastX: input.clientX, travelled: 0, moved: false };
  if (pointers.size === 2) {
    const [x1 = 0, x2 = 0] = xs(pointers);
    return { ...gesture, pointers, pinchDistance: Math.abs(x1 - x2) };
  }
  return { ...gesture, pointers };
}

export function pointerMove(gesture: PointerGesture, input: PointerInput): PointerStep {
  // Hovering pointers, and presses that began elsewhere, are not gestures on the band.
  if (!gesture.pointers.has(input.pointerId)) return { gesture, action: null, capture: false };
  const pointers = new Map(gesture.pointers).set(input.pointerId, input.clientX);
  if (pointers.size === 1) {
    const dx = input.clientX - gesture.lastX;
    const travelled = gesture.travelled + Math.abs(dx);
    const next = { ...gesture, pointers, lastX: input.clientX, travelled };
    // Below the threshold it may still be a click on a mark: the view stays put.
    if (travelled <= DRAG_THRESHOLD_PX) return { gesture: next, action: null, capture: false };
    return { gesture: { ...next, moved: true }, action: { kind: 'pan', px: dx }, capture: !gesture.moved };
  }
  if (pointers.size === 2) {
    const [x1 = 0, x2 = 0] = xs(pointers);
    const distance = Math.abs(x1 - x2);
    const usable = gesture.pinchDistance > MIN_PINCH_PX && distance > MIN_PINCH_PX;
    const action: ZoomAction | null = usable ? { kind: 'zoom', factor: distance / gesture.pinchDistance, atX: (x1 + x2) / 2 } : null;
    return { gesture: { ...gesture, pointers, pinchDistance: distance, moved: true }, action, capture: false };
  }
  return { gesture: { ...gesture, pointers }, action: null, capture: false };
}

/** A pointer lifts (or is cancelled). A pinch that drops to one finger goes on as a drag from where that finger is. */
export function pointerUp(gesture: PointerGesture, input: Pick<PointerInput, 'pointerId'>): PointerGesture {
  if (!gesture.pointers.has(input.pointerId)) return gesture;
  const pointers = new Map(gesture.pointers);
  pointers.delete(input.pointerId);
  const lastX = pointers.size === 1 ? (xs(pointers)[0] ?? gesture.lastX) : gesture.lastX;
  return { ...gesture, pointers, lastX };
}

// ---- one move per animation frame ---------------------------------------------------------

/** Moves gathered since the last frame: pans add up, zoom factors multiply, the latest anchor wins. */
export interface PendingMove {
  pan: number;
  zoom: number;
  atX: number | null;
}

export const NO_MOVE: PendingMove = { pan: 0, zoom: 1, atX: null };

export function gatherMove(pending: PendingMove, action: MoveAction): PendingMove {
  return action.kind === 'pan'
    ? { ...pending, pan: pending.pan + action.px }
    : { ...pending, zoom: pending.zoom * action.factor, atX: action.atX };
}

/** Screen x → reading offset: px from the edge where time starts (the right edge in RTL). */
export function readingOffsetAt(clientX: number, box: { left: number; width: number }, flow: Flow): number {
  const x = clientX - box.left;
  return flow === 'rtl' ? box.width - x : x;
}

/**
 * The view after a frame's moves: the pan first, then the zoom around the time under the
 * anchor in the panned view. Returns `view` itself when nothing moves.
 * `readingAt` turns the anchor's screen x into a reading offset (readingOffsetAt on the band's box).
 */
export function movedView(view: TimeView, pending: PendingMove, width: number, flow: Flow, readingAt: (clientX: number) => number): TimeView {
  let next = view;
  if (pending.pan) next = panByPixels(next, pending.pan, width, flow);
  if (pending.zoom !== 1 && pending.atX !== null) next = zoomView(next, pending.zoom, timeAtReading(next, width, readingAt(pending.atX)));
  return next;
}
