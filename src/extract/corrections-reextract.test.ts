/**
 * Corrections through random histories of edits and re-extractions, with the real extractor
 * on generated Arabic articles (articles added, removed, paragraphs inserted and deleted,
 * words around dates and the dates themselves edited); correction-histories.fixtures.ts says
 * what is checked after every step.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { historyStep, layout, runHistory, type Extractor } from '../events/correction-histories.fixtures.ts';
import { extractArticle } from './article-events.ts';
import { buildDocument } from './merge.ts';

const realExtractor: Extractor = (model) => {
  const { articles, placed } = layout(model);
  const extractions = articles.map((article) =>
    extractArticle({ id: article.id, text: article.paragraphs.join('\n'), metadata: { published: '2025-04-10', language: 'ar', title: article.title } }),
  );
  return { document: buildDocument(extractions), placed, candidates: extractions.flatMap((extraction) => extraction.events) };
};

describe('corrections through re-extractions by the real extractor', () => {
  it('apply to their own event or are reported orphaned; apply whenever their passage and event remain; idempotent', { timeout: 120_000 }, () => {
    const tally = new Map<string, number>();
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 }), fc.array(historyStep, { minLength: 1, maxLength: 15 }), (articleCount, steps) =>
        runHistory(realExtractor, articleCount, steps, tally),
      ),
      { numRuns: Number(process.env.TARIKH_PROPERTY_RUNS ?? 30) },
    );
    // not vacuous: every kind of correction applied somewhere, and some were orphaned
    for (const kind of ['hide', 'edit', 'review', 'merge', 'split', 'add', 'orphaned']) expect(tally.get(kind) ?? 0, kind).toBeGreaterThan(0);
  });
});
