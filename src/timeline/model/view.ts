/**
 * The visible time range ("view") and the pure operations that move it: pan, zoom around
 * an anchor, fit, centre. Browser-free; the viewport component turns gestures into calls.
 */
import { timeTicks, type TimeInterval } from 'd3';
import { DAY } from './time.ts';

export interface TimeView {
  start: number;
  end: number;
}

/** Direction time flows on screen: in RTL later is further left. */
export type Flow = 'rtl' | 'ltr';

export interface ViewLimits {
  /** Narrowest span: a few days, so single days stay distinguishable. */
  minSpan: number;
  /** Widest span. */
  maxSpan: number;
}

export const DEFAULT_LIMITS: ViewLimits = { minSpan: 3 * DAY, maxSpan: 400 * 365.25 * DAY };

export const spanOf = (view: TimeView): number => view.end - view.start;
export const centerOf = (view: TimeView): number => (view.start + view.end) / 2;

function clampView(view: TimeView, limits: ViewLimits = DEFAULT_LIMITS): TimeView {
  const span = Math.min(limits.maxSpan, Math.max(limits.minSpan, spanOf(view)));
  if (span === spanOf(view)) return view;
  const c = centerOf(view);
  return { start: c - span / 2, end: c + span / 2 };
}

/** Shift by a fraction of the visible span; positive moves towards later time. */
export function panView(view: TimeView, fraction: number): TimeView {
  const d = spanOf(view) * fraction;
  return { start: view.start + d, end: view.end + d };
}

/** Pan by a drag of `dx` screen pixels (positive = pointer moved right) across `width` px. */
export function panByPixels(view: TimeView, dx: number, width: number, flow: Flow): TimeView {
  if (width <= 0) return view;
  const fraction = (dx / width) * (flow === 'rtl' ? 1 : -1);
  return panView(view, fraction);
}

/**
 * Zoom by `factor` (>1 zooms in) keeping `anchor` (a time) at the same place on screen.
 * Limits are applied by scaling the factor, so the anchor stays put even at a limit.
 */
export function zoomView(
  view: TimeView,
  factor: number,
  anchor: number = centerOf(view),
  limits: ViewLimits = DEFAULT_LIMITS,
): TimeView {
  const span = spanOf(view);
  const next = Math.min(limits.maxSpan, Math.max(limits.minSpan, span / factor));
  const k = next / span;
  return { start: anchor - (anchor - view.start) * k, end: anchor + (view.end - anchor) * k };
}

export function isAtZoomLimit(view: TimeView, direction: 'in' | 'out', limits: ViewLimits = DEFAULT_LIMITS): boolean {
  const span = spanOf(view);
  return direction === 'in' ? span <= limits.minSpan * 1.0001 : span >= limits.maxSpan * 0.9999;
}

/** A view showing [start, end) with `pad` of the span on each side. */
export function fitView(start: number, end: number, pad = 0.06, limits: ViewLimits = DEFAULT_LIMITS): TimeView {
  const span = Math.max(end - start, DAY) * (1 + 2 * pad);
  const c = (start + end) / 2;
  return clampView({ start: c - span / 2, end: c + span / 2 }, limits);
}

export function centerOn(view: TimeView, time: number): TimeView {
  const half = spanOf(view) / 2;
  return { start: time - half, end: time + half };
}

/** Time → physical x for a view, with d3's calendar ticks (what d3.scaleTime does for us). */
export interface TimeScale {
  (time: Date | number): number;
  /** d3.timeTicks over the view: about `count` ticks, or every tick of `interval`. */
  ticks(countOrInterval: number | TimeInterval): Date[];
}

/**
 * The time scale for a view: domain is the view, range runs with the flow. A linear map plus
 * d3-time's ticker rather than d3.scaleTime, whose default interpolators and tick formats
 * (d3-interpolate, d3-color, d3-time-format) would add about 8 KB gzipped to the embed.
 */
export function timeScale(view: TimeView, width: number, flow: Flow): TimeScale {
  const [from, to] = flow === 'rtl' ? [width, 0] : [0, width];
  const span = spanOf(view) || 1;
  const scale = ((time: Date | number) => from + ((+time - view.start) / span) * (to - from)) as TimeScale;
  // d3.timeTicks takes a count or an interval (its typings list only the count).
  scale.ticks = (countOrInterval) => timeTicks(new Date(view.start), new Date(view.end), countOrInterval as number);
  return scale;
}

/** The time at a reading offset. */
export function timeAtReading(view: TimeView, width: number, offset: number): number {
  return view.start + (offset / width) * spanOf(view);
}
