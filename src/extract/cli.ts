/**
 * `tarikh extract`: articles → events document.
 *
 *   tarikh extract                                    ./data/articles/ → ./data/events.json
 *   tarikh extract FILE|FOLDER|GLOB|URL... [-o FILE]  the events document of these articles
 *   tarikh extract --jsonl                            JSON lines in, JSON lines out
 *
 * (In this repository `npm run extract` is `tarikh extract`.) The default run applies
 * ./data/corrections.json when there is one; --corrections FILE names another (also with
 * articles named).
 *
 * Exit codes: 0 done; 1 some input could not be processed (the rest was), or a warning
 * under --strict; 2 wrong usage or an unusable corrections file (nothing written).
 *
 * The extractor is loaded only once the arguments are known to be right, and with workers
 * only in them: help and usage errors answer at once.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isCalendarDay } from '../events/schema.ts';
import { removePendingTemporaryFiles, writeFileAtomic } from './atomic-write.ts';
import { CorrectionsFileError, DEFAULT_CORRECTIONS_FILE, readCorrectionsFile } from './corrections-file.ts';
import { FORMATS, serializeAs, type Format } from './exports/index.ts';

export const EXTRACT_USAGE = `Usage:
  tarikh extract FILE|FOLDER|GLOB|URL... [options]   print the events document of these articles
  tarikh extract [options]                           extract ./data/articles/ into ./data/events.json
  tarikh extract --jsonl [--jobs N] < in.jsonl       read {"id","text","ref"} lines, write one answer line each

Articles are text files (.txt) and saved web pages (.html) with optional .meta.json sidecars,
folders of them, globs ('archive/**/*.html', quoted) and http(s) URLs of news pages.

Options:
  -o, --out FILE     write the document to FILE (atomically) instead of standard output
  --format FORMAT    json (the events document, default), timelinejs (TimelineJS3 JSON),
                     csv (one row per source), ics (iCalendar)
  --ref YYYY-MM-DD   publication date used to resolve relative dates (overrides metadata)
  --jobs N           at most N worker threads extracting at once (default: one per core,
                     ${availableParallelism()} here); each takes at least 8 articles, so small runs use fewer
  --no-paths         leave the articles' file paths out of the document
  --corrections FILE apply a person's corrections (default run: data/corrections.json when it exists)
  --approved-only    publish only the events a person approved
  --strict           treat warnings (orphaned corrections too) as errors (exit 1)
  --max-article-mb N refuse articles (files, pages, JSONL lines) larger than N MB (default 32)
  --quiet            no summary line on standard error
  -h, --help         this help

Exit codes: 0 done, 1 some input failed (the rest was processed) or a warning under --strict,
2 usage error or an unusable corrections file (nothing is written).`;

class UsageError extends Error {}

function checkRef(ref: string | undefined): string | undefined {
  if (ref !== undefined && !isCalendarDay(ref)) throw new UsageError(`--ref: "${ref}" is not a calendar day written YYYY-MM-DD`);
  return ref;
}

function positiveNumber(option: string, value: string | undefined, whole: boolean): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!(number > 0) || (whole && !Number.isInteger(number))) {
    throw new UsageError(`--${option}: "${value}" is not a positive ${whole ? 'whole ' : ''}number`);
  }
  return number;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    allowNegative: true,
    options: {
      ref: { type: 'string' },
      out: { type: 'string', short: 'o' },
      format: { type: 'string', default: 'json' },
      jsonl: { type: 'boolean', default: false },
      jobs: { type: 'string' },
      paths: { type: 'boolean', default: true },
      strict: { type: 'boolean', default: false },
      corrections: { type: 'string' },
      'approved-only': { type: 'boolean', default: false },
      'max-article-mb': { type: 'string' },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}

async function runJsonl(jobs: number, maxLineBytes: number | undefined): Promise<number> {
  const { streamJsonl } = await import('./jsonl-stream.ts');
  const { errors } = await streamJsonl(process.stdin, process.stdout, {
    jobs,
    ...(maxLineBytes ? { maxLineBytes } : {}),
    onError: (message) => process.stderr.write(`tarikh extract: ${message}\n`),
  });
  return errors ? 1 : 0;
}

/** Runs `tarikh extract` with these arguments; resolves to the exit code. */
async function extract(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv);
  if (values.help) {
    process.stdout.write(EXTRACT_USAGE + '\n');
    return 0;
  }
  const ref = checkRef(values.ref);
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format: "${values.format}" is not one of ${FORMATS.join(', ')}`);
  const jobs = positiveNumber('jobs', values.jobs, true) ?? availableParallelism();
  const maxArticleMb = positiveNumber('max-article-mb', values['max-article-mb'], false);
  const maxArticleBytes = maxArticleMb === undefined ? undefined : maxArticleMb * 1024 * 1024;
  if (values.jsonl) {
    if (positionals.length) throw new UsageError('--jsonl reads standard input; do not name articles with it');
    if (values.corrections !== undefined || values['approved-only']) throw new UsageError('--jsonl does not apply corrections (they name articles of a corpus)');
    if (values.out !== undefined) throw new UsageError('--jsonl writes to standard output; redirect it instead of --out');
    return runJsonl(jobs, maxArticleBytes);
  }

  const defaultRun = positionals.length === 0;
  if (defaultRun && !existsSync('data/articles')) {
    throw new UsageError('name the articles to read (files, folders, globs or URLs); with none, tarikh extract reads ./data/articles/, and there is none here');
  }
  const defaultOut = { json: 'data/events.json', timelinejs: 'data/events.timelinejs.json', csv: 'data/events.csv', ics: 'data/events.ics' }[format];
  const out = values.out ?? (defaultRun ? resolve(defaultOut) : undefined);
  // Read before extracting: a broken corrections file stops the run before anything is written.
  const correctionsFile = values.corrections ?? (defaultRun ? DEFAULT_CORRECTIONS_FILE : undefined);
  const corrections = correctionsFile
    ? readCorrectionsFile(correctionsFile, { missing: values.corrections === undefined ? 'empty' : 'error' })
    : null;

  const [{ expandInputs }, { extractSources, threadsFor }, { publish }] = await Promise.all([
    import('./sources.ts'),
    import('./parallel/extract-sources.ts'),
    import('./publish.ts'),
  ]);
  const sources = expandInputs(defaultRun ? ['data/articles'] : positionals);
  if (sources.length === 0) throw new UsageError(defaultRun ? 'data/articles/ holds no articles (.txt, .html)' : 'no article files given');

  // A progress bar only on a terminal, and only for a corpus that takes more than a moment.
  const { SingleBar } = await import('cli-progress');
  const bar = process.stderr.isTTY && sources.length >= 50 && !values.quiet
    ? new SingleBar({ format: 'extracting {bar} {value}/{total} articles', stream: process.stderr, hideCursor: true }, undefined)
    : null;
  bar?.start(sources.length, 0);
  let result;
  try {
    result = await extractSources(sources, {
      ref: ref ?? null,
      jobs,
      filePaths: values.paths,
      ...(maxArticleBytes ? { maxArticleBytes } : {}),
      onProgress: (done) => bar?.update(done),
    });
  } finally {
    bar?.stop();
  }
  const published = publish(result, corrections?.length ? corrections : null, { approvedOnly: values['approved-only'], file: correctionsFile });
  const warnings = [...result.warnings, ...published.warnings];
  for (const error of result.errors) process.stderr.write(`error: ${error}\n`);
  for (const warning of warnings) process.stderr.write(`warning: ${warning.article ? warning.article + ': ' : ''}${warning.message}\n`);

  const output = serializeAs(format, published.document);
  if (out) writeFileAtomic(out, output);
  else process.stdout.write(output);

  if (!values.quiet) {
    const articles = result.document.articles.length;
    const corrected = published.corrected;
    process.stderr.write(
      `tarikh: ${articles} article${articles === 1 ? '' : 's'}, ${result.mentionCount} date mentions, ` +
        `${published.document.events.length} events, ${warnings.length} warnings, ${result.errors.length} errors` +
        (corrected && corrections?.length
          ? `, ${corrections.length} corrections (${corrected.applied.length} applied, ${corrected.orphans.length} orphaned, ${corrected.hidden.length} events hidden)`
          : '') +
        (threadsFor(sources.length, jobs) > 1 ? ` (${threadsFor(sources.length, jobs)} worker threads)` : '') +
        (out ? ` → ${out}` : '') +
        '\n',
    );
  }
  if (result.errors.length) return 1;
  if (values.strict && warnings.length) return 1;
  return 0;
}

/** `tarikh extract ARGS`: runs it and turns every failure into its message and exit code. */
export async function extractCommand(argv: string[]): Promise<number> {
  // Ctrl-C: leave the previous output intact and no temporary file behind.
  process.on('SIGINT', () => {
    removePendingTemporaryFiles();
    process.stderr.write('\ntarikh extract: interrupted; the previous output is unchanged\n');
    process.exit(130);
  });
  // A reader that stops reading (`| head`) is no failure of ours.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  try {
    return await extract(argv);
  } catch (error) {
    if (error instanceof CorrectionsFileError) {
      process.stderr.write(`tarikh extract: corrections file ${error.message}\nnothing was written; fix the file and run again\n`);
      return 2;
    }
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`tarikh extract: ${(error as Error).message}\n\n${EXTRACT_USAGE}\n`);
      return 2;
    }
    process.stderr.write(`tarikh extract: unexpected failure: ${(error as Error).message}\n`);
    if (process.env.TARIKH_DEBUG) process.stderr.write(`${(error as Error).stack}\n`);
    return 1;
  }
}
