/**
 * Corrections through random histories of edits and re-extractions, with a model of the
 * extractor (fast, so many histories); correction-histories.fixtures.ts says what is checked.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { historyStep, modelExtractor, runHistory } from './correction-histories.fixtures.ts';

describe('corrections through random edits and re-extractions', () => {
  it('apply to their own event or are reported orphaned; apply whenever their passage and event remain; idempotent', () => {
    const tally = new Map<string, number>();
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.array(historyStep, { minLength: 1, maxLength: 30 }), (articleCount, steps) =>
        runHistory(modelExtractor, articleCount, steps, tally),
      ),
      { numRuns: Number(process.env.TARIKH_PROPERTY_RUNS ?? 120) },
    );
    // not vacuous: every kind of correction applied somewhere, and some were orphaned
    for (const kind of ['hide', 'edit', 'review', 'merge', 'split', 'add', 'orphaned']) expect(tally.get(kind) ?? 0, kind).toBeGreaterThan(0);
  });
});
