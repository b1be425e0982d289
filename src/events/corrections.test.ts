import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import fc from 'fast-check';
import { anchorOf } from './anchor.ts';
import type { Correction } from './corrections.ts';
import { applyOperation, editRecord, serializeCorrections, sortCorrections } from './corrections-format.ts';
import { parseCorrections, validateCorrection, validateCorrections } from './corrections-validate.ts';
import { sampleDocument } from './corrections.fixtures.ts';
import { findJsonSyntaxError } from './json-error.ts';
import { correctionsJsonSchema } from './json-schema.ts';

const committedSchema = JSON.parse(readFileSync(new URL('./corrections.schema.json', import.meta.url), 'utf8'));
const file = (corrections: unknown[]) => ({ format: 'tarikh-corrections', version: '1.0.0', corrections });

function sampleCorrections(): Correction[] {
  const document = sampleDocument();
  const [riyadh, istanbul, april] = document.events as [never, never, never];
  return [
    { id: 'h1', kind: 'hide', target: anchorOf(document, april), reason: 'not a meeting', by: 'asma', at: '2026-12-01T09:30:00Z' },
    { id: 'e1', kind: 'edit', target: anchorOf(document, istanbul), set: { date: '2025-02-26', title: 'جولة ثانية', coordinates: [28.98, 41.01] } },
    { id: 'm1', kind: 'merge', targets: [anchorOf(document, istanbul), anchorOf(document, april)] },
    { id: 's1', kind: 'split', source: anchorOf(document, riyadh, (riyadh as { sources: never[] }).sources[1]) },
    { id: 'a1', kind: 'add', event: { date: '2025-05~', title: 'Third round', actors: ['Russia'] }, note: 'From the ministry', link: 'https://example.org/x' },
    { id: 'r1', kind: 'review', target: anchorOf(document, riyadh), status: 'approved', note: 'checked against the wire' },
  ];
}

describe('corrections file contract', () => {
  it('the committed JSON Schema is the one generated from the valibot schema (run `npm run schema`)', () => {
    expect(committedSchema).toEqual(correctionsJsonSchema());
  });

  it('a file with every kind passes the validator and the JSON Schema', () => {
    const value = file(sampleCorrections());
    expect(validateCorrections(value)).toEqual({ ok: true, corrections: sampleCorrections() });
    const ajv = new Ajv({ strict: false });
    expect(ajv.validate(committedSchema, value), JSON.stringify(ajv.errors)).toBe(true);
  });

  it('the JSON Schema and the validator refuse the same broken corrections', () => {
    const ajv = new Ajv({ strict: false });
    const broken = [
      { id: 'x', kind: 'edit', target: sampleCorrections()[0]!.kind === 'hide' ? (sampleCorrections()[0] as { target: unknown }).target : null, set: { titel: 'typo' } },
      { id: 'x', kind: 'hide' },
      { id: 'x y', kind: 'review', target: (sampleCorrections()[5] as { target: unknown }).target, status: 'approved' },
      { id: 'x', kind: 'merge', targets: [(sampleCorrections()[5] as { target: unknown }).target] },
      { id: 'x', kind: 'add', event: { date: '2025-02-18/later', title: 't' }, note: 'n' },
    ];
    for (const correction of broken) {
      expect(ajv.validate(committedSchema, file([correction])), JSON.stringify(correction)).toBe(false);
      expect(validateCorrections(file([correction])).ok).toBe(false);
    }
  });

  it('names the correction (index and id) and the field in every message', () => {
    const [hide, edit] = sampleCorrections() as [Correction & { kind: 'hide' }, Correction & { kind: 'edit' }];
    const result = validateCorrections(
      file([hide, { ...edit, set: { date: '2025-02-31' } }, { ...hide, id: 'h2', target: { ...hide.target, paragraph: -1 } }, { ...hide, reason: 4 }]),
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        'corrections[1] (id "e1"): set.date: 2025-02-31 is not a real day: February 2025 has 28 days',
        'corrections[2] (id "h2"): target.paragraph: Invalid value: Expected >=0 but received -1',
        'corrections[3] (id "h1"): reason: Invalid type: Expected string but received 4',
      ],
    });
    expect(validateCorrections(file([hide, { ...hide }]))).toEqual({ ok: false, errors: ['corrections[1] (id "h1"): id: "h1" is also the id of corrections[0]'] });
    expect(validateCorrections(file([{ ...edit, set: { ...edit.set, titel: 'x' } }]))).toEqual({
      ok: false,
      errors: ['corrections[0] (id "e1"): set.titel: unknown field (a reader that does not know it would drop it on the next write)'],
    });
    expect(validateCorrections(file([{ id: 'n', kind: 'add', event: { date: '2025', title: 't' } }]))).toEqual({
      ok: false,
      errors: ['corrections[0] (id "n"): note: an event added without a passage needs a note (what it is and where it comes from)'],
    });
    expect(validateCorrections(file([{ id: 'e', kind: 'edit', target: hide.target, set: {} }]))).toEqual({
      ok: false,
      errors: ['corrections[0] (id "e"): set: changes nothing: name at least one field'],
    });
    expect(validateCorrection({ ...edit, set: { date: 'XXXX-02-27' } })).toEqual({
      ok: false,
      errors: ['correction (id "e1"): set.date: XXXX-02-27: a date with an unknown year or part cannot be placed in time; write the whole year (and month, day)'],
    });
  });

  it('checks format and major version first; a newer minor version is read', () => {
    expect(validateCorrections([])).toEqual({ ok: false, errors: ['the file is not a JSON object'] });
    expect(validateCorrections({ ...file([]), format: 'tarikh-events' })).toMatchObject({ ok: false, errors: [expect.stringMatching(/^format: expected "tarikh-corrections"/)] });
    expect(validateCorrections({ ...file([]), version: '2.0.0' })).toMatchObject({ ok: false, errors: [expect.stringMatching(/understands version 1\.x/)] });
    expect(validateCorrections({ ...file([]), version: '1.4.0' })).toEqual({ ok: true, corrections: [] });
  });

  it('broken JSON is located by line and column', () => {
    const text = serializeCorrections(sampleCorrections());
    const lines = text.split('\n');
    lines[6] = lines[6]!.replace('"kind":', '"kind"'); // a missing colon on line 7
    const result = parseCorrections(lines.join('\n'));
    expect(result).toEqual({ ok: false, errors: [expect.stringMatching(/^line 7, column \d+: not valid JSON: expected ":" after the property name/)] });
    const column = Number(/column (\d+)/.exec((result as { errors: string[] }).errors[0]!)![1]);
    expect(lines[6]!.slice(column - 1)).toMatch(/^"hide"/);
    expect(parseCorrections('{\n  "format": "tarikh-corrections",\n}\n')).toEqual({
      ok: false,
      errors: ['line 3, column 1: not valid JSON: a comma before "}" (JSON allows no trailing comma)'],
    });
    expect(parseCorrections('')).toEqual({ ok: false, errors: ['line 1, column 1: not valid JSON: expected a value (an object, array, string, number, true, false or null), found the end of the text'] });
    // a byte-order mark an editor added is not an error
    expect(parseCorrections('\uFEFF' + serializeCorrections([]))).toEqual({ ok: true, corrections: [] });
  });
});

describe('findJsonSyntaxError', () => {
  it('finds an error exactly when JSON.parse fails', () => {
    const jsonish = fc.oneof(
      fc.json(),
      fc.json().chain((json) =>
        fc.tuple(fc.nat({ max: json.length }), fc.constantFrom('', ',', '}', ']', '"', ':', 'x', '\n', '\\', '0', '-', '\t', '[', '{')).map(([at, inserted]) => json.slice(0, at) + inserted + json.slice(at + 1)),
      ),
    );
    fc.assert(
      fc.property(jsonish, (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        const error = findJsonSyntaxError(text);
        expect(error === null).toBe(valid);
        if (error) expect(error.offset).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('the file on disk: one form for one content', () => {
  it('is sorted by passage, one correction per line, keys in a fixed order, with a final newline', () => {
    const text = serializeCorrections(sampleCorrections());
    const lines = text.split('\n');
    expect(lines.slice(0, 4)).toEqual(['{', '  "format": "tarikh-corrections",', '  "version": "1.0.0",', '  "corrections": [']);
    expect(lines.slice(-3)).toEqual(['  ]', '}', '']);
    const records = lines.slice(4, -3).map((line) => JSON.parse(line.replace(/,$/, '')));
    // no passage first; then article a1 ¶1, a1 ¶2 «10 نيسان», a1 ¶2 «27 شباط» (edit before merge), a2
    expect(records.map((record) => record.id)).toEqual(['a1', 'r1', 'h1', 'e1', 'm1', 's1']);
    expect(Object.keys(records[0])).toEqual(['id', 'kind', 'event', 'link', 'note']);
    expect(Object.keys(records[1].target)).toEqual(['article', 'paragraph', 'text', 'before', 'after']);
    expect(parseCorrections(text)).toEqual({ ok: true, corrections: sortCorrections(sampleCorrections()) });
    expect(serializeCorrections([])).toBe('{\n  "format": "tarikh-corrections",\n  "version": "1.0.0",\n  "corrections": []\n}\n');
  });

  it('the same corrections give the same bytes, whatever their order and their keys\' order', () => {
    const reorderKeys = (value: unknown): unknown =>
      Array.isArray(value) ? value.map(reorderKeys) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reorderKeys(v)])) : value;
    const subsetAndPermutation = fc
      .shuffledSubarray(sampleCorrections())
      .chain((subset) => fc.tuple(fc.constant(subset), fc.shuffledSubarray(subset, { minLength: subset.length })));
    fc.assert(
      fc.property(subsetAndPermutation, fc.boolean(), ([subset, permutation], reverseKeys) => {
        const other = reverseKeys ? permutation.map((c) => reorderKeys(c) as Correction) : permutation;
        expect(serializeCorrections(other)).toBe(serializeCorrections(subset));
      }),
    );
  });

  it('put and remove answer with their inverse: undo gives the file back byte for byte', () => {
    const pool = sampleCorrections();
    const operation = fc.oneof(
      fc.constantFrom(...pool).map((correction) => ({ op: 'put' as const, correction })),
      fc.constantFrom(...pool).map((correction) => ({ op: 'put' as const, correction: { ...correction, note: 'changed' } as Correction })),
      fc.constantFrom(...pool.map((c) => c.id), 'absent').map((id) => ({ op: 'remove' as const, id })),
    );
    fc.assert(
      fc.property(fc.shuffledSubarray(pool), fc.array(operation, { maxLength: 8 }), (start, operations) => {
        let corrections = sortCorrections(start);
        const history: string[] = [];
        const inverses = [];
        for (const op of operations) {
          history.push(serializeCorrections(corrections));
          const step = applyOperation(corrections, op);
          corrections = step.corrections;
          inverses.push(step.inverse);
        }
        // undo everything, last first
        for (let i = operations.length - 1; i >= 0; i--) {
          const inverse = inverses[i];
          if (inverse) corrections = applyOperation(corrections, inverse).corrections;
          expect(serializeCorrections(corrections)).toBe(history[i]);
        }
      }),
    );
  });

  it('several edits of one event by one reviewer are one record', () => {
    const [, edit] = sampleCorrections() as [never, Correction & { kind: 'edit' }];
    const mine = { ...edit, by: 'asma' };
    const later = editRecord([mine], { id: 'e9', kind: 'edit', target: edit.target, set: { place: 'Ankara' }, by: 'asma', at: '2026-12-02T10:00:00Z' });
    // Istanbul's coordinates do not stay with Ankara.
    const { coordinates: _istanbul, ...rest } = edit.set;
    expect(later).toEqual({ ...mine, set: { ...rest, place: 'Ankara' }, at: '2026-12-02T10:00:00Z' });
    const someoneElse = editRecord([mine], { id: 'e9', kind: 'edit', target: edit.target, set: { place: 'Ankara' }, by: 'omar' });
    expect(someoneElse.id).toBe('e9');
  });

  it('a later place replaces the earlier one with its local name and coordinates, as applying it would', () => {
    const [, edit] = sampleCorrections() as [never, Correction & { kind: 'edit' }];
    const mine = { ...edit, by: 'asma', set: { title: 'لقاء', place: 'Damascus', placeLocal: 'دمشق', coordinates: [36.29, 33.51] as [number, number] } };
    const village = editRecord([mine], { id: 'e9', kind: 'edit', target: edit.target, set: { place: 'قرية الصفصاف' }, by: 'asma' });
    expect(village.set).toEqual({ title: 'لقاء', place: 'قرية الصفصاف' });
    const named = editRecord([mine], { id: 'e9', kind: 'edit', target: edit.target, set: { place: 'Homs', placeLocal: 'حمص' }, by: 'asma' });
    expect(named.set).toEqual({ title: 'لقاء', place: 'Homs', placeLocal: 'حمص' });
    // Changing only the local name keeps the place and its coordinates.
    expect(editRecord([mine], { id: 'e9', kind: 'edit', target: edit.target, set: { placeLocal: 'الشام' }, by: 'asma' }).set).toEqual({ ...mine.set, placeLocal: 'الشام' });
  });
});
