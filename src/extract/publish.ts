/**
 * What the build step publishes: the extracted document with a person's corrections applied
 * (hidden events taken out, ids assigned again), or only the approved events on request.
 * Corrections that no longer find their event are warnings naming them; they stay in the
 * file, which the build step only reads.
 */
import { applyCorrections, approvedOnly, type CorrectedDocument } from '../events/apply-corrections.ts';
import type { Correction } from '../events/corrections.ts';
import type { EventsDocument } from '../events/schema.ts';
import { validateEventsDocument } from '../events/validate.ts';
import type { CorpusResult } from './corpus.ts';
import type { Warning } from './article-events.ts';
import { glossaryOf } from './gazetteer/index.ts';

export interface Publication {
  document: EventsDocument;
  /** null when no corrections were applied. */
  corrected: CorrectedDocument | null;
  warnings: Warning[];
}

export function publish(result: CorpusResult, corrections: readonly Correction[] | null, options: { approvedOnly?: boolean; file?: string } = {}): Publication {
  if (!corrections && !options.approvedOnly) return { document: result.document, corrected: null, warnings: [] };
  const corrected = applyCorrections(result.document, corrections ?? [], { candidates: result.extractions.flatMap((extraction) => extraction.events) });
  const warnings: Warning[] = corrected.orphans.map((orphan) => ({
    message: `correction ${orphan.correction} (${orphan.description}) is not applied: ${orphan.reason}; it stays in ${options.file ?? 'the corrections file'}`,
  }));
  const chosen = options.approvedOnly ? approvedOnly(corrected) : corrected.document;
  // A corrected place or actor is named in both languages too; a hidden one is not named.
  const document = { ...chosen, names: glossaryOf(chosen.events) };
  if (options.approvedOnly && document.events.length === 0) {
    warnings.push({ message: '--approved-only: no event is approved, so none is published' });
  }
  const validation = validateEventsDocument(document);
  if (!validation.ok) {
    throw new Error(`internal error: the corrected document does not pass its own schema:\n  ${validation.errors.join('\n  ')}`);
  }
  return { document, corrected, warnings };
}
