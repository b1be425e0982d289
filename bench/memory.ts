/**
 * The memory section of `npm run bench` (loaded by bench/run.ts), and the CLI runner the
 * extraction section shares: the CLI as a user runs it (the compiled `tarikh extract`,
 * lib/node/bin.js, or $TARIKH_BENCH_CLI) on folders of thousands of
 * articles and on single large articles, with its wall time and its peak memory (the largest
 * resident set of any of its Node processes, recorded by bench/rss-probe.cjs).
 *
 * Memory should follow the largest article, not the corpus: an article's mentions, normalized
 * text and clause readings are dropped once it is done. What does grow with the corpus is the
 * events document itself (every article's paragraphs and events), which the CLI builds and writes
 * whole; its size is reported beside.
 *
 * Environment: TARIKH_BENCH_MEMORY_ARTICLES (default 1000,4000), TARIKH_BENCH_MEMORY_ARTICLE_MB
 * (single articles, default 1,4). Run alone: `tsx bench/memory.ts`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, closeSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { makeCorpus } from './corpus.ts';
import { CACHE } from './render/build.ts';

/** The command a user runs, without its arguments. */
/**
 * The CLI as a user of the package runs it: the compiled `tarikh` command (what `npx tarikh` and
 * `npm run extract` start once the package is built), without npm's own start-up or the build
 * check `npm run extract` does first. $TARIKH_BENCH_CLI replaces it.
 */
export const CLI_COMMAND: string[] = process.env.TARIKH_BENCH_CLI ? process.env.TARIKH_BENCH_CLI.split(' ').filter(Boolean) : [process.execPath, 'lib/node/bin.js', 'extract'];
/** The command as the report names it (no machine paths). */
export const CLI_LABEL = process.env.TARIKH_BENCH_CLI ?? 'node lib/node/bin.js extract';

let built = false;
/** Builds lib/node/ once per benchmark run (a no-op when it is up to date), unless $TARIKH_BENCH_CLI names another command. */
export function ensureCli(): void {
  if (built || process.env.TARIKH_BENCH_CLI) return;
  execFileSync(process.execPath, ['scripts/build-package.mjs', '--only', 'node', '--quiet'], { stdio: 'inherit' });
  built = true;
}
const PROBE = resolve('bench/rss-probe.cjs');
const ARTICLE_COUNTS = (process.env.TARIKH_BENCH_MEMORY_ARTICLES ?? '1000,4000').split(',').map(Number);
const ARTICLE_MB = (process.env.TARIKH_BENCH_MEMORY_ARTICLE_MB ?? '1,4').split(',').map(Number);
/** Lengths of the --jsonl streams, in lines. */
const STREAM_LINES = (process.env.TARIKH_BENCH_MEMORY_LINES ?? '10000,200000').split(',').map(Number);
/** The heap the --jsonl streams run under (MB): a stream whose memory grew with its length would run out of it. */
const STREAM_HEAP_MB = 160;
const DIR = resolve(CACHE, 'memory');

let runs = 0;
/** Runs the CLI with `args`, standard input from `input` (or none), standard output to `output`: wall time and peak RSS. */
export function runCli(args: string[], input: string | null, output: string, nodeOptions = ''): { ms: number; maxRssMb: number } {
  ensureCli();
  mkdirSync(CACHE, { recursive: true });
  const rssFile = resolve(CACHE, `rss-${process.pid}-${runs++}.txt`);
  rmSync(rssFile, { force: true });
  const stdin = input ? openSync(input, 'r') : 'ignore';
  const stdout = openSync(output, 'w');
  const started = process.hrtime.bigint();
  const result = spawnSync(CLI_COMMAND[0]!, [...CLI_COMMAND.slice(1), ...args], {
    stdio: [stdin, stdout, 'pipe'],
    env: { ...process.env, NODE_OPTIONS: [process.env.NODE_OPTIONS, nodeOptions, `--require ${JSON.stringify(PROBE)}`].filter(Boolean).join(' '), TARIKH_RSS_FILE: rssFile },
    maxBuffer: 64 << 20,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (typeof stdin === 'number') closeSync(stdin);
  closeSync(stdout);
  if (result.status !== 0) throw new Error(`${CLI_COMMAND.join(' ')} ${args.join(' ')} exited with ${result.status}: ${result.stderr?.toString().slice(-2000)}`);
  const rss = existsSync(rssFile) ? readFileSync(rssFile, 'utf8').split('\n').filter(Boolean).map(Number) : [];
  rmSync(rssFile, { force: true });
  return { ms, maxRssMb: rss.length ? Math.max(...rss) / 1024 : NaN };
}

/** An empty input (the CLI's start-up alone). */
export function EMPTY_INPUT(): string {
  mkdirSync(CACHE, { recursive: true });
  const file = resolve(CACHE, 'empty.jsonl');
  writeFileSync(file, '');
  return file;
}

const META = JSON.stringify({ published: '2025-04-10', language: 'ar' });

/** A folder of `count` synthetic articles of about 4 KB, each with its metadata sidecar. */
function folderOf(count: number): { folder: string; bytes: number } {
  const folder = resolve(DIR, `articles-${count}`);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const texts = makeCorpus('ar', count * 4096, count).slice(0, count);
  texts.forEach((text, i) => {
    const name = `article-${String(i).padStart(5, '0')}`;
    writeFileSync(resolve(folder, `${name}.txt`), text);
    writeFileSync(resolve(folder, `${name}.meta.json`), META);
  });
  return { folder, bytes: texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) };
}

/** A folder of one synthetic article of about `megabytes` MB. */
function oneArticleOf(megabytes: number): { folder: string; bytes: number } {
  const folder = resolve(DIR, `one-${megabytes}mb`);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const text = makeCorpus('ar', megabytes * 1048576, 31 * megabytes).join('\n');
  writeFileSync(resolve(folder, 'article.txt'), text);
  writeFileSync(resolve(folder, 'article.meta.json'), META);
  return { folder, bytes: Buffer.byteLength(text) };
}

/**
 * A --jsonl stream of `lines` short articles (a sentence of the synthetic corpus each, with the
 * line's number in it: every line brings a word never seen before, as ids and figures do).
 */
function streamOf(lines: number): string {
  mkdirSync(DIR, { recursive: true });
  const file = resolve(DIR, `stream-${lines}.jsonl`);
  const sentences = makeCorpus('ar', 64 * 1024, 7)
    .flatMap((text) => text.split(/(?<=[.!؟])\s+/u))
    .filter((sentence) => sentence.length > 40 && sentence.length < 400);
  const fd = openSync(file, 'w');
  let chunk = '';
  for (let i = 0; i < lines; i++) {
    chunk += JSON.stringify({ id: `line-${i}`, text: `${sentences[i % sentences.length]} (${i})`, ref: '2025-04-10' }) + '\n';
    if (chunk.length > 1 << 20) {
      writeSync(fd, chunk);
      chunk = '';
    }
  }
  writeSync(fd, chunk);
  closeSync(fd);
  return file;
}

/** --jsonl streams of growing length, one job, under a fixed heap: memory must not grow with the stream. */
function streamRows(): string[] {
  const rows: string[] = [];
  for (const lines of STREAM_LINES) {
    const input = streamOf(lines);
    let cell: string;
    try {
      const run = runCli(['--jsonl', '--jobs', '1', '--quiet'], input, resolve(DIR, 'stream-out.jsonl'), `--max-old-space-size=${STREAM_HEAP_MB}`);
      const answered = readFileSync(resolve(DIR, 'stream-out.jsonl'), 'utf8').split('\n').filter(Boolean).length;
      cell = `${answered.toLocaleString('en-US')} answered | ${(run.ms / 1000).toFixed(1)} | ${run.maxRssMb.toFixed(0)}`;
    } catch (error) {
      cell = `**failed**: ${(error as Error).message.includes('heap out of memory') ? 'out of memory' : (error as Error).message.split('\n')[0]} | – | –`;
    }
    rows.push(`| ${lines.toLocaleString('en-US')} | ${cell} |`);
    process.stderr.write(`memory stream of ${lines} lines: ${cell}\n`);
    rmSync(input, { force: true });
  }
  return [
    '',
    '### A `--jsonl` stream',
    '',
    `\`${CLI_LABEL} --jsonl --jobs 1\` on streams of short articles (a sentence of the synthetic corpus each, with its line number: every line brings a word never seen before, as ids and figures do), under a heap of ${STREAM_HEAP_MB} MB (\`node --max-old-space-size=${STREAM_HEAP_MB}\`): a process whose memory grew with the stream would run out of it. Peak RSS as above.`,
    '',
    '| lines | result | wall time (s) | peak RSS (MB) |',
    '| ---: | --- | ---: | ---: |',
    ...rows,
  ];
}

export async function memorySection(): Promise<string[]> {
  const rows: string[] = [];
  const measured: { label: string; articles: number; bytes: number; rss: number; document: number }[] = [];
  const cases = [
    ...ARTICLE_COUNTS.map((count) => ({ label: `a folder of ${count.toLocaleString('en-US')} articles`, articles: count, make: () => folderOf(count) })),
    ...ARTICLE_MB.map((mb) => ({ label: `one article of ${mb} MB`, articles: 1, make: () => oneArticleOf(mb) })),
  ];
  for (const { label, articles, make } of cases) {
    const { folder, bytes } = make();
    const out = resolve(DIR, 'events.json');
    const run = runCli([folder, '--out', out, '--quiet'], null, resolve(DIR, 'stdout.txt'));
    const document = statSync(out).size;
    measured.push({ label, articles, bytes, rss: run.maxRssMb, document });
    rows.push(`| ${label} | ${(bytes / 1048576).toFixed(1)} | ${(run.ms / 1000).toFixed(1)} | ${run.maxRssMb.toFixed(0)} | ${(document / 1048576).toFixed(1)} |`);
    process.stderr.write(`memory ${label}: ${run.maxRssMb.toFixed(0)} MB peak, ${(run.ms / 1000).toFixed(1)} s\n`);
    rmSync(folder, { recursive: true, force: true });
  }
  const folders = measured.filter((row) => row.articles > 1);
  const [fewer, more] = [folders[0], folders[folders.length - 1]];
  const growth =
    fewer && more && more !== fewer
      ? `From ${fewer.articles.toLocaleString('en-US')} to ${more.articles.toLocaleString('en-US')} articles the peak grows by ${(more.rss - fewer.rss).toFixed(0)} MB for ${((more.bytes - fewer.bytes) / 1048576).toFixed(1)} MB more text, while the events document written grows by ${((more.document - fewer.document) / 1048576).toFixed(1)} MB.`
      : '';
  return [
    '## Memory',
    '',
    `The CLI as a user runs it (\`${CLI_LABEL} FOLDER --out events.json\`) on folders of synthetic articles of about 4 KB (\`bench/corpus.ts\`, each with a metadata sidecar) and on folders of one large article. ` +
      'Peak RSS is the largest resident set of any of its Node processes (`bench/rss-probe.cjs`; worker threads are in their process). ' +
      'An article\'s date mentions, normalized text and clause readings are dropped once it is done (only their count is kept), so what grows with the corpus is the events document itself: every article\'s paragraphs and events, built and written whole (its size is the last column).',
    '',
    '| input | text (MB) | wall time (s) | peak RSS (MB) | events document (MB) |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows,
    ...(growth ? ['', growth] : []),
    ...streamRows(),
  ];
}

// Run alone: tsx bench/memory.ts
if (process.argv[1] && resolve(process.argv[1]) === resolve('bench/memory.ts')) {
  process.stdout.write((await memorySection()).join('\n') + '\n');
}
