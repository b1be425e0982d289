/**
 * The review queue: every event, shown or hidden, in the order to review it (the lowest
 * confidence first; an event without a confidence first of all, since nothing vouches for it),
 * the filters, and stepping through it.
 *
 * An event is known by its passage (its first source's date phrase), not by its id: ids are
 * given again after every correction (an edited date is a new id), the passage stays.
 */
import type { ReviewState } from '../../events/review-api.ts';
import type { EventSource, Names, TimelineEvent } from '../../events/index.ts';

/** Below this an event's confidence is low (the "low confidence" filter). */
export const LOW_CONFIDENCE = 0.6;

export type QueueFilter = 'all' | 'unreviewed' | 'low' | 'hidden';
export const QUEUE_FILTERS: readonly QueueFilter[] = ['unreviewed', 'low', 'hidden', 'all'];

export interface QueueItem {
  /** The event's passage: its first source's date phrase. */
  key: string;
  event: TimelineEvent;
  /** Names of its place and actors in both languages. */
  names: Names;
  hidden: boolean;
  /** The hide corrections that hide it. */
  hiddenBy: string[];
  hideReason: string | null;
  approved: boolean;
  /** The review corrections that approve it. */
  approvedBy: string[];
  /** The add correction that made it, when a person added it. */
  addedBy: string | null;
  /** 0–1, null when the document gives none. */
  score: number | null;
  /** Reason ids, as the document gives them. */
  reasons: string[];
}

export function passageKey(source: Pick<EventSource, 'article' | 'paragraph'> & { mention: { start: number; end: number } }): string {
  return `${source.article}/${source.paragraph}/${source.mention.start}-${source.mention.end}`;
}

export function eventKey(event: TimelineEvent): string {
  const first = event.sources[0];
  return first ? passageKey(first) : event.id;
}

/** The confidence an events document may carry (tolerated when absent or of another shape). */
function confidenceOf(event: TimelineEvent): { score: number | null; reasons: string[] } {
  const confidence = (event as { confidence?: { score?: unknown; reasons?: unknown } }).confidence;
  const score = typeof confidence?.score === 'number' && Number.isFinite(confidence.score) ? confidence.score : null;
  const reasons = Array.isArray(confidence?.reasons) ? confidence.reasons.filter((reason): reason is string => typeof reason === 'string') : [];
  return { score, reasons };
}

function compareItems(a: QueueItem, b: QueueItem): number {
  const score = (item: QueueItem) => item.score ?? -1;
  return (
    score(a) - score(b) ||
    a.event.date.start.localeCompare(b.event.date.start) ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}

export function queueOf(state: ReviewState): QueueItem[] {
  const document = state.document;
  if (!document) return [];
  const approved = new Set(state.approved);
  // The applied corrections by kind and event, indexed once: a review of thousands of events
  // with thousands of corrections looks each event up, not through every correction.
  const applied = new Map<string, string[]>();
  for (const entry of state.applied) {
    const key = `${entry.kind} ${entry.event} ${!!entry.hidden}`;
    const list = applied.get(key);
    if (list) list.push(entry.correction);
    else applied.set(key, [entry.correction]);
  }
  const byEvent = (kind: string, id: string, hidden: boolean) => applied.get(`${kind} ${id} ${hidden}`) ?? [];
  const items: QueueItem[] = [];
  for (const event of document.events) {
    const reviewed = (event as { reviewed?: unknown }).reviewed === true;
    items.push({
      key: eventKey(event),
      event,
      names: document.names ?? {},
      hidden: false,
      hiddenBy: [],
      hideReason: null,
      approved: approved.has(event.id) || reviewed,
      approvedBy: byEvent('review', event.id, false),
      addedBy: byEvent('add', event.id, false)[0] ?? null,
      ...confidenceOf(event),
    });
  }
  // One entry per hidden event, however many hide corrections hide it.
  const hidden = new Map<string, QueueItem>();
  for (const entry of state.hidden) {
    const known = hidden.get(entry.event.id);
    if (known) {
      known.hiddenBy.push(entry.correction);
      known.hideReason ??= entry.reason ?? null;
      continue;
    }
    hidden.set(entry.event.id, {
      key: eventKey(entry.event),
      event: entry.event,
      names: state.hiddenNames,
      hidden: true,
      hiddenBy: [entry.correction],
      hideReason: entry.reason ?? null,
      approved: false,
      approvedBy: [],
      addedBy: byEvent('add', entry.event.id, true)[0] ?? null,
      ...confidenceOf(entry.event),
    });
  }
  items.push(...hidden.values());
  return items.sort(compareItems);
}

/** How many items the queue draws at first, and how many more each time the reviewer asks. */
export const QUEUE_PAGE = 200;

/**
 * How many of `count` items to draw: the first `limit`, and always as far as the open one
 * (`current`, its index among them, -1 for none) and a few past it, so that stepping with the
 * keys never opens an event the list does not show.
 */
export function queueWindow(count: number, current: number, limit: number): number {
  return Math.min(count, Math.max(limit, current + 1 + QUEUE_AHEAD));
}
const QUEUE_AHEAD = 20;

export function passes(item: QueueItem, filter: QueueFilter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'unreviewed':
      return !item.approved && !item.hidden;
    case 'low':
      return !item.hidden && (item.score === null || item.score < LOW_CONFIDENCE);
    case 'hidden':
      return item.hidden;
  }
}

/**
 * The item a key names now: the event whose passage it is, else the event that now holds that
 * passage among its sources (merged into another), else null.
 */
export function findItem(items: readonly QueueItem[], key: string | null): QueueItem | null {
  if (key === null) return null;
  return items.find((item) => item.key === key) ?? items.find((item) => item.event.sources.some((source) => passageKey(source) === key)) ?? null;
}

/**
 * The next (delta 1) or previous (-1) item that passes the filter, counted from where `key`
 * stands in the whole queue (so stepping on from an event the filter no longer shows, one
 * just approved, goes to its neighbour); from nothing, the first (or last).
 */
export function stepQueue(items: readonly QueueItem[], filter: QueueFilter, key: string | null, delta: 1 | -1): QueueItem | null {
  const current = findItem(items, key);
  const at = current ? items.indexOf(current) : delta > 0 ? -1 : items.length;
  for (let i = at + delta; i >= 0 && i < items.length; i += delta) {
    const item = items[i] as QueueItem;
    if (passes(item, filter)) return item;
  }
  return null;
}
