/**
 * What `tarikh/embed` gives a TypeScript page: the element's tag, its properties and its
 * `tarikh-select` event (the module itself, element.ts, is bundled with Svelte inside:
 * lib/embed/embed.js; these are its declarations).
 */
import type { EventsDocument, TimelineEvent } from '../events/schema.ts';

export const TAG = 'tarikh-timeline';

/** `<tarikh-timeline>`: attributes `src`, `lang`, `dir`, `height`, `event`, `theme`; the `events` property takes a document in hand. */
export interface TarikhTimelineElement extends HTMLElement {
  /** The events document's URL. */
  src: string | null;
  /** `ar` or `en`. */
  lang: string;
  /** `rtl` or `ltr` (default: the language's). */
  dir: string;
  /** In CSS pixels. */
  height: string | number | null;
  /** The id of the event shown open. */
  event: string | null;
  /** `light`, `dark` or `auto`. */
  theme: string | null;
  /** A document in hand instead of `src`, validated the same way. */
  events: EventsDocument | null;
}

/** The detail of `tarikh-select`: the event the reader opened; `id` null when they closed it. */
export interface TarikhSelectDetail {
  id: string | null;
  event: TimelineEvent | null;
}

declare global {
  interface HTMLElementTagNameMap {
    'tarikh-timeline': TarikhTimelineElement;
  }
  interface HTMLElementEventMap {
    'tarikh-select': CustomEvent<TarikhSelectDetail>;
  }
}
