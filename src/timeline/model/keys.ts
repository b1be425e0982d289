/**
 * The band's key map, as maths: a key press and the current view in, the next view out (null
 * when the key is not the band's). Arrows move along the reading direction, so in Arabic the
 * left arrow goes to later time; Shift takes a bigger step. The component only reads the event
 * and keeps focus on the mark that had it.
 */
import { centerOn, panView, spanOf, zoomView, type Flow, type TimeView } from './view.ts';

/** What the key map reads of a keyboard event (a KeyboardEvent is one). */
export interface KeyPress {
  key: string;
  shiftKey?: boolean;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

/** The first and last moments of the shown events, for Home and End; null when none is shown. */
export interface ShownBounds {
  first: number;
  last: number;
}

/** One zoom step, shared by the + and − keys and the zoom buttons. */
export const ZOOM_STEP = 1.5;
/** An arrow press moves this fraction of the visible span; with Shift, the larger one. */
export const PAN_STEP = 0.1;
export const PAN_STEP_LARGE = 0.5;
/** Home and End put the first or last event this fraction of the span in from its edge. */
export const EDGE_INSET = 0.1;

const ZOOM_IN_KEYS = new Set(['+', '=']);
// '_' is Shift + '-' on most layouts; '−' (U+2212) is what the zoom-out button shows.
const ZOOM_OUT_KEYS = new Set(['-', '_', '−']);

/** The view after `press`, or null when the band does not handle it (the browser may). */
export function viewForKey(press: KeyPress, view: TimeView, flow: Flow, shown: ShownBounds | null): TimeView | null {
  // Alt/Ctrl/⌘ combinations belong to the browser and assistive technology (Ctrl+ zooms the page).
  if (press.altKey || press.ctrlKey || press.metaKey) return null;
  const later = flow === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const earlier = flow === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  const step = press.shiftKey ? PAN_STEP_LARGE : PAN_STEP;
  const span = spanOf(view);
  if (press.key === later) return panView(view, step);
  if (press.key === earlier) return panView(view, -step);
  if (ZOOM_IN_KEYS.has(press.key)) return zoomView(view, ZOOM_STEP);
  if (ZOOM_OUT_KEYS.has(press.key)) return zoomView(view, 1 / ZOOM_STEP);
  if (press.key === 'Home' && shown) return centerOn(view, shown.first + span * (0.5 - EDGE_INSET));
  if (press.key === 'End' && shown) return centerOn(view, shown.last - span * (0.5 - EDGE_INSET));
  return null;
}

/** Escape closes the source panel, from anywhere inside the timeline. */
export const closesPanel = (press: KeyPress): boolean => press.key === 'Escape';
