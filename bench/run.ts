/**
 * npm run bench: measurements side by side, in one run, as ratios against a baseline.
 * Writes bench/results/report.md and chart images, and prints a summary.
 *
 *   extraction  Tarikh's Arabic engine vs chrono-node's English parser (same bytes),
 *               and chrono-node's shipped Arabic locale, at about 1, 5 and 20 MB
 *   merge       the corpus merge (buildDocument) with and without its date index
 *   scaling     time per character (or event) at a large size ÷ at a small one, on long and
 *               hostile inputs (bench/scaling.ts)
 *   rendering   Tarikh, vis-timeline and TimelineJS3 in Chromium (bench/render.ts)
 *   package     the compiled `tarikh` command: --jobs 1 against every core, --jsonl memory on a
 *               long stream, start-up (bench/package.ts)
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { build } from 'vite';
import { barChartSvg, type Bar } from './chart.ts';
import { CACHE } from './render/build.ts';
import { mergeSection } from './merge.ts';
import { scalingSection } from './scaling.ts';
import { adversarialSection } from './adversarial.ts';
import { CLI_LABEL, EMPTY_INPUT, memorySection, runCli } from './memory.ts';
import { makeCorpus, realCorpus } from './corpus.ts';
import { packageSection } from './package.ts';

interface Measurement {
  engine: string;
  corpus: Corpus;
  bytes: number;
  ms: number;
  maxRssMb: number;
  mentions: number;
  events: number;
}

type Corpus = 'synthetic' | 'real';
const SIZES = (process.env.TARIKH_BENCH_SIZES ?? '1,5,20').split(',').map(Number);
/** Tarikh's date mentions alone; the whole build step as --jsonl runs it (mentions, events, JSON); chrono-node's English and Arabic parsers. */
const WORKER_ENGINES: Record<Corpus, string[]> = {
  synthetic: ['tarikh-ar', 'tarikh-whole', 'chrono-en', 'chrono-ar'],
  real: ['tarikh-ar', 'tarikh-whole', 'chrono-en'],
};
/** Tarikh run from its TypeScript sources through tsx, as `npm run extract` does: the loader's cost, shown apart. */
const TSX_ENGINE = 'tarikh-ar (tsx)';
/** The CLI as a user runs it: the compiled `tarikh extract --jsonl < corpus.jsonl` (start-up included, every core: --jobs defaults to the number of cores), or $TARIKH_BENCH_CLI. */
const CLI_ENGINE = 'cli --jsonl';
const ENGINE_NAMES: Record<string, string> = {
  'tarikh-ar': 'Tarikh, date mentions',
  'tarikh-whole': 'Tarikh, whole build step',
  'chrono-en': 'chrono-en',
  'chrono-ar': 'chrono-ar',
  [TSX_ENGINE]: 'Tarikh, date mentions (tsx)',
  [CLI_ENGINE]: 'Tarikh CLI, `--jsonl` (start-up included)',
};
const RUNS = Number(process.env.TARIKH_BENCH_RUNS ?? 3);
/** Extraction runs are short and the machine is shared: more of them, for a steadier median. */
const EXTRACTION_RUNS = Number(process.env.TARIKH_BENCH_EXTRACTION_RUNS ?? Math.max(RUNS, 5));
const SECTIONS = new Set((process.env.TARIKH_BENCH_SECTIONS ?? 'extraction,merge,scaling,adversarial,memory,rendering,package').split(',').map((s) => s.trim()));

/**
 * Every engine runs in plain Node from one JavaScript bundle of the worker (Tarikh's sources
 * compiled by Vite, chrono-node as published): the same runtime for all, as a library is
 * used once built. Under a TypeScript loader Tarikh's code would pay the loader's cost too
 * (tsx: its ESM hooks and source maps), which chrono-node's published JavaScript does not.
 */
const WORKER_DIR = resolve(CACHE, 'extract-worker');

async function buildWorker(): Promise<string> {
  await build({
    configFile: false,
    root: resolve('.'),
    logLevel: 'warn',
    publicDir: false,
    build: {
      ssr: resolve('bench/extract-worker.ts'),
      outDir: WORKER_DIR,
      emptyOutDir: true,
      minify: false,
      // one folder, as in the package: the gazetteer reads its generated data beside its module
      rollupOptions: { output: { entryFileNames: 'extract-worker.mjs', chunkFileNames: '[name]-[hash].mjs' } },
    },
  });
  for (const name of ['world.generated.json', 'world.index.generated.json']) copyFileSync(resolve('src/extract/gazetteer', name), resolve(WORKER_DIR, name));
  return resolve(WORKER_DIR, 'extract-worker.mjs');
}

function measure(worker: string, engine: string, megabytes: number, corpus: Corpus): Measurement {
  if (engine === CLI_ENGINE) return measureCli(megabytes, corpus);
  const [command, args] =
    engine === TSX_ENGINE ? ['node_modules/.bin/tsx', ['bench/extract-worker.ts', 'tarikh-ar']] : [process.execPath, [worker, engine]];
  const out = execFileSync(command, [...args, String(megabytes), corpus], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return { ...JSON.parse(out.trim().split('\n').pop()!), engine };
}

/** The corpus as the JSON lines `--jsonl` reads, written once per size and corpus. */
const jsonlFiles = new Map<string, { file: string; bytes: number }>();
async function jsonlCorpus(megabytes: number, corpus: Corpus): Promise<{ file: string; bytes: number }> {
  const key = `${corpus}-${megabytes}`;
  let made = jsonlFiles.get(key);
  if (!made) {
    const articles =
      corpus === 'real'
        ? await realCorpus(megabytes * 1024 * 1024)
        : makeCorpus('ar', megabytes * 1024 * 1024, megabytes * 7919).map((text, i) => ({ id: `synthetic-${i}`, text, ref: '2025-04-10' as string | null }));
    const file = resolve(CACHE, `corpus-${key}.jsonl`);
    mkdirSync(CACHE, { recursive: true });
    writeFileSync(file, articles.map(({ id, text, ref }) => JSON.stringify({ id, text, ...(ref ? { ref } : {}) })).join('\n') + '\n');
    made = { file, bytes: articles.reduce((sum, article) => sum + Buffer.byteLength(article.text), 0) };
    jsonlFiles.set(key, made);
  }
  return made;
}

let cliCorpora: Map<string, { file: string; bytes: number }> | null = null;
function measureCli(megabytes: number, corpus: Corpus): Measurement {
  const input = cliCorpora!.get(`${corpus}-${megabytes}`)!;
  const output = resolve(CACHE, 'cli-output.jsonl');
  const run = runCli(['--jsonl'], input.file, output);
  let mentions = 0;
  let events = 0;
  for (const line of readFileSync(output, 'utf8').split('\n')) {
    if (!line) continue;
    const parsed = JSON.parse(line) as { mentions: unknown[]; events: unknown[] };
    mentions += parsed.mentions.length;
    events += parsed.events.length;
  }
  return { engine: CLI_ENGINE, corpus, bytes: input.bytes, ms: run.ms, maxRssMb: run.maxRssMb, mentions, events };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const mbps = (m: Measurement) => m.bytes / 1048576 / (m.ms / 1000);

mkdirSync('bench/results', { recursive: true });
const lines: string[] = [
  '# Tarikh benchmarks',
  '',
  `Run ${new Date().toISOString()} on ${process.platform}/${process.arch}, Node ${process.version}; median of ${EXTRACTION_RUNS} runs per extraction case and ${RUNS} per rendering case, engines interleaved.`,
];

if (SECTIONS.has('extraction')) {
  const rows: { corpus: Corpus; size: number; engine: string; mbps: number; ms: number; rss: number; mentions: number; events: number }[] = [];
  const worker = await buildWorker();
  cliCorpora = new Map();
  for (const corpus of ['synthetic', 'real'] as const) for (const size of SIZES) cliCorpora.set(`${corpus}-${size}`, await jsonlCorpus(size, corpus));
  const startup = median(Array.from({ length: EXTRACTION_RUNS }, () => runCli(['--jsonl'], EMPTY_INPUT(), resolve(CACHE, 'cli-output.jsonl')).ms));
  for (const corpus of ['synthetic', 'real'] as const) {
    const engines = [...WORKER_ENGINES[corpus], ...(corpus === 'synthetic' ? [TSX_ENGINE] : []), CLI_ENGINE];
    for (const size of SIZES) {
      // Engines interleaved run by run, the median of several runs kept: the machine is shared and noisy.
      const runs = new Map<string, Measurement[]>(engines.map((engine) => [engine, []]));
      for (let i = 0; i < EXTRACTION_RUNS; i++) for (const engine of engines) runs.get(engine)!.push(measure(worker, engine, size, corpus));
      for (const engine of engines) {
        const all = runs.get(engine)!;
        const best = all.find((run) => run.ms === median(all.map((r) => r.ms)))!;
        rows.push({ corpus, size, engine, mbps: mbps(best), ms: best.ms, rss: Math.max(...all.map((r) => r.maxRssMb)), mentions: best.mentions, events: best.events });
        process.stderr.write(`extraction ${corpus} ${size} MB ${engine}: ${mbps(best).toFixed(2)} MB/s\n`);
      }
    }
  }

  lines.push(
    '',
    '## Extraction throughput',
    '',
    `Two corpora, about 1, 5 and 20 MB of UTF-8 each (sizes: \`TARIKH_BENCH_SIZES\`), median of ${EXTRACTION_RUNS} runs, engines interleaved:`,
    '- **synthetic**: news-like corpora (`bench/corpus.ts`: the bundled articles\' paragraphs mixed with randomly varied sentences), about 4 KB per article, Arabic (English of the same size for chrono-en);',
    '- **real**: the bundled and held-out articles (`data/articles/`, `src/extract/fixtures/heldout/` with its `validation/`, `places/`, `places/validation/` and `third/` batches, `src/extract/fixtures/story/`: 37 articles from a dozen outlets, Arabic and English, with their publication dates) repeated in turn to size; chrono-en reads the English ones among them repeated to the same size. A corpus this small repeats its vocabulary, so caches of words serve it better than a real archive would.',
    '',
    'Engines: "date mentions" is `findDateMentions` alone; "whole build step" is what `--jsonl` does for a line (`bench/pipeline.ts`: date mentions, the rules that tell events from dates, clauses, places, actors, types, titles, the merge and ids, the JSON line). Each is its own Node process reading the whole corpus once after one article to warm up, from one JavaScript bundle of the worker (Tarikh compiled by Vite, chrono-node as published). ' +
      `"${ENGINE_NAMES[TSX_ENGINE]}" is the same through the tsx loader. "${ENGINE_NAMES[CLI_ENGINE]}" is the command a user runs, \`${CLI_LABEL} --jsonl < corpus.jsonl\` (the compiled \`tarikh\`, as \`npx tarikh\` starts it; with its default \`--jobs\`, one worker thread per core: ${availableParallelism()} here), timed from start to exit (wall time), output read back for the counts; its start-up alone (an empty input) takes ${(startup / 1000).toFixed(2)} s. Peak RSS: the largest of the runs (for the CLI, of any of its processes).`,
    '',
    '| corpus | size | engine | MB/s | time (ms) | peak RSS (MB) | mentions | events | speed vs chrono-en (per byte) |',
    '| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const row of rows) {
    const base = rows.find((candidate) => candidate.corpus === row.corpus && candidate.size === row.size && candidate.engine === 'chrono-en')!;
    lines.push(
      `| ${row.corpus} | ${row.size} MB | ${ENGINE_NAMES[row.engine] ?? row.engine} | ${row.mbps.toFixed(2)} | ${row.ms.toFixed(0)} | ${row.rss.toFixed(0)} | ${row.mentions} | ${row.engine.startsWith('chrono') || row.engine === 'tarikh-ar' || row.engine === TSX_ENGINE ? '' : row.events} | ${(row.mbps / base.mbps).toFixed(2)}× |`,
    );
  }
  const ratioOf = (corpus: Corpus, engine: string, size: number) => {
    const ours = rows.find((row) => row.corpus === corpus && row.size === size && row.engine === engine)!;
    const base = rows.find((row) => row.corpus === corpus && row.size === size && row.engine === 'chrono-en')!;
    return ours.mbps / base.mbps;
  };
  const verdict = (label: string, corpus: Corpus, engine: string) => {
    const ratios = SIZES.map((size) => ratioOf(corpus, engine, size));
    const perSize = SIZES.map((size, i) => `${size} MB: ${ratios[i]!.toFixed(2)}×`).join(', ');
    const worst = Math.min(...ratios);
    return worst >= 1
      ? `- ${label}: at least as fast per byte as chrono-en (${perSize}).`
      : `- ${label}: **${worst.toFixed(2)}× chrono-en per byte at worst**, target ≥ 1.00× missed (${perSize}).`;
  };
  const tarikh = rows.filter((row) => row.corpus === 'synthetic' && row.engine === 'tarikh-ar');
  const first = tarikh[0]!;
  const last = tarikh[tarikh.length - 1]!;
  lines.push(
    '',
    `Linearity (synthetic, date mentions): time per MB at ${last.size} MB is ${(last.ms / last.size / (first.ms / first.size)).toFixed(2)}× the time per MB at ${first.size} MB (1.00 = perfectly linear).`,
    '',
    verdict('Date mentions, synthetic', 'synthetic', 'tarikh-ar'),
    verdict('Date mentions, real articles', 'real', 'tarikh-ar'),
    verdict('Whole build step, synthetic', 'synthetic', 'tarikh-whole'),
    verdict('Whole build step, real articles', 'real', 'tarikh-whole'),
    verdict('The CLI as a user runs it, synthetic', 'synthetic', CLI_ENGINE),
    verdict('The CLI as a user runs it, real articles', 'real', CLI_ENGINE),
    '',
    '![extraction throughput](extraction.svg)',
  );
  const bars: Bar[] = rows
    .filter((row) => row.corpus === 'synthetic')
    .map((row) => ({ group: `${row.size} MB`, series: ENGINE_NAMES[row.engine] ?? row.engine, value: Number(row.mbps.toFixed(2)) }));
  writeFileSync('bench/results/extraction.svg', barChartSvg('Extraction throughput, synthetic corpora (higher is better)', 'MB/s', bars));
} else lines.push('', '(Extraction not run: TARIKH_BENCH_SECTIONS.)');

if (SECTIONS.has('merge')) lines.push(...mergeSection());
else lines.push('', '(Merge not run: TARIKH_BENCH_SECTIONS.)');
if (SECTIONS.has('scaling')) lines.push('', ...(await scalingSection()));
else lines.push('', '(Scaling not run: TARIKH_BENCH_SECTIONS.)');
if (SECTIONS.has('adversarial')) lines.push('', ...(await adversarialSection()));
else lines.push('', '(Adversarial texts not run: TARIKH_BENCH_SECTIONS.)');
if (SECTIONS.has('memory')) lines.push('', ...(await memorySection()));
else lines.push('', '(Memory not run: TARIKH_BENCH_SECTIONS.)');

if (!SECTIONS.has('rendering')) lines.push('', '(Rendering not run: TARIKH_BENCH_SECTIONS.)');
else if (existsSync('bench/render.ts')) {
  const renderModule = './render.ts'; // optional section, loaded only when present
  const { renderSection } = (await import(renderModule)) as { renderSection: () => Promise<string[]> };
  lines.push('', ...(await renderSection()));
}

if (SECTIONS.has('package')) lines.push(...(await packageSection()));
else lines.push('', '(Package not run: TARIKH_BENCH_SECTIONS.)');

writeFileSync('bench/results/report.md', lines.join('\n') + '\n');
process.stdout.write(lines.filter((line) => !line.startsWith('![')).join('\n') + '\n\nReport: bench/results/report.md\n');
