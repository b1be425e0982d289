/**
 * The corrections file on disk: the same content always gives the same bytes, and two
 * people's files merge in git. Corrections are sorted by the passage they are about
 * (article, paragraph, text), then kind and id; one correction per line; keys in a fixed
 * order; UTF-8 with a final newline. And the operations the review UI sends (put a record,
 * remove one), each answered with its inverse.
 */
import { CORRECTIONS_FORMAT, CORRECTIONS_VERSION, EVENT_FIELDS, type Anchor, type Correction, type CorrectionOperation } from './corrections.ts';

/** Every passage a correction names, in its own order. */
export function anchorsOf(correction: Correction): Anchor[] {
  switch (correction.kind) {
    case 'hide':
    case 'edit':
    case 'review':
      return [correction.target];
    case 'merge':
      return correction.targets;
    case 'split':
      return [correction.source];
    case 'add':
      return correction.passage ? [correction.passage] : [];
  }
}

/** Code-unit order, the same on every machine (localeCompare is not). */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The file's order: by the first passage (article, paragraph, text), then kind, then id. Corrections without a passage come first. */
export function compareCorrections(a: Correction, b: Correction): number {
  const pa = anchorsOf(a)[0];
  const pb = anchorsOf(b)[0];
  return (
    compareText(pa?.article ?? '', pb?.article ?? '') ||
    (pa?.paragraph ?? -1) - (pb?.paragraph ?? -1) ||
    compareText(pa?.text ?? '', pb?.text ?? '') ||
    compareText(a.kind, b.kind) ||
    compareText(a.id, b.id)
  );
}

const ANCHOR_KEYS = ['article', 'paragraph', 'text', 'before', 'after'] as const;
/** Keys of a correction in the order they are written; the anchors' and fields' keys likewise. */
const CORRECTION_KEYS = ['id', 'kind', 'target', 'targets', 'source', 'passage', 'set', 'event', 'status', 'reason', 'link', 'note', 'by', 'at'] as const;

function ordered(record: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) if (record[key] !== undefined) out[key] = record[key];
  return out;
}

function canonical(correction: Correction): Record<string, unknown> {
  const record = ordered(correction as unknown as Record<string, unknown>, CORRECTION_KEYS);
  for (const key of ['target', 'source', 'passage'] as const) {
    if (record[key]) record[key] = ordered(record[key] as Record<string, unknown>, ANCHOR_KEYS);
  }
  if (record.targets) record.targets = (record.targets as Anchor[]).map((anchor) => ordered(anchor, ANCHOR_KEYS));
  for (const key of ['set', 'event'] as const) {
    if (record[key]) record[key] = ordered(record[key] as Record<string, unknown>, EVENT_FIELDS);
  }
  return record;
}

/** The corrections in the file's order (a new array). */
export function sortCorrections(corrections: readonly Correction[]): Correction[] {
  return [...corrections].sort(compareCorrections);
}

/** The file's text: a function of the set of corrections only (not their order, not their keys' order). */
export function serializeCorrections(corrections: readonly Correction[]): string {
  const lines = sortCorrections(corrections).map((correction) => '    ' + JSON.stringify(canonical(correction)));
  return (
    '{\n' +
    `  "format": ${JSON.stringify(CORRECTIONS_FORMAT)},\n` +
    `  "version": ${JSON.stringify(CORRECTIONS_VERSION)},\n` +
    (lines.length ? `  "corrections": [\n${lines.join(',\n')}\n  ]\n` : '  "corrections": []\n') +
    '}\n'
  );
}

/**
 * One operation on a list of corrections → the new list and the operation that undoes it.
 * `put` adds the record, or replaces the record with the same id; `remove` takes the record
 * with that id out (removing one that is not there changes nothing and undoes to nothing).
 */
export function applyOperation(
  corrections: readonly Correction[],
  operation: CorrectionOperation,
): { corrections: Correction[]; inverse: CorrectionOperation | null } {
  const id = operation.op === 'put' ? operation.correction.id : operation.id;
  const index = corrections.findIndex((correction) => correction.id === id);
  const previous = index >= 0 ? (corrections[index] as Correction) : null;
  const rest = corrections.filter((_, i) => i !== index);
  if (operation.op === 'put') {
    return {
      corrections: sortCorrections([...rest, operation.correction]),
      inverse: previous ? { op: 'put', correction: previous } : { op: 'remove', id },
    };
  }
  return { corrections: sortCorrections(rest), inverse: previous ? { op: 'put', correction: previous } : null };
}

function sameAnchor(a: Anchor, b: Anchor): boolean {
  return a.article === b.article && a.paragraph === b.paragraph && a.text === b.text && a.before === b.before && a.after === b.after;
}

/**
 * The record to put for an edit: several edits of one event by one reviewer are one record,
 * so an earlier edit of the same passage by the same person takes the new fields (and keeps
 * its id); otherwise the edit as it is.
 */
export function editRecord(corrections: readonly Correction[], edit: Extract<Correction, { kind: 'edit' }>): Extract<Correction, { kind: 'edit' }> {
  const earlier = corrections.find(
    (correction): correction is Extract<Correction, { kind: 'edit' }> =>
      correction.kind === 'edit' && correction.by === edit.by && sameAnchor(correction.target, edit.target),
  );
  if (!earlier) return edit;
  const set = { ...earlier.set, ...edit.set };
  // A new place without its local name or coordinates clears the old ones (applying an edit does
  // the same): the earlier place's must not stay with the new one.
  if (edit.set.place !== undefined) {
    if (edit.set.placeLocal === undefined) delete set.placeLocal;
    if (edit.set.coordinates === undefined) delete set.coordinates;
  }
  const merged = { ...earlier, set };
  if (edit.at !== undefined) merged.at = edit.at;
  if (edit.note !== undefined) merged.note = edit.note;
  return merged;
}
