import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { anchorOf } from '../events/anchor.ts';
import type { Correction, CorrectionOperation } from '../events/corrections.ts';
import { sampleDocument } from '../events/corrections.fixtures.ts';
import { serializeCorrections } from '../events/corrections-format.ts';
import {
  CorrectionsFileError,
  applyOperationToFile,
  putCorrection,
  readCorrectionsFile,
  removeCorrection,
  writeCorrectionsFile,
} from './corrections-file.ts';

const folder = () => mkdtempSync(join(tmpdir(), 'tarikh-corrections-'));

function corrections(): Correction[] {
  const document = sampleDocument();
  const [riyadh, istanbul, april] = document.events as [never, never, never];
  return [
    { id: 'h1', kind: 'hide', target: anchorOf(document, april), reason: 'not a meeting' },
    { id: 'e1', kind: 'edit', target: anchorOf(document, istanbul), set: { title: 'جولة ثانية' } },
    { id: 'r1', kind: 'review', target: anchorOf(document, riyadh), status: 'approved' },
  ];
}

function errorOf(run: () => unknown): CorrectionsFileError {
  try {
    run();
  } catch (error) {
    if (error instanceof CorrectionsFileError) return error;
    throw error;
  }
  throw new Error('no error');
}

describe('reading the corrections file', () => {
  it('a file that is not there holds no corrections in the default run, and is an error when named', () => {
    const file = join(folder(), 'corrections.json');
    expect(readCorrectionsFile(file, { missing: 'empty' })).toEqual([]);
    expect(errorOf(() => readCorrectionsFile(file)).message).toBe(`${file}: the corrections file does not exist`);
  });

  it('broken JSON: the file, the line and the column', () => {
    const file = join(folder(), 'corrections.json');
    const text = serializeCorrections(corrections()).replace('"kind":"edit",', '"kind":"edit"');
    writeFileSync(file, text);
    const error = errorOf(() => readCorrectionsFile(file));
    // the edit is the third correction in the file's order: line 7
    expect(error.message).toBe(`${file}: line 7, column 29: not valid JSON: expected "," or "}" after a property value, found """`);
    expect(text.split('\n')[6]!.slice(28)).toMatch(/^"target":/);
  });

  it('a wrong field or an impossible date: the file, the correction (index and id) and the field', () => {
    const file = join(folder(), 'corrections.json');
    const [hide, edit] = corrections() as [Correction & { kind: 'hide' }, Correction & { kind: 'edit' }];
    writeFileSync(file, JSON.stringify({ format: 'tarikh-corrections', version: '1.0.0', corrections: [hide, { ...edit, set: { date: '2025-02-31' } }, { ...hide, id: 'h2', reason: 7 }] }));
    expect(errorOf(() => readCorrectionsFile(file)).message).toBe(
      `${file}: \n` +
        '  corrections[1] (id "e1"): set.date: 2025-02-31 is not a real day: February 2025 has 28 days\n' +
        '  corrections[2] (id "h2"): reason: Invalid type: Expected string but received 7',
    );
  });
});

describe('changing the corrections file one record at a time', () => {
  it('writes the stable form atomically, leaving no temporary file', () => {
    const dir = folder();
    const file = join(dir, 'corrections.json');
    writeCorrectionsFile(file, corrections());
    expect(readFileSync(file, 'utf8')).toBe(serializeCorrections(corrections()));
    expect(readdirSync(dir)).toEqual(['corrections.json']);
  });

  it('put and remove return their inverse; undoing restores the file byte for byte', () => {
    const pool = corrections();
    const operation = fc.oneof(
      fc.constantFrom(...pool).map((correction): CorrectionOperation => ({ op: 'put', correction })),
      fc.constantFrom(...pool).map((correction): CorrectionOperation => ({ op: 'put', correction: { ...correction, note: 'later' } })),
      fc.constantFrom('h1', 'e1', 'r1', 'none').map((id): CorrectionOperation => ({ op: 'remove', id })),
    );
    const dir = folder();
    let run = 0;
    fc.assert(
      fc.property(fc.subarray(pool), fc.array(operation, { minLength: 1, maxLength: 6 }), (start, operations) => {
        const file = join(dir, `corrections-${run++}.json`);
        writeCorrectionsFile(file, start);
        const before: string[] = [];
        const inverses: (CorrectionOperation | null)[] = [];
        for (const op of operations) {
          before.push(readFileSync(file, 'utf8'));
          inverses.push(applyOperationToFile(file, op));
        }
        for (let i = operations.length - 1; i >= 0; i--) {
          const inverse = inverses[i];
          if (inverse) applyOperationToFile(file, inverse);
          expect(readFileSync(file, 'utf8')).toBe(before[i]);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('two tabs editing at once lose neither change: each operation reads the file as it is now', () => {
    const file = join(folder(), 'corrections.json');
    const [hide, edit, review] = corrections() as [Correction, Correction, Correction];
    // each tab saw an empty file when it opened; neither knows the other's change
    putCorrection(file, hide);
    putCorrection(file, edit);
    expect(readCorrectionsFile(file).map((c) => c.id).sort()).toEqual(['e1', 'h1']);
    const undo = removeCorrection(file, 'h1');
    putCorrection(file, review);
    expect(readCorrectionsFile(file).map((c) => c.id).sort()).toEqual(['e1', 'r1']);
    expect(undo).toEqual({ op: 'put', correction: hide });
    expect(removeCorrection(file, 'h1')).toBeNull();
  });

  it('refuses an invalid record and never writes over a broken file', () => {
    const file = join(folder(), 'corrections.json');
    const broken = serializeCorrections(corrections()).replace('"kind":"hide"', '"kind":"hide",,');
    writeFileSync(file, broken);
    expect(() => putCorrection(file, corrections()[0]!)).toThrow(CorrectionsFileError);
    expect(() => removeCorrection(file, 'h1')).toThrow(/line \d+, column \d+/);
    expect(readFileSync(file, 'utf8')).toBe(broken);

    const good = join(folder(), 'corrections.json');
    writeCorrectionsFile(good, corrections());
    const before = readFileSync(good, 'utf8');
    const edit = corrections()[1] as Correction & { kind: 'edit' };
    expect(errorOf(() => putCorrection(good, { ...edit, set: { date: '2025-02-31' } })).problems).toEqual([
      'correction (id "e1"): set.date: 2025-02-31 is not a real day: February 2025 has 28 days',
    ]);
    expect(readFileSync(good, 'utf8')).toBe(before);
    expect(existsSync(join(folder(), 'never.json'))).toBe(false);
  });
});
