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
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import { barChartSvg, type Bar } from './chart.ts';
import { CACHE } from './render/build.ts';
import { mergeSection } from './merge.ts';
import { scalingSection } from './scaling.ts';
import { packageSection } from './package.ts';

interface Measurement {
  engine: string;
  bytes: number;
  ms: number;
  maxRssMb: number;
  mentions: number;
}

const SIZES = (process.env.TARIKH_BENCH_SIZES ?? '1,5,20').split(',').map(Number);
const ENGINES = ['tarikh-ar', 'chrono-en', 'chrono-ar'];
/** Tarikh run from its TypeScript sources through tsx, as `npm run extract` does: the loader's cost, shown apart. */
const TSX_ENGINE = 'tarikh-ar (tsx)';
const RUNS = Number(process.env.TARIKH_BENCH_RUNS ?? 3);
/** Extraction runs are short and the machine is shared: more of them, for a steadier median. */
const EXTRACTION_RUNS = Number(process.env.TARIKH_BENCH_EXTRACTION_RUNS ?? Math.max(RUNS, 5));
const SECTIONS = new Set((process.env.TARIKH_BENCH_SECTIONS ?? 'extraction,merge,scaling,rendering,package').split(',').map((s) => s.trim()));

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
    build: { ssr: resolve('bench/extract-worker.ts'), outDir: WORKER_DIR, emptyOutDir: true, minify: false, rollupOptions: { output: { entryFileNames: 'extract-worker.mjs' } } },
  });
  return resolve(WORKER_DIR, 'extract-worker.mjs');
}

function measure(worker: string, engine: string, megabytes: number): Measurement {
  const [command, args] =
    engine === TSX_ENGINE ? ['node_modules/.bin/tsx', ['bench/extract-worker.ts', 'tarikh-ar']] : [process.execPath, [worker, engine]];
  const out = execFileSync(command, [...args, String(megabytes)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return { ...JSON.parse(out.trim().split('\n').pop()!), engine };
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
  const rows: { size: number; engine: string; mbps: number; ms: number; rss: number; mentions: number }[] = [];
  const worker = await buildWorker();
  for (const size of SIZES) {
    for (const engine of [...ENGINES, TSX_ENGINE]) {
      // Interleave engines and keep the median of several runs: the machine is shared and noisy.
      const runs: Measurement[] = [];
      for (let i = 0; i < EXTRACTION_RUNS; i++) runs.push(measure(worker, engine, size));
      const best = runs.find((run) => run.ms === median(runs.map((r) => r.ms)))!;
      rows.push({ size, engine, mbps: mbps(best), ms: best.ms, rss: Math.max(...runs.map((r) => r.maxRssMb)), mentions: best.mentions });
      process.stderr.write(`extraction ${size} MB ${engine}: ${mbps(best).toFixed(2)} MB/s\n`);
    }
  }

  lines.push(
    '',
    '## Extraction throughput',
    '',
    `Synthetic news corpora (bundled articles' paragraphs mixed with randomly varied sentences), about 4 KB per article; median of ${EXTRACTION_RUNS} runs.`,
    'Tarikh (Arabic) against chrono-node\'s English parser on English text of the same size, and chrono-node\'s shipped Arabic locale on the same Arabic text.',
    'Each run is its own Node process reading the whole corpus once, after one article to warm up; all three engines run from one JavaScript bundle of the worker (Tarikh compiled from its TypeScript sources by Vite, chrono-node as published), so they share a runtime.',
    `"${TSX_ENGINE}" is Tarikh run from its sources through the tsx loader, as \`npm run extract\` does: the loader's own cost, shown apart and not counted against the target.`,
    '',
    '| size | engine | MB/s | time (ms) | peak RSS (MB) | mentions | speed vs chrono-en (per byte) |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const row of rows) {
    const base = rows.find((candidate) => candidate.size === row.size && candidate.engine === 'chrono-en')!;
    lines.push(`| ${row.size} MB | ${row.engine} | ${row.mbps.toFixed(2)} | ${row.ms.toFixed(0)} | ${row.rss.toFixed(0)} | ${row.mentions} | ${(row.mbps / base.mbps).toFixed(2)}× |`);
  }
  const tarikh = rows.filter((row) => row.engine === 'tarikh-ar');
  const first = tarikh[0]!;
  const last = tarikh[tarikh.length - 1]!;
  const linearity = last.ms / last.size / (first.ms / first.size);
  const ratios = SIZES.map((size) => {
    const ours = rows.find((row) => row.size === size && row.engine === 'tarikh-ar')!;
    const base = rows.find((row) => row.size === size && row.engine === 'chrono-en')!;
    return ours.mbps / base.mbps;
  });
  const worst = Math.min(...ratios);
  const perSize = SIZES.map((size, i) => `${size} MB: ${ratios[i]!.toFixed(2)}×`).join(', ');
  lines.push(
    '',
    `Linearity: time per MB at ${last.size} MB is ${linearity.toFixed(2)}× the time per MB at ${first.size} MB (1.00 = perfectly linear).`,
    '',
    worst >= 1
      ? `Target met: Tarikh extracts at least as fast per byte as chrono-node's English parser (${perSize}).`
      : `**Target missed**: Tarikh extracts ${worst.toFixed(2)}× as fast per byte as chrono-node's English parser (target ≥ 1.00×), i.e. ${((1 / worst - 1) * 100).toFixed(0)}% slower at worst (${perSize}).`,
    '',
    '![extraction throughput](extraction.svg)',
  );
  const bars: Bar[] = rows.map((row) => ({ group: `${row.size} MB`, series: row.engine, value: Number(row.mbps.toFixed(2)) }));
  writeFileSync('bench/results/extraction.svg', barChartSvg('Extraction throughput (higher is better)', 'MB/s', bars));
} else lines.push('', '(Extraction not run: TARIKH_BENCH_SECTIONS.)');

if (SECTIONS.has('merge')) lines.push(...mergeSection());
else lines.push('', '(Merge not run: TARIKH_BENCH_SECTIONS.)');
if (SECTIONS.has('scaling')) lines.push('', ...(await scalingSection()));
else lines.push('', '(Scaling not run: TARIKH_BENCH_SECTIONS.)');

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
