/**
 * Event ids: readable, stable while the events are, used in URLs (`#event=2025-02-18-riyadh`).
 *
 * One rule for the build step's merge (src/extract/merge.ts) and for applying corrections:
 * events in order of start, end and title; the id is the start day and a slug of the place (else the type, else
 * "event"), with -2, -3… for the second and third of the same day and place. Corrections
 * change dates, places and the set of events, so they assign ids again by this rule.
 */
import type { TimelineEvent } from './schema.ts';

export function slug(value: string): string {
  return (
    value
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'event'
  );
}

/** The order events are listed in: by start, end, then title. */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  return a.date.start.localeCompare(b.date.start) || a.date.end.localeCompare(b.date.end) || a.title.localeCompare(b.title);
}

/** Sorts the events (in place, stable) and gives each its id. */
export function assignEventIds(events: TimelineEvent[]): TimelineEvent[] {
  events.sort(compareEvents);
  const used = new Map<string, number>();
  for (const event of events) {
    const base = `${event.date.start}-${slug(event.place ?? event.type ?? 'event')}`;
    const count = (used.get(base) ?? 0) + 1;
    used.set(base, count);
    event.id = count === 1 ? base : `${base}-${count}`;
  }
  return events;
}
