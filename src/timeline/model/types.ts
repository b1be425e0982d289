/** What the view needs per event, computed once per document and locale. */
import type { TimelineEvent } from '../../events/index.ts';
import type { LayoutEvent, LayoutItem } from './layout.ts';
import type { Uncertainty } from './time.ts';

export interface ViewEvent extends LayoutEvent {
  event: TimelineEvent;
  /** Visible short label, "الرياض · ١٨ شباط ٢٠٢٥". */
  label: string;
  /** Accessible name, "الرياض، 18 شباط 2025: title". */
  name: string;
  uncertainty: Uncertainty;
  /** Position in the chronological order of the (filtered) events. */
  index: number;
}

export type ViewItem = LayoutItem<ViewEvent>;
