/**
 * The corpus merge (buildDocument) on many articles: the date index against the
 * straightforward merge that compares every candidate with every merged event. Both give
 * the same document (src/extract/merge.test.ts); this measures what the index saves.
 * Articles come from bench/corpus.ts, extracted once; only the merge is timed.
 */
import { makeCorpus } from './corpus.ts';
import { extractArticle, type ArticleExtraction } from '../src/extract/article-events.ts';
import { buildDocument, DateIndex, EveryMergedEvent, type MergedEvents } from '../src/extract/merge.ts';

const ARTICLES = (process.env.TARIKH_BENCH_MERGE_ARTICLES ?? '250,1000,2500').split(',').map(Number);
const RUNS = Number(process.env.TARIKH_BENCH_RUNS ?? 3);

function timeMerge(extractions: ArticleExtraction[], lookup: () => MergedEvents): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const input = structuredClone(extractions); // buildDocument fills in ids: each run gets fresh candidates
    const started = performance.now();
    buildDocument(input, lookup());
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

export function mergeSection(): string[] {
  const largest = Math.max(...ARTICLES);
  const texts = makeCorpus('ar', largest * 4096, 4242).slice(0, largest);
  const extractions = texts.map((text, i) => extractArticle({ id: `a${i}`, text, metadata: { published: '2025-04-10', language: 'ar' } }));
  const lines = [
    '',
    '## Corpus merge',
    '',
    `buildDocument on the candidate events of synthetic Arabic articles (bench/corpus.ts, about 4 KB each; extracted once, only the merge timed); median of ${RUNS} runs.`,
    '"index" files merged events by date (DateIndex, the default); "every event" compares each candidate with every merged event (EveryMergedEvent, the straightforward lookup). Both give the same document.',
    '',
    '| articles | candidate events | merged events | index (ms) | every event (ms) | speed-up |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const count of ARTICLES) {
    const some = extractions.slice(0, count);
    const candidates = some.reduce((sum, extraction) => sum + extraction.events.length, 0);
    const merged = buildDocument(structuredClone(some)).events.length;
    const indexed = timeMerge(some, () => new DateIndex());
    const every = timeMerge(some, () => new EveryMergedEvent());
    process.stderr.write(`merge ${count} articles: index ${indexed.toFixed(0)} ms, every event ${every.toFixed(0)} ms\n`);
    lines.push(`| ${count} | ${candidates} | ${merged} | ${indexed.toFixed(0)} | ${every.toFixed(0)} | ${(every / indexed).toFixed(1)}× |`);
  }
  return lines;
}
