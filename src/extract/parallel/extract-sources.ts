/**
 * A corpus extracted on every core: each source read and extracted in a worker thread,
 * the outcomes put back in the order of the sources, then merged here as one run in one
 * thread would (corpus.ts). The document is the same bytes for any number of jobs.
 */
import { assembleCorpus, type ArticleOutcome, type CorpusResult } from '../corpus.ts';
import type { ArticleSource, SourceOptions } from '../sources.ts';
import { orderedMap } from './ordered-map.ts';
import { defaultJobs, taskRunner } from './worker-pool.ts';

/**
 * A worker costs its start (loading the extractor and its gazetteer): a small corpus is
 * extracted by fewer workers, or in this thread, than `jobs` allows.
 */
export const MIN_SOURCES_PER_WORKER = 8;

export interface CorpusOptions extends SourceOptions {
  /** At most this many worker threads (default: one per core); 1 runs in this thread. */
  jobs?: number;
  onProgress?: (done: number, total: number) => void;
}

/** How many worker threads extract `sources` sources with `jobs` allowed (1: in this thread, no worker). */
export function threadsFor(sources: number, jobs: number = defaultJobs()): number {
  return Math.max(1, Math.min(jobs, Math.floor(sources / MIN_SOURCES_PER_WORKER)));
}

export async function extractSources(sources: readonly ArticleSource[], options: CorpusOptions = {}): Promise<CorpusResult> {
  const { jobs: requested, onProgress, ...sourceOptions } = options;
  const jobs = threadsFor(sources.length, requested);
  const runner = taskRunner(jobs);
  const outcomes: ArticleOutcome[] = [];
  try {
    // Two tasks per worker in hand: a worker never waits for the next one to be sent.
    const results = orderedMap(sources, (source) => runner.run({ kind: 'source', source, options: sourceOptions }), jobs === 1 ? 1 : jobs * 2);
    for await (const outcome of results) {
      outcomes.push(outcome);
      onProgress?.(outcomes.length, sources.length);
    }
  } finally {
    await runner.close();
  }
  return assembleCorpus(outcomes);
}
