/**
 * The package as users run it: the compiled `tarikh` command (lib/node/bin.js), in its own
 * processes.
 *
 *   workers   `tarikh extract FOLDER` on a few thousand article files with --jobs 1 and with a
 *             worker per core: time, articles per second, the speed-up (the two documents are
 *             compared: they must be the same bytes)
 *   jsonl     `tarikh extract --jsonl` on a stream of 10,000 and of 1,000,000 lines generated
 *             as it is read: peak memory (the whole process, workers included) at each size
 *   start-up  start to exit of `tarikh --version`, `tarikh extract --help`, `--jsonl` on an
 *             empty input and on one line, and `tarikh extract` on one short article, beside
 *             `node -e 0`
 *
 * Time and memory come from the child itself (bench/report-usage.cjs, loaded with --require):
 * process.resourceUsage() at exit, which counts every thread. Run alone: `tsx bench/package.ts`.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { once } from 'node:events';
import { makeCorpus } from './corpus.ts';

const CLI = resolve('lib/node/bin.js');
const USAGE_PRELOAD = resolve('bench/report-usage.cjs');
const CORES = availableParallelism();
const RUNS = Number(process.env.TARIKH_BENCH_RUNS ?? 3);
const WORKER_ARTICLES = Number(process.env.TARIKH_BENCH_WORKER_ARTICLES ?? 3000);
const JSONL_LINES = (process.env.TARIKH_BENCH_JSONL_LINES ?? '10000,1000000').split(',').map(Number);
const JSONL_JOBS = Number(process.env.TARIKH_BENCH_JSONL_JOBS ?? CORES);
const STARTUP_RUNS = Number(process.env.TARIKH_BENCH_STARTUP_RUNS ?? 10);
/** The issue's target for the CLI's start-up. */
const STARTUP_TARGET_S = 0.3;

interface Usage {
  wallMs: number;
  cpuMs: number;
  maxRssMb: number;
}

/** The usage line the preload writes at exit (the last line of stderr that is one). */
function usageFrom(stderr: string, wallMs: number): Usage {
  const line = stderr.trim().split('\n').reverse().find((candidate) => candidate.startsWith('{"tarikhBenchUsage"'));
  if (!line) throw new Error(`no usage reported:\n${stderr}`);
  const usage = JSON.parse(line).tarikhBenchUsage as { userCPUTime: number; systemCPUTime: number; maxRSS: number };
  return { wallMs, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, maxRssMb: usage.maxRSS / 1024 };
}

function timed(args: string[], options: { cwd?: string; input?: string } = {}): Usage & { stdout: Buffer } {
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['--require', USAGE_PRELOAD, CLI, ...args], { ...options, maxBuffer: 1 << 30 });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.status !== 0) throw new Error(`tarikh ${args.join(' ')} exited with ${run.status}:\n${run.stderr}`);
  return { ...usageFrom(run.stderr.toString('utf8'), wallMs), stdout: run.stdout };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const seconds = (ms: number) => (ms / 1000).toFixed(2);

function workersSection(): string[] {
  const folder = mkdtempSync(join(tmpdir(), 'tarikh-bench-corpus-'));
  try {
    const articles = makeCorpus('ar', WORKER_ARTICLES * 4096, 1447).slice(0, WORKER_ARTICLES);
    articles.forEach((text, i) => {
      const name = `a${String(i).padStart(5, '0')}`;
      writeFileSync(join(folder, `${name}.txt`), text);
      writeFileSync(join(folder, `${name}.meta.json`), JSON.stringify({ published: '2025-04-10', source: `outlet ${i % 17}` }));
    });
    const megabytes = articles.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1048576;
    const configurations = [1, CORES];
    const runs = new Map<number, Usage[]>(configurations.map((jobs) => [jobs, []]));
    const documents = new Map<number, string>();
    for (let i = 0; i < RUNS; i++) {
      for (const jobs of configurations) {
        const out = join(folder, `events-${jobs}.json`);
        const usage = timed(['extract', folder, '--jobs', String(jobs), '-o', out, '--quiet']);
        runs.get(jobs)!.push(usage);
        documents.set(jobs, createHash('sha256').update(readFileSync(out)).digest('hex'));
        process.stderr.write(`package workers: --jobs ${jobs}: ${seconds(usage.wallMs)} s\n`);
      }
    }
    const same = new Set(documents.values()).size === 1;
    const wall = (jobs: number) => median(runs.get(jobs)!.map((run) => run.wallMs));
    const lines = [
      '',
      '## Every core (`--jobs`)',
      '',
      `\`tarikh extract FOLDER\` (the compiled CLI, a process per run) on ${WORKER_ARTICLES.toLocaleString('en')} synthetic Arabic article files with sidecars (bench/corpus.ts, ${megabytes.toFixed(1)} MB), start to exit including the merge and writing the document; median of ${RUNS} runs, configurations interleaved, on ${CORES} cores. CPU is every thread's.`,
      '',
      '| jobs | time (s) | articles/s | CPU (s) | peak RSS (MB) | speed-up |',
      '| ---: | ---: | ---: | ---: | ---: | ---: |',
    ];
    for (const jobs of configurations) {
      const cpu = median(runs.get(jobs)!.map((run) => run.cpuMs));
      const rss = Math.max(...runs.get(jobs)!.map((run) => run.maxRssMb));
      lines.push(`| ${jobs} | ${seconds(wall(jobs))} | ${(WORKER_ARTICLES / (wall(jobs) / 1000)).toFixed(0)} | ${seconds(cpu)} | ${rss.toFixed(0)} | ${(wall(1) / wall(jobs)).toFixed(2)}× |`);
    }
    lines.push(
      '',
      `With ${CORES} workers the run takes ${(wall(CORES) / wall(1)).toFixed(2)}× the time of one (${(wall(1) / wall(CORES)).toFixed(2)}× the throughput; ${CORES}× is the ceiling).`,
      same ? 'The documents are the same bytes with 1 and with every worker.' : '**The documents differ between --jobs 1 and --jobs ' + CORES + '.**',
    );
    return lines;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Streams `count` lines into `tarikh extract --jsonl` as fast as it takes them; returns its usage and the answers counted. */
async function jsonlRun(count: number, jobs: number, paragraphs: string[]): Promise<Usage & { answers: number; bytes: number }> {
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, ['--require', USAGE_PRELOAD, CLI, 'extract', '--jsonl', '--jobs', String(jobs)], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  let answers = 0;
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdout.on('data', (chunk: Buffer) => {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) answers++;
  });
  const closed = once(child, 'close');
  let batch = '';
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    batch += JSON.stringify({ id: `n${i}`, text: `${paragraphs[i % paragraphs.length]} ${i}`, ref: '2025-04-10' }) + '\n';
    if (batch.length > 65536 || i === count - 1) {
      bytes += Buffer.byteLength(batch);
      if (!child.stdin.write(batch)) await once(child.stdin, 'drain');
      batch = '';
    }
  }
  child.stdin.end();
  const [code] = (await closed) as [number];
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (code !== 0) throw new Error(`tarikh extract --jsonl exited with ${code}:\n${stderr}`);
  return { ...usageFrom(stderr, wallMs), answers, bytes };
}

async function jsonlSection(): Promise<string[]> {
  const paragraphs = makeCorpus('ar', 2 * 1048576, 99).flatMap((article) => article.split('\n').slice(1));
  const lines = [
    '',
    '## `--jsonl` memory on a long stream',
    '',
    `\`tarikh extract --jsonl --jobs ${JSONL_JOBS}\` on streams of generated lines (${paragraphs.length.toLocaleString('en')} distinct Arabic paragraphs from bench/corpus.ts in turn, each with its number), written as fast as the CLI reads them. Peak RSS is the whole process's, worker threads included. One run per size.`,
    '',
    '| lines | input (MB) | time (s) | lines/s | peak RSS (MB) |',
    '| ---: | ---: | ---: | ---: | ---: |',
  ];
  const results: { count: number; rss: number }[] = [];
  for (const count of JSONL_LINES) {
    const run = await jsonlRun(count, JSONL_JOBS, paragraphs);
    if (run.answers !== count) throw new Error(`--jsonl answered ${run.answers} of ${count} lines`);
    const inputMb = run.bytes / 1048576;
    lines.push(`| ${count.toLocaleString('en')} | ${inputMb.toFixed(0)} | ${seconds(run.wallMs)} | ${(count / (run.wallMs / 1000)).toFixed(0)} | ${run.maxRssMb.toFixed(0)} |`);
    results.push({ count, rss: run.maxRssMb });
    process.stderr.write(`package jsonl: ${count} lines: ${seconds(run.wallMs)} s, ${run.maxRssMb.toFixed(0)} MB\n`);
  }
  if (results.length >= 2) {
    const first = results[0]!;
    const last = results[results.length - 1]!;
    lines.push('', `Peak memory at ${last.count.toLocaleString('en')} lines is ${(last.rss / first.rss).toFixed(2)}× that at ${first.count.toLocaleString('en')} lines, for ${(last.count / first.count).toFixed(0)}× the input.`);
  }
  return lines;
}

function startupSection(): string[] {
  const folder = mkdtempSync(join(tmpdir(), 'tarikh-bench-startup-'));
  try {
    const article = join(folder, 'visit.txt');
    writeFileSync(article, 'زيارة\nزار وزير الخارجية موسكو أمس.');
    writeFileSync(join(folder, 'visit.meta.json'), JSON.stringify({ published: '2024-05-02' }));
    const line = JSON.stringify({ id: 'x', text: 'زار وزير الخارجية موسكو أمس.', ref: '2024-05-02' }) + '\n';
    const node = (): Usage => {
      const started = process.hrtime.bigint();
      const run = spawnSync(process.execPath, ['--require', USAGE_PRELOAD, '-e', '0']);
      return usageFrom(run.stderr.toString('utf8'), Number(process.hrtime.bigint() - started) / 1e6);
    };
    const cases: [string, () => Usage][] = [
      ['`node -e 0` (Node itself)', node],
      ['`tarikh --version`', () => timed(['--version'])],
      ['`tarikh extract --help`', () => timed(['extract', '--help'])],
      ['`tarikh extract --jsonl` (empty input)', () => timed(['extract', '--jsonl'], { input: '' })],
      ['`tarikh extract --jsonl --jobs 1` (one line)', () => timed(['extract', '--jsonl', '--jobs', '1'], { input: line })],
      [`\`tarikh extract --jsonl\` (one line, a worker thread: --jobs ${CORES})`, () => timed(['extract', '--jsonl', '--jobs', String(CORES)], { input: line })],
      ['`tarikh extract ONE.txt` (one short article)', () => timed(['extract', article, '--quiet'])],
    ];
    const samples = new Map(cases.map(([name]) => [name, [] as Usage[]]));
    for (let i = 0; i < STARTUP_RUNS; i++) for (const [name, measure] of cases) samples.get(name)!.push(measure());
    const lines = [
      '',
      '## CLI start-up',
      '',
      `Start to exit of the compiled \`tarikh\` command (plain Node, no loader), ${STARTUP_RUNS} runs each, interleaved: wall time and the process's CPU time (every thread's), median and fastest; CPU time is less disturbed by other jobs on a shared machine. The extracting rows load the extractor (chrono-node's English locale, the date parsers, the gazetteer) and answer; an empty \`--jsonl\` input loads none of it, linkedom (for HTML pages) is loaded only when a page is read, and the generated gazetteer's places and spellings are made only for the words the text has. With more than one job a line is answered in a worker thread, which loads the extractor in its own Node environment. Target: under ${STARTUP_TARGET_S} s.`,
      '',
      '| command | wall, median (s) | wall, fastest (s) | CPU, median (s) | CPU, fastest (s) |',
      '| --- | ---: | ---: | ---: | ---: |',
    ];
    for (const [name, values] of samples) {
      const walls = values.map((value) => value.wallMs);
      const cpus = values.map((value) => value.cpuMs);
      lines.push(`| ${name} | ${seconds(median(walls))} | ${seconds(Math.min(...walls))} | ${seconds(median(cpus))} | ${seconds(Math.min(...cpus))} |`);
    }
    const medianOf = (name: string, field: 'wallMs' | 'cpuMs') => median(samples.get(name)!.map((value) => value[field]));
    const oneArticle = '`tarikh extract ONE.txt` (one short article)';
    const extracting = medianOf(oneArticle, 'wallMs');
    lines.push(
      '',
      extracting / 1000 < STARTUP_TARGET_S
        ? `Target met: \`tarikh extract\` on one article exits in ${seconds(extracting)} s (median).`
        : `**Target missed**: \`tarikh extract\` on one article takes ${seconds(extracting)} s (median) from start to exit and ${seconds(medianOf(oneArticle, 'cpuMs'))} s of CPU, against ${STARTUP_TARGET_S} s; Node alone (\`node -e 0\`) takes ${seconds(medianOf('`node -e 0` (Node itself)', 'cpuMs'))} s of CPU and \`tarikh --version\` ${seconds(medianOf('`tarikh --version`', 'cpuMs'))} s.`,
    );
    return lines;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const PARTS = new Set((process.env.TARIKH_BENCH_PACKAGE ?? 'startup,workers,jsonl').split(',').map((part) => part.trim()));

export async function packageSection(): Promise<string[]> {
  // The CLI as `npm ci` builds it (a no-op when lib/node/ is up to date).
  execFileSync(process.execPath, ['scripts/build-package.mjs', '--only', 'node', '--quiet'], { stdio: 'inherit' });
  const lines: string[] = ['', '# The package: `tarikh` as users run it'];
  if (PARTS.has('startup')) lines.push(...startupSection());
  if (PARTS.has('workers')) lines.push(...workersSection());
  if (PARTS.has('jsonl')) lines.push(...(await jsonlSection()));
  return lines;
}

// Run alone: tsx bench/package.ts
if (process.argv[1] && resolve(process.argv[1]) === resolve('bench/package.ts')) {
  const lines = await packageSection();
  writeFileSync('bench/results/package.md', lines.join('\n').trimStart() + '\n');
  process.stdout.write(lines.join('\n') + '\n');
}
