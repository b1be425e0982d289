/**
 * What a reviewer does, as operations on the corrections file (put a record, remove one): the
 * server applies them to the file as it is on disk and answers with what undoes them.
 *
 * One decision, one record: a group of merged events is one merge record (merging into a group
 * extends it, splitting a source it brought in takes it out again), an event added by hand is
 * removed rather than hidden, approving twice adds nothing. Events are named by anchors (their
 * passages), never by ids.
 */
import { anchorAt, anchorOf, resolveAnchor, type Anchor, type Correction, type CorrectionOperation, type EventChanges, type EventSource, type EventsDocument, type MergeCorrection, type NewEvent, type TimelineEvent } from '../../events/index.ts';
import type { ReviewState } from '../../events/review-api.ts';
import type { QueueItem } from './queue.ts';

export interface Author {
  /** `by` of new records (the server's --by), or null. */
  by: string | null;
  /** ISO timestamp for `at`. */
  now: () => string;
  /** A new correction id. */
  newId: (kind: Correction['kind']) => string;
}

/** A correction id: the kind and random letters (unique, safe in URLs). */
export function randomId(kind: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `${kind}-${Array.from(bytes, (b) => (b % 36).toString(36)).join('')}`;
}

export const browserAuthor = (by: string | null): Author => ({ by, now: () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'), newId: randomId });

function record<const K extends Correction['kind']>(kind: K, author: Author) {
  return { id: author.newId(kind), kind, ...(author.by ? { by: author.by } : {}), at: author.now() };
}

const put = (correction: Correction): CorrectionOperation => ({ op: 'put', correction });
const remove = (id: string): CorrectionOperation => ({ op: 'remove', id });

function sameAnchor(a: Anchor, b: Anchor): boolean {
  return a.article === b.article && a.paragraph === b.paragraph && a.text === b.text && a.before === b.before && a.after === b.after;
}

export function editOperations(document: EventsDocument, event: TimelineEvent, set: EventChanges, author: Author): CorrectionOperation[] {
  if (Object.keys(set).length === 0) return [];
  // The server joins it with this reviewer's earlier edit of the event, as the file has it then.
  return [put({ ...record('edit', author), target: anchorOf(document, event), set })];
}

export function approveOperations(document: EventsDocument, item: QueueItem, author: Author): CorrectionOperation[] {
  if (item.approved || item.hidden) return [];
  return [put({ ...record('review', author), target: anchorOf(document, item.event), status: 'approved' })];
}

export function withdrawApprovalOperations(item: QueueItem): CorrectionOperation[] {
  return item.approvedBy.map(remove);
}

/** Hide: a false positive. An event a person added is taken out (its add removed) instead: hiding would leave the add to bring it back. */
export function hideOperations(document: EventsDocument, item: QueueItem, reason: string, author: Author): CorrectionOperation[] {
  if (item.hidden) return [];
  if (item.addedBy && item.event.sources.length === 1) return [remove(item.addedBy)];
  const why = reason.trim();
  return [put({ ...record('hide', author), target: anchorOf(document, item.event), ...(why ? { reason: why } : {}) })];
}

export function restoreOperations(item: QueueItem): CorrectionOperation[] {
  return item.hiddenBy.map(remove);
}

/** The merge record whose group is this event, if a merge made it. */
function mergeOf(state: ReviewState, event: TimelineEvent): MergeCorrection | null {
  const applied = state.applied.find((entry) => entry.kind === 'merge' && entry.event === event.id && !entry.hidden);
  const correction = applied && state.corrections.find((candidate) => candidate.id === applied.correction);
  return correction?.kind === 'merge' ? correction : null;
}

/** `into` keeps its fields and takes `other`'s sources: one merge record for the whole group. */
export function mergeOperations(state: ReviewState, into: TimelineEvent, other: TimelineEvent, author: Author): CorrectionOperation[] {
  const document = state.document;
  if (!document || into === other) return [];
  const keeping = mergeOf(state, into);
  const joining = mergeOf(state, other);
  const targets: Anchor[] = [...(keeping?.targets ?? [anchorOf(document, into)])];
  for (const anchor of joining?.targets ?? [anchorOf(document, other)]) if (!targets.some((known) => sameAnchor(known, anchor))) targets.push(anchor);
  if (keeping) {
    const operations = [put({ ...keeping, targets })];
    if (joining && joining.id !== keeping.id) operations.push(remove(joining.id));
    return operations;
  }
  // The joining group's record becomes the whole group's, `into` first (the first target gives the fields).
  if (joining) return [put({ ...joining, targets })];
  return [put({ ...record('merge', author), targets })];
}

const samePassage = (a: EventSource, b: EventSource) =>
  a.article === b.article && a.paragraph === b.paragraph && a.mention.start === b.mention.start && a.mention.end === b.mention.end;

/**
 * A source leaves its event. When a merge record brought it in, that record lets it go (a
 * split never undoes a merge: the merge is changed instead); otherwise a split record.
 */
export function splitOperations(state: ReviewState, event: TimelineEvent, source: EventSource, author: Author): CorrectionOperation[] {
  const document = state.document;
  if (!document || event.sources.length < 2) return [];
  for (const correction of state.corrections) {
    if (correction.kind !== 'merge') continue;
    const index = correction.targets.findIndex((target) => {
      const found = resolveAnchor(document, target);
      return found.ok && found.event === event && samePassage(found.source, source);
    });
    if (index < 0) continue;
    const targets = correction.targets.filter((_, i) => i !== index);
    return targets.length >= 2 ? [put({ ...correction, targets })] : [remove(correction.id)];
  }
  return [put({ ...record('split', author), source: anchorOf(document, event, source) })];
}

/** An event read from a passage a person selected: the passage is its source. */
export function addOperations(
  document: EventsDocument,
  passage: { article: string; paragraph: number; start: number; end: number },
  event: NewEvent,
  author: Author,
): CorrectionOperation[] {
  return [put({ ...record('add', author), event, passage: anchorAt(document, passage.article, passage.paragraph, passage.start, passage.end) })];
}

/** Deleting a correction that no longer finds its event (only a person removes one). */
export function deleteOrphanOperations(id: string): CorrectionOperation[] {
  return [remove(id)];
}
