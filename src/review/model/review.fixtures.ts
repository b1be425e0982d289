/** A review state as the server would send it, made from the corrections tests' sample document. */
import { applyCorrections, applyOperation, type Correction, type CorrectionOperation, type EventsDocument } from '../../events/index.ts';
import type { ReviewState } from '../../events/review-api.ts';
import { sampleDocument } from '../../events/corrections.fixtures.ts';

export function reviewStateOf(corrections: Correction[], extracted: EventsDocument = sampleDocument()): ReviewState {
  const corrected = applyCorrections(extracted, corrections);
  const hiddenEvents = new Set(corrected.hidden.map((entry) => entry.event.id)).size;
  return {
    instance: 'test',
    version: 1,
    reviewer: null,
    files: { articles: 'articles', events: 'events.json', corrections: 'corrections.json' },
    extraction: null,
    extractionError: null,
    correctionsError: null,
    document: corrected.document,
    hidden: corrected.hidden,
    hiddenNames: {},
    orphans: corrected.orphans,
    applied: corrected.applied,
    approved: corrected.approved,
    corrections,
    progress: { reviewed: corrected.approved.length + hiddenEvents, total: corrected.document.events.length + hiddenEvents },
  };
}

/** The corrections after the operations, as the server's file would hold them. */
export function afterOperations(corrections: Correction[], operations: CorrectionOperation[]): Correction[] {
  return operations.reduce((list, operation) => applyOperation(list, operation).corrections, corrections);
}

let counter = 0;
export const testAuthor = { by: 'tester', now: () => '2026-12-04T10:00:00Z', newId: (kind: string) => `${kind}-${++counter}` };
