/**
 * tarikh extract: article text → events document.
 *
 *   npm run extract                                   data/articles/ → data/events.json
 *   npm run --silent extract -- FILE... [--ref DATE]  prints the events document
 *   npm run --silent extract -- --jsonl               JSON lines in, JSON lines out
 *
 * The default run applies data/corrections.json when there is one; --corrections FILE names
 * another (also with files given).
 *
 * Exit codes: 0 done; 1 some input could not be processed (the rest was), or a warning
 * under --strict; 2 wrong usage or an unusable corrections file (nothing written).
 */
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import { resolve } from 'node:path';
import { SingleBar } from 'cli-progress';
import { expandPaths, extractFiles, listArticleFiles, removePendingTemporaryFiles, writeFileAtomic } from './corpus.ts';
import { FORMATS, serializeAs, type Format } from './exports/index.ts';
import { extractArticle } from './article-events.ts';
import { buildDocument } from './merge.ts';
import { findDateMentions } from './dates/index.ts';
import { detectLanguage } from './article.ts';
import { ID_PATTERN, isCalendarDay } from '../events/schema.ts';
import { CorrectionsFileError, DEFAULT_CORRECTIONS_FILE, readCorrectionsFile } from './corrections-file.ts';
import { publish } from './publish.ts';

const USAGE = `Usage:
  npm run extract                                  extract data/articles/ into data/events.json
  npm run extract -- --format csv                  … into data/events.csv (timelinejs: data/events.timelinejs.json, ics: data/events.ics)
  npm run --silent extract -- FILE|DIR... [options]  print the events document for these articles
  npm run --silent extract -- --jsonl              read {"id","text","ref"} lines on stdin, write one result line each

Options:
  --ref YYYY-MM-DD   publication date used to resolve relative dates (overrides metadata)
  --out FILE         write the document to FILE (atomically) instead of stdout
  --format FORMAT    json (the events document, default), timelinejs (TimelineJS3 JSON),
                     csv (one row per source), ics (iCalendar)
  --corrections FILE apply a person's corrections (default run: data/corrections.json when it exists)
  --approved-only    publish only the events a person approved
  --strict           treat warnings (orphaned corrections too) as errors (exit 1)
  --max-article-mb N refuse articles larger than N MB (default 32)
  --quiet            no summary line on stderr
  -h, --help         this help

Exit codes: 0 done, 1 some input failed (the rest was processed) or a warning under --strict,
2 usage error or an unusable corrections file (nothing is written).`;

class UsageError extends Error {}

function checkRef(ref: string | undefined, where = '--ref'): string | undefined {
  if (ref !== undefined && !isCalendarDay(ref)) throw new UsageError(`${where}: "${ref}" is not a calendar day written YYYY-MM-DD`);
  return ref;
}

async function runJsonl(): Promise<number> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let failures = 0;
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (!line.trim()) continue;
    let id: unknown = null;
    try {
      let input: { id?: unknown; text?: unknown; ref?: unknown };
      try {
        input = JSON.parse(line);
      } catch {
        throw new UsageError(`line ${lineNumber}: not valid JSON`);
      }
      id = input?.id ?? null;
      if (typeof input?.text !== 'string') throw new UsageError(`line ${lineNumber}: "text" must be a string`);
      const ref = input.ref == null || input.ref === '' ? undefined : checkRef(String(input.ref), `line ${lineNumber}: ref`);
      const text = input.text;
      const language = detectLanguage(text);
      const articleId = typeof id === 'string' && ID_PATTERN.test(id) ? id : `line-${lineNumber}`;
      const extraction = extractArticle({ id: articleId, text, metadata: { language, ...(ref ? { published: ref } : {}) } }, { ref: ref ?? null });
      // The line's mentions are read against its own ref: the extraction's, unless a dateline stood in for a missing one.
      const read = extraction.article.published === (ref ?? null) ? extraction.mentions : findDateMentions(text, { ref: ref ?? null, language });
      const mentions = read.map(({ text, start, end, value }) => ({ text, start, end, value }));
      const events = buildDocument([extraction]).events;
      process.stdout.write(JSON.stringify({ id, mentions, events }) + '\n');
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      failures++;
      process.stdout.write(JSON.stringify({ id, error: error.message, mentions: [], events: [] }) + '\n');
      process.stderr.write(`tarikh extract: ${error.message}\n`);
    }
  }
  return failures ? 1 : 0;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ref: { type: 'string' },
      out: { type: 'string' },
      format: { type: 'string', default: 'json' },
      jsonl: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      corrections: { type: 'string' },
      'approved-only': { type: 'boolean', default: false },
      'max-article-mb': { type: 'string' },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const ref = checkRef(values.ref);
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format: "${values.format}" is not one of ${FORMATS.join(', ')}`);
  if (values.jsonl) {
    if (positionals.length) throw new UsageError('--jsonl reads standard input; do not name files with it');
    if (values.corrections !== undefined || values['approved-only']) throw new UsageError('--jsonl does not apply corrections (they name articles of a corpus)');
    return runJsonl();
  }

  let maxArticleBytes: number | undefined;
  if (values['max-article-mb'] !== undefined) {
    const mb = Number(values['max-article-mb']);
    if (!(mb > 0)) throw new UsageError(`--max-article-mb: "${values['max-article-mb']}" is not a positive number`);
    maxArticleBytes = mb * 1024 * 1024;
  }
  const defaultRun = positionals.length === 0;
  const files = defaultRun ? listArticleFiles(resolve('data/articles')) : expandPaths(positionals);
  if (files.length === 0) throw new UsageError(defaultRun ? 'data/articles/ holds no articles (.txt, .html)' : 'no article files given');
  const defaultOut = { json: 'data/events.json', timelinejs: 'data/events.timelinejs.json', csv: 'data/events.csv', ics: 'data/events.ics' }[format];
  const out = values.out ?? (defaultRun ? resolve(defaultOut) : undefined);
  // Read before extracting: a broken corrections file stops the run before anything is written.
  const correctionsFile = values.corrections ?? (defaultRun ? DEFAULT_CORRECTIONS_FILE : undefined);
  const corrections = correctionsFile
    ? readCorrectionsFile(correctionsFile, { missing: values.corrections === undefined ? 'empty' : 'error' })
    : null;

  // A progress bar only on a terminal, and only for a corpus that takes more than a moment.
  const bar = process.stderr.isTTY && files.length >= 50 && !values.quiet
    ? new SingleBar({ format: 'extracting {bar} {value}/{total} articles', stream: process.stderr, hideCursor: true }, undefined)
    : null;
  bar?.start(files.length, 0);
  let result;
  try {
    result = extractFiles(files, { ref: ref ?? null, maxArticleBytes, onProgress: (done) => bar?.update(done) });
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
        (out ? ` → ${out}` : '') +
        '\n',
    );
  }
  if (result.errors.length) return 1;
  if (values.strict && warnings.length) return 1;
  return 0;
}

// Ctrl-C: leave the previous output intact and no temporary file behind.
process.on('SIGINT', () => {
  removePendingTemporaryFiles();
  process.stderr.write('\ntarikh extract: interrupted; the previous output is unchanged\n');
  process.exit(130);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof CorrectionsFileError) {
      process.stderr.write(`tarikh extract: corrections file ${error.message}\nnothing was written; fix the file and run again\n`);
      process.exitCode = 2;
    } else if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`tarikh extract: ${(error as Error).message}\n\n${USAGE}\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`tarikh extract: unexpected failure: ${(error as Error).message}\n`);
      if (process.env.TARIKH_DEBUG) process.stderr.write(`${(error as Error).stack}\n`);
      process.exitCode = 1;
    }
  },
);
