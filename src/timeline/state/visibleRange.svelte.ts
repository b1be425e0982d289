/**
 * The visible range of a timeline: the bound `view` prop when set, else all events fitted.
 * Every move goes through `set`, which writes the prop and tells the host (onviewchange).
 * It also keeps the selected event in sight, and offers the range once it settles (the list
 * follows that, not every wheel frame: 10,000 events). Construct it while a component
 * initialises (it owns effects).
 */
import { untrack } from 'svelte';
import type { TimelineEvent } from '../../events/index.ts';
import { eventInterval } from '../model/time.ts';
import { centerOn, fitView, spanOf, zoomView, type TimeView } from '../model/view.ts';

type Interval = { start: number; end: number };

/** How long the view must rest before the list follows it (ms). */
export const SETTLE_MS = 150;
/** An event this close to an edge (fraction of the span) is brought in when selected. */
const EDGE_MARGIN = 0.05;

export interface RangeBinding {
  /** The bound view; null means "fit everything". */
  get: () => TimeView | null;
  /** Write the bound view (and tell the host). */
  set: (view: TimeView) => void;
  /** What the first view fits. */
  extent: () => Interval | null;
}

/**
 * The view that brings `event` into sight: unchanged when it is well inside, centred on it
 * when near an edge or outside, fitted to it when it is longer than the view.
 */
export function revealEvent(view: TimeView, event: TimelineEvent): TimeView {
  const { start, end } = eventInterval(event);
  const span = spanOf(view);
  if (end - start >= span) return fitView(start, end);
  if (start < view.start + span * EDGE_MARGIN || end > view.end - span * EDGE_MARGIN) return centerOn(view, (start + end) / 2);
  return view;
}

export class VisibleRange {
  readonly #binding: RangeBinding;
  /** The range on screen now; null until there are events to fit. */
  readonly current: TimeView | null = $derived.by(() => {
    const extent = this.#binding.extent();
    return this.#binding.get() ?? (extent ? fitView(extent.start, extent.end) : null);
  });
  /** `current` once it has rested for SETTLE_MS (at once the first time). */
  settled: TimeView | null = $state.raw(null);

  constructor(binding: RangeBinding) {
    this.#binding = binding;
    $effect(() => {
      const view = this.current;
      const timer = setTimeout(() => (this.settled = view), untrack(() => this.settled) ? SETTLE_MS : 0);
      return () => clearTimeout(timer);
    });
  }

  set(view: TimeView): void {
    this.#binding.set(view);
  }

  /** Zoom around the centre (>1 zooms in). */
  zoom(factor: number): void {
    if (this.current) this.set(zoomView(this.current, factor));
  }

  /** Show [start, end] with a margin. */
  fit(interval: Interval | null, pad?: number): void {
    if (interval) this.set(fitView(interval.start, interval.end, pad));
  }

  /**
   * Bring the selected event into view when the selection changes (deep links, the list,
   * previous/next), once per selection: the reader may then pan away from it.
   */
  follow(selected: () => TimelineEvent | null): void {
    let revealed: string | null = null;
    $effect(() => {
      const event = selected();
      const view = this.current;
      if (!event) revealed = null;
      if (!event || !view || revealed === event.id) return;
      revealed = event.id;
      const next = revealEvent(view, event);
      if (next !== view) untrack(() => this.set(next));
    });
  }
}
