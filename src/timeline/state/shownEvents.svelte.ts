/**
 * The events a timeline shows: a document through the reader's filter, in view order. Times
 * and orders once per document; the filtered list and its time index once per filter or
 * locale; labels lazily, for what is drawn or listed (viewEvents.ts).
 */
import type { EventsDocument } from '../../events/index.ts';
import { EVENT_TYPE_IDS as TYPE_KINDS, typeKind, type EventType as TypeKind } from '../../events/vocabulary.ts';
import { eventMatcher, facetsOf, NO_FILTER, type EventFilter, type FilterFacets } from '../model/filter.ts';
import type { FormatOptions } from '../model/format.ts';
import type { ShownBounds } from '../model/keys.ts';
import { buildTimeIndex, type TimeIndex } from '../model/timeIndex.ts';
import type { ViewEvent } from '../model/types.ts';
import { timeDocument, viewEventsOf } from '../model/viewEvents.ts';

type Interval = { start: number; end: number };

const EMPTY_INDEX = buildTimeIndex<ViewEvent>([], true);

export class ShownEvents {
  /** The reader's filter; FilterBar replaces it whole. */
  filter: EventFilter = $state.raw(NO_FILTER);

  readonly #document: () => EventsDocument | null;
  readonly #fmt: () => FormatOptions;

  readonly #times = $derived.by(() => {
    const doc = this.#document();
    return doc ? timeDocument(doc.events) : null;
  });
  readonly #shown = $derived.by(() => {
    const doc = this.#document();
    const times = this.#times;
    return doc && times ? viewEventsOf(times, eventMatcher(doc, this.filter), this.#fmt(), doc.names) : null;
  });

  /** Places, actors, types and articles to filter by. */
  readonly facets: FilterFacets | null = $derived.by(() => {
    const doc = this.#document();
    return doc ? facetsOf(doc) : null;
  });
  /** The type colours the document uses, in legend order. */
  readonly typeKinds: TypeKind[] = $derived.by(() => {
    const used = new Set((this.facets?.types ?? []).map(typeKind));
    return TYPE_KINDS.filter((kind) => used.has(kind));
  });

  constructor(document: () => EventsDocument | null, fmt: () => FormatOptions) {
    this.#document = document;
    this.#fmt = fmt;
  }

  /** The shown events, chronological. */
  get list(): ViewEvent[] {
    return this.#shown?.list ?? [];
  }
  /** The shown events in mark order, for the band. */
  get index(): TimeIndex<ViewEvent> {
    return this.#shown?.index ?? EMPTY_INDEX;
  }
  /** All of the document's events, from the earliest start to the latest end: the first view. */
  get extent(): Interval | null {
    return this.#times?.extent ?? null;
  }
  /** What "fit" shows: the shown events, else all. */
  get fitExtent(): Interval | null {
    return this.#shown?.extent ?? this.extent;
  }
  /** The number of events in the document, shown or not. */
  get total(): number {
    return this.#document()?.events.length ?? 0;
  }
  /** The first and last shown events, for Home and End. */
  get bounds(): ShownBounds | null {
    const list = this.list;
    const first = list[0];
    const last = list.at(-1);
    return first && last ? { first: first.start, last: last.end } : null;
  }
}
