/** The build step applies a person's corrections: the CLI's options, its warnings, what it refuses. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchorOf } from '../events/anchor.ts';
import type { Correction } from '../events/corrections.ts';
import { serializeCorrections } from '../events/corrections-format.ts';
import type { EventsDocument, TimelineEvent } from '../events/schema.ts';
import { validateEventsDocument } from '../events/validate.ts';
import { extractFiles } from './corpus.ts';

const SEED = 'data/articles/2025-04-10-al-thawra-us-russia-istanbul-talks';
const seed = extractFiles([`${SEED}.txt`]).document;
const eventAt = (edtf: string) => seed.events.find((event) => event.date.edtf === edtf) as TimelineEvent;

/** Hide the war of 2022, retitle and redate the Riyadh meeting, approve the Istanbul round of 27 February. */
const CORRECTIONS: Correction[] = [
  { id: 'hide-war', kind: 'hide', target: anchorOf(seed, eventAt('2022')), reason: 'background, not part of the talks' },
  { id: 'fix-riyadh', kind: 'edit', target: anchorOf(seed, eventAt('2025-02-18')), set: { title: 'أول لقاء في الرياض', date: '2025-02-18' } },
  { id: 'ok-istanbul', kind: 'review', target: anchorOf(seed, eventAt('2025-02-27')), status: 'approved' },
];

function project(corrections?: string): string {
  const root = mkdtempSync(join(tmpdir(), 'tarikh-review-'));
  mkdirSync(join(root, 'data', 'articles'), { recursive: true });
  for (const ext of ['.txt', '.meta.json']) copyFileSync(`${SEED}${ext}`, join(root, `${SEED}${ext}`));
  if (corrections !== undefined) writeFileSync(join(root, 'data', 'corrections.json'), corrections);
  return root;
}

function extract(args: string[], cwd = process.cwd()) {
  const run = spawnSync(process.execPath, [resolve('lib/node/bin.js'), 'extract', ...args], { cwd, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const titles = (document: EventsDocument) => document.events.map((event) => event.title);

describe('extract with corrections', { timeout: 60_000 }, () => {
  it('the default run applies data/corrections.json: hidden events are gone, edits in, the file untouched', () => {
    const text = serializeCorrections(CORRECTIONS);
    const root = project(text);
    const run = extract([], root);
    expect(run.code).toBe(0);
    const document = JSON.parse(readFileSync(join(root, 'data', 'events.json'), 'utf8')) as EventsDocument;
    expect(validateEventsDocument(document).ok).toBe(true);
    expect(document.events).toHaveLength(7);
    expect(document.events.map((event) => event.date.edtf)).not.toContain('2022');
    expect(titles(document)).toContain('أول لقاء في الرياض');
    expect(run.stderr).toMatch(/7 events, 0 warnings, 0 errors, 3 corrections \(3 applied, 0 orphaned, 1 events hidden\)/);
    expect(readFileSync(join(root, 'data', 'corrections.json'), 'utf8')).toBe(text);
  });

  it('--corrections FILE applies with files given; exports (csv) carry the corrected events; --approved-only keeps the approved', () => {
    const root = project();
    const file = join(root, 'review.json');
    writeFileSync(file, serializeCorrections(CORRECTIONS));
    const csv = extract([`${SEED}.txt`, '--corrections', file, '--format', 'csv', '--quiet']);
    expect(csv.code).toBe(0);
    expect(csv.stdout).toContain('أول لقاء في الرياض');
    expect(csv.stdout).not.toContain(eventAt('2022').title);

    const approved = extract([`${SEED}.txt`, '--corrections', file, '--approved-only', '--quiet']);
    expect(approved.code).toBe(0);
    expect(JSON.parse(approved.stdout).events.map((event: TimelineEvent) => event.date.edtf)).toEqual(['2025-02-27']);
  });

  it('an orphaned correction is a warning naming it (exit 0), a failure under --strict (exit 1), and stays in the file', () => {
    const gone: Correction = { id: 'lost-one', kind: 'edit', target: { ...anchorOf(seed, eventAt('2025-03-26')), before: 'نص آخر ' }, set: { title: 'x' } };
    const text = serializeCorrections([...CORRECTIONS, gone]);
    const root = project(text);
    const lenient = extract([], root);
    expect(lenient.code).toBe(0);
    expect(lenient.stderr).toContain(
      'warning: correction lost-one (edit of «الـ26 من آذار الماضي» in "2025-04-10-al-thawra-us-russia-istanbul-talks" (paragraph 13): title) is not applied: ' +
        'the passage «الـ26 من آذار الماضي» is no longer in article "2025-04-10-al-thawra-us-russia-istanbul-talks" with the same words around it: was its text edited?; ' +
        'it stays in data/corrections.json',
    );
    const strict = extract(['--strict'], root);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/1 warnings, 0 errors, 4 corrections \(3 applied, 1 orphaned, 1 events hidden\)/);
    expect(readFileSync(join(root, 'data', 'corrections.json'), 'utf8')).toBe(text);
  });

  it('a broken corrections file stops the run before anything is written (exit 2), naming the file, line and column, or correction and field', () => {
    const root = project(serializeCorrections(CORRECTIONS).replace('"kind":"edit",', '"kind":"edit"'));
    writeFileSync(join(root, 'data', 'events.json'), 'previous output\n');
    const run = extract([], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^tarikh extract: corrections file data\/corrections\.json: line \d+, column \d+: not valid JSON: expected "," or "}" after a property value/);
    expect(run.stderr).toContain('nothing was written');
    expect(readFileSync(join(root, 'data', 'events.json'), 'utf8')).toBe('previous output\n');

    const impossible = serializeCorrections(CORRECTIONS).replace('"date":"2025-02-18"', '"date":"2025-02-31"');
    writeFileSync(join(root, 'data', 'corrections.json'), impossible);
    const dated = extract([], root);
    expect(dated.code).toBe(2);
    expect(dated.stderr).toContain('data/corrections.json: corrections[1] (id "fix-riyadh"): set.date: 2025-02-31 is not a real day: February 2025 has 28 days');
    expect(readFileSync(join(root, 'data', 'corrections.json'), 'utf8')).toBe(impossible);
  });

  it('a --corrections file that does not exist is refused (a typo must not publish what was hidden); --jsonl takes none', () => {
    const missing = extract([`${SEED}.txt`, '--corrections', 'no/such/corrections.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no/such/corrections.json: the corrections file does not exist');
    expect(missing.stdout).toBe('');
    expect(extract(['--jsonl', '--corrections', 'x.json']).code).toBe(2);
  });
});
