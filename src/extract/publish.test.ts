/**
 * Publishing: `npm run build` (the app, the embed and the events they load) and every export
 * publish the corrected events. A hidden event reaches no published file, found neither by
 * its title nor by its id; approved-only publishes the approved events alone.
 *
 * The build is the real one (vite.config.ts, the Tarikh plugin extracting in a child process),
 * run in a scratch project of its own so that it writes neither data/ nor dist/ here.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { anchorOf } from '../events/anchor.ts';
import type { Correction } from '../events/corrections.ts';
import { serializeCorrections } from '../events/corrections-format.ts';
import type { EventsDocument, TimelineEvent } from '../events/schema.ts';
import { expandPaths, extractFiles } from './corpus.ts';

const ARTICLES = 'data/articles';
const extracted = extractFiles(expandPaths([ARTICLES])).document;
const articleText = extracted.articles.flatMap((article) => article.paragraphs).join('\n');
/**
 * An event whose title is not a piece of the article text (its date phrase was cut out of the
 * middle) and whose day no other event has (so no other event takes its id once it is gone):
 * its title and id are in a published file only if the event is.
 */
const hidden = extracted.events.find(
  (event) => !articleText.includes(event.title) && extracted.events.filter((other) => other.date.start === event.date.start).length === 1,
) as TimelineEvent;
const approved = extracted.events.find((event) => event !== hidden && !articleText.includes(event.title)) as TimelineEvent;
const anchor = (event: TimelineEvent) => anchorOf(extracted, event, event.sources[0]);

const HIDE: Correction = { id: 'hide-one', kind: 'hide', target: anchor(hidden), reason: 'not an event' };
const APPROVE: Correction = { id: 'approve-one', kind: 'review', target: anchor(approved), status: 'approved' };

const scratch: string[] = [];
afterAll(() => {
  for (const root of scratch) rmSync(root, { recursive: true, force: true });
});

/** A project with the bundled articles and these corrections; the sources and tools are this one's. */
function project(corrections: Correction[] | null): string {
  const root = mkdtempSync(join(tmpdir(), 'tarikh-publish-'));
  scratch.push(root);
  for (const file of ['index.html', 'embed.html', 'embed-demo.html', 'vite.config.ts', 'vite.embed.config.ts', 'svelte.config.js', 'tsconfig.json', 'package.json']) {
    copyFileSync(file, join(root, file));
  }
  // The sources, the tools and the built package (vite.config.ts loads the plugin as `tarikh/vite`) are this one's.
  for (const folder of ['src', 'node_modules', 'scripts', 'lib']) symlinkSync(resolve(folder), join(root, folder));
  mkdirSync(join(root, ARTICLES), { recursive: true });
  for (const file of readdirSync(ARTICLES)) copyFileSync(join(ARTICLES, file), join(root, ARTICLES, file));
  if (corrections) writeFileSync(join(root, 'data', 'corrections.json'), serializeCorrections(corrections));
  return root;
}

const execute = promisify(execFile);
async function run(root: string, command: string, args: string[], env: Record<string, string> = {}): Promise<void> {
  // As from a shell: not under Vitest (the plugin would not extract) nor its NODE_ENV.
  const { VITEST: _vitest, NODE_ENV: _mode, TARIKH_SKIP_EXTRACT: _skip, TARIKH_APPROVED_ONLY: _approved, ...shell } = process.env;
  await execute(resolve(command), args, { cwd: root, env: { ...shell, ...env }, maxBuffer: 64 * 1024 * 1024 });
}

/** Every file `npm run build` writes, and every export: path → text (iCalendar's folded lines unfolded). */
async function publish(root: string): Promise<Map<string, string>> {
  // One at a time: on a shared machine, four at once take as long and slow every other test.
  await run(root, 'node_modules/.bin/vite', ['build', '--logLevel', 'warn']);
  for (const format of ['timelinejs', 'csv', 'ics']) await run(root, process.execPath, ['lib/node/bin.js', 'extract', '--format', format, '--quiet']);
  const files = new Map<string, string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(relative(root, path), readFileSync(path, 'utf8').replace(/\r\n[ \t]/g, ''));
    }
  };
  walk(join(root, 'dist'));
  for (const name of ['events.timelinejs.json', 'events.csv', 'events.ics']) files.set(`data/${name}`, readFileSync(join(root, 'data', name), 'utf8').replace(/\r\n[ \t]/g, ''));
  return files;
}

const DATA_FILES = ['dist/events.json', 'data/events.timelinejs.json', 'data/events.csv', 'data/events.ics'];
const holding = (files: Map<string, string>, text: string) => [...files].filter(([, content]) => content.includes(text)).map(([path]) => path).sort();

describe('publishing', { timeout: 300_000 }, () => {
  it('without corrections, the build and every export carry the event by title and id (what the next test looks for is findable)', async () => {
    expect(hidden, 'an event to hide').toBeDefined();
    const files = await publish(project(null));
    expect(holding(files, hidden.title)).toEqual([...DATA_FILES].sort());
    expect(holding(files, hidden.id)).toEqual([...DATA_FILES].sort());
  });

  it('a hidden event reaches no published file: not the app, not the embed, not events.json, not TimelineJS, CSV or iCalendar', async () => {
    const files = await publish(project([HIDE, APPROVE]));
    expect([...files.keys()]).toEqual(expect.arrayContaining(['dist/index.html', 'dist/embed.html', 'dist/embed.js', ...DATA_FILES]));
    expect(holding(files, hidden.title)).toEqual([]);
    expect(holding(files, hidden.id)).toEqual([]);
    const document = JSON.parse(files.get('dist/events.json')!) as EventsDocument;
    expect(document.events).toHaveLength(extracted.events.length - 1);
    // the corrected document, review marks included
    expect(document.events.find((event) => event.title === approved.title)).toMatchObject({ reviewed: true });
  });

  it('approved-only (TARIKH_APPROVED_ONLY=1 npm run build, the plugin\'s approvedOnly) publishes the approved events alone', async () => {
    const root = project([HIDE, APPROVE]);
    await run(root, 'node_modules/.bin/vite', ['build', '--logLevel', 'warn'], { TARIKH_APPROVED_ONLY: '1' });
    const document = JSON.parse(readFileSync(join(root, 'dist', 'events.json'), 'utf8')) as EventsDocument;
    expect(document.events.map((event) => [event.title, event.reviewed])).toEqual([[approved.title, true]]);
  });
});
