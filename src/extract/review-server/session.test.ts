import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { anchorOf } from '../../events/anchor.ts';
import type { Correction, CorrectionOperation } from '../../events/corrections.ts';
import type { EventsDocument, TimelineEvent } from '../../events/schema.ts';
import { validateEventsDocument } from '../../events/validate.ts';
import { CorrectionsFileError } from '../corrections-file.ts';
import { ReviewSession } from './session.ts';

const SEED = 'data/articles';
const STORY = 'src/extract/fixtures/story';

function workspace() {
  const root = mkdtempSync(join(tmpdir(), 'tarikh-review-'));
  const articlesDir = join(root, 'articles');
  mkdirSync(articlesDir);
  for (const name of readdirSync(SEED)) copyFileSync(join(SEED, name), join(articlesDir, name));
  return { root, articlesDir, eventsFile: join(root, 'events.json'), correctionsFile: join(root, 'corrections.json') };
}

function eventAt(document: EventsDocument, phrase: string): TimelineEvent {
  const event = document.events.find((candidate) => candidate.sources.some((source) => source.mention.text === phrase));
  if (!event) throw new Error(`no event read from «${phrase}»`);
  return event;
}

const RIYADH = 'الـ18 من شباط الماضي';
const ISTANBUL_TALKS = 'الـ 27 من شباط الماضي';

describe('a review session', () => {
  let files: ReturnType<typeof workspace>;
  let session: ReviewSession;
  beforeEach(() => {
    files = workspace();
    session = new ReviewSession({ ...files, reviewer: 'asma' });
    session.extract();
  });

  const doc = () => session.state().document as EventsDocument;
  const edit = (id: string, phrase: string, set: Record<string, unknown>): CorrectionOperation => ({
    op: 'put',
    correction: { id, kind: 'edit', target: anchorOf(doc(), eventAt(doc(), phrase)), set, by: 'asma' } as Correction,
  });
  const hide = (id: string, phrase: string): CorrectionOperation => ({
    op: 'put',
    correction: { id, kind: 'hide', target: anchorOf(doc(), eventAt(doc(), phrase)), reason: 'not an event' },
  });

  it('shows the extraction with nothing corrected, and publishes it to the events file', () => {
    const state = session.state();
    expect(state.extractionError).toBeNull();
    expect(state.correctionsError).toBeNull();
    expect(state.document?.events.length).toBeGreaterThan(3);
    expect(state.progress).toEqual({ reviewed: 0, total: state.document!.events.length });
    expect(state.reviewer).toBe('asma');
    const written = JSON.parse(readFileSync(files.eventsFile, 'utf8'));
    expect(validateEventsDocument(written).ok).toBe(true);
    expect(written.events.length).toBe(state.document!.events.length);
    expect(existsSync(files.correctionsFile)).toBe(false); // nothing written until a person decides something
  });

  it('applies an operation to the file and the state, without extracting again, and its inverse restores the bytes', () => {
    const extractedAt = session.state().extraction!.at;
    session.apply([hide('h1', ISTANBUL_TALKS)]);
    const before = readFileSync(files.correctionsFile, 'utf8');
    const version = session.version;
    const undo = session.apply([edit('e1', RIYADH, { date: '2025-02-19' })]);
    expect(session.version).toBe(version + 1);
    const state = session.state();
    expect(state.extraction!.at).toBe(extractedAt);
    expect(eventAt(state.document!, RIYADH).date.edtf).toBe('2025-02-19');
    expect(state.hidden.map((entry) => entry.event.sources[0]!.mention.text)).toEqual([ISTANBUL_TALKS]);
    expect(state.progress.reviewed).toBe(1);
    expect(JSON.parse(readFileSync(files.eventsFile, 'utf8')).events.some((event: TimelineEvent) => event.date.edtf === '2025-02-19')).toBe(true);
    expect(undo).toEqual([{ op: 'remove', id: 'e1' }]);
    session.apply(undo);
    expect(readFileSync(files.correctionsFile, 'utf8')).toBe(before);
  });

  it('two tabs editing at once lose neither change: each operation meets the file as it is on disk', () => {
    // Both tabs built their records from the same state, before either was applied.
    const fromTabOne = edit('e-tab1', RIYADH, { date: '2025-02-19' });
    const fromTabTwo = edit('e-tab2', RIYADH, { title: 'لقاء الرياض' });
    const alsoTabTwo = hide('h-tab2', ISTANBUL_TALKS);
    session.apply([fromTabOne]);
    const undoTabTwo = session.apply([fromTabTwo, alsoTabTwo]);
    const state = session.state();
    const riyadh = eventAt(state.document!, RIYADH);
    expect(riyadh.date.edtf).toBe('2025-02-19');
    expect(riyadh.title).toBe('لقاء الرياض');
    // One reviewer's edits of one event stay one record (the first one's id).
    const edits = state.corrections.filter((correction) => correction.kind === 'edit');
    expect(edits).toHaveLength(1);
    expect(edits[0]).toMatchObject({ id: 'e-tab1', set: { date: '2025-02-19', title: 'لقاء الرياض' } });
    expect(state.corrections.map((correction) => correction.id).sort()).toEqual(['e-tab1', 'h-tab2']);
    // Tab two's undo takes back tab two's changes only.
    session.apply(undoTabTwo);
    const after = session.state();
    expect(eventAt(after.document!, RIYADH)).toMatchObject({ title: expect.not.stringMatching('لقاء الرياض'), date: { edtf: '2025-02-19' } });
    expect(after.hidden).toEqual([]);
  });

  it('extracts again when the articles change, and the corrections still apply', () => {
    session.apply([hide('h1', ISTANBUL_TALKS), edit('e1', RIYADH, { date: '2025-02-19' })]);
    const events = session.state().document!.events.length;
    for (const name of ['wire-ar-2025-02-27.txt', 'wire-ar-2025-02-27.meta.json']) copyFileSync(join(STORY, name), join(files.articlesDir, name));
    session.extract();
    const state = session.state();
    expect(state.extraction!.articles).toBe(2);
    expect(state.document!.events.length).toBeGreaterThan(events - 1);
    expect(state.orphans).toEqual([]);
    expect(eventAt(state.document!, RIYADH).date.edtf).toBe('2025-02-19');
    expect(state.hidden).toHaveLength(1);
  });

  it('a broken corrections file is reported by file, place and field, refuses changes and is never written over', () => {
    session.apply([hide('h1', ISTANBUL_TALKS)]);
    const later = edit('e1', RIYADH, { date: '2025-02-19' });
    const valid = readFileSync(files.correctionsFile, 'utf8');
    const broken = valid.replace('"kind":"hide"', '"kind":"hide",');
    writeFileSync(files.correctionsFile, broken);
    expect(session.reloadCorrections()).toBe(true);
    const state = session.state();
    expect(state.correctionsError?.file).toBe(files.correctionsFile);
    expect(state.correctionsError?.problems.join('\n')).toMatch(/line 5, column \d+: not valid JSON/);
    expect(state.document).toBeNull();
    const published = readFileSync(files.eventsFile, 'utf8');
    expect(() => session.apply([later])).toThrow(CorrectionsFileError);
    expect(readFileSync(files.correctionsFile, 'utf8')).toBe(broken);
    expect(readFileSync(files.eventsFile, 'utf8')).toBe(published);

    const wrongField = valid.replace('"reason":"not an event"', '"reason":7');
    writeFileSync(files.correctionsFile, wrongField);
    session.reloadCorrections();
    expect(session.state().correctionsError?.problems).toEqual([expect.stringMatching(/^corrections\[0\] \(id "h1"\): reason: /)]);

    // Fixed by hand: read again, applied again.
    writeFileSync(files.correctionsFile, valid);
    expect(session.reloadCorrections()).toBe(true);
    expect(session.state().correctionsError).toBeNull();
    expect(session.state().hidden).toHaveLength(1);
  });

  it('refuses a record the contract refuses, naming the field, and writes nothing', () => {
    session.apply([hide('h1', ISTANBUL_TALKS)]);
    const before = readFileSync(files.correctionsFile, 'utf8');
    const error = (() => {
      try {
        session.apply([edit('e1', RIYADH, { date: '2025-02-31' })]);
      } catch (caught) {
        return caught as CorrectionsFileError;
      }
      throw new Error('accepted');
    })();
    expect(error.problems.join('\n')).toMatch(/set\.date: 2025-02-31 is not a real day: February 2025 has 28 days/);
    expect(readFileSync(files.correctionsFile, 'utf8')).toBe(before);
    expect(session.state().correctionsError).toBeNull();
  });

  it('reading the file again after our own write changes nothing', () => {
    session.apply([hide('h1', ISTANBUL_TALKS)]);
    const version = session.version;
    expect(session.reloadCorrections()).toBe(false);
    expect(session.version).toBe(version);
  });

  it('tells listeners each new version', () => {
    const versions: number[] = [];
    const stop = session.subscribe((version) => versions.push(version));
    session.apply([hide('h1', ISTANBUL_TALKS)]);
    session.extract();
    stop();
    session.apply([{ op: 'remove', id: 'h1' }]);
    expect(versions).toEqual([2, 3]);
  });
});
