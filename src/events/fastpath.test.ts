/**
 * The compiled check (compile.ts) against valibot, on the same schema: it may only say "valid"
 * where valibot accepts the document and returns it unchanged, and it should say so for every
 * such document (else the fast path is not taken). Valid and broken documents, generated.
 */
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as v from 'valibot';
import { EventsDocumentSchema, isCalendarDay } from './schema.ts';
import { matchesEventsSchema, validateEventsDocument } from './validate.ts';
import { compileCheck } from './compile.ts';
import { CONFIDENCE_REASON_IDS, CORRECTED_FIELDS } from './confidence.ts';
import { denseDocument } from './fixtures/dense.ts';

/** The former Date-based check, as the reference for the arithmetic one. */
function calendarDayByDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function valibotVerdict(input: unknown): boolean {
  const parsed = v.safeParse(EventsDocumentSchema, input);
  return parsed.success && isDeepStrictEqual(parsed.output, input);
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const dayArb = fc
  .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
  .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
const validDay = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

const PARAGRAPH = 'وفي الـ18 من شباط الماضي، جرى أول اللقاءات في الرياض';
const MENTION = { text: 'الـ18 من شباط الماضي', start: 4, end: 24 };

const eventArb = fc
  .record(
    {
      id: fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/),
      start: validDay,
      precision: fc.constantFrom('day', 'week', 'month', 'year', 'decade', 'range'),
      approximate: fc.boolean(),
      certainty: fc.constantFrom('stated', 'inferred'),
      calendar: fc.constantFrom('gregorian', 'hijri'),
      original: fc.string(),
      title: fc.string({ minLength: 1 }),
      titleEn: fc.option(fc.string()),
      place: fc.option(fc.string()),
      placeLocal: fc.option(fc.string()),
      coordinates: fc.option(fc.tuple(fc.double({ noNaN: true }), fc.double({ noNaN: true }))),
      type: fc.option(fc.string()),
      actors: fc.array(fc.string(), { maxLength: 3 }),
      conflict: fc.boolean(),
      sourceDate: fc.string(),
      confidence: fc.record({ score: fc.double({ min: 0, max: 1, noNaN: true }), reasons: fc.array(fc.constantFrom(...CONFIDENCE_REASON_IDS), { maxLength: 4 }) }, { noNullPrototype: true }),
      reviewed: fc.constant(true as const),
      corrected: fc.array(fc.constantFrom(...CORRECTED_FIELDS), { maxLength: 3 }),
    },
    { requiredKeys: ['id', 'start', 'precision', 'title', 'place'] },
  )
  .map((r) => {
    const date: Record<string, unknown> = { edtf: r.start, start: r.start, end: r.start, precision: r.precision };
    for (const key of ['approximate', 'certainty', 'calendar', 'original'] as const) if (key in r) date[key] = r[key];
    const source: Record<string, unknown> = { article: 'a1', paragraph: 1, mention: { ...MENTION } };
    if ('sourceDate' in r) source.date = r.sourceDate;
    const event: Record<string, unknown> = { id: r.id, date, title: r.title, place: r.place ?? null, sources: [source] };
    for (const key of ['titleEn', 'placeLocal', 'coordinates', 'type', 'actors', 'conflict', 'confidence', 'reviewed', 'corrected'] as const) if (key in r) event[key] = r[key];
    return event;
  });

const nonEmpty = fc.string({ minLength: 1 });
const namesArb = fc.dictionary(
  fc.stringMatching(/^[A-Za-z\u0621-\u064A][A-Za-z\u0621-\u064A .'-]{0,15}$/),
  fc.record({ ar: nonEmpty, en: nonEmpty }, { requiredKeys: [], noNullPrototype: true }),
  { maxKeys: 4, noNullPrototype: true },
);

const documentArb = fc.tuple(fc.array(eventArb, { maxLength: 6 }), fc.option(namesArb, { nil: undefined })).map(([events, names]) => {
  const doc: Record<string, unknown> = {
    format: 'tarikh-events',
    version: '1.1.0',
    articles: [{ id: 'a1', title: 'عنوان', published: '2025-04-10', source: null, language: 'ar', paragraphs: ['عنوان', PARAGRAPH] }],
    events,
  };
  if (names) doc.names = names;
  return doc;
});

/** Every place in a document where a value sits: [container, key]. */
function slotsOf(root: unknown): [Record<string | number, unknown>, string | number][] {
  const out: [Record<string | number, unknown>, string | number][] = [];
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    for (const key of Object.keys(node)) {
      const k = Array.isArray(node) ? Number(key) : key;
      out.push([node as Record<string | number, unknown>, k]);
      walk((node as Record<string | number, unknown>)[k]);
    }
  };
  walk(root);
  return out;
}

const strangeValues = [null, undefined, 0, -1, 1.5, NaN, Infinity, '', 'x', '2025-02-29', '2024-02-29', '2025-13-01', '١٢٣', true, false, [], {}, [1, 2, 3], [1], ['a'], { a: 1 }];

const brokenDocumentArb = fc
  .tuple(documentArb, fc.nat(), fc.constantFrom(...strangeValues), fc.constantFrom('replace', 'delete', 'add-key'))
  .map(([doc, at, value, how]) => {
    const slots = slotsOf(doc);
    const [container, key] = slots[at % slots.length] as [Record<string | number, unknown>, string | number];
    if (how === 'delete') delete container[key];
    else if (how === 'add-key') {
      const target = container[key];
      if (target && typeof target === 'object' && !Array.isArray(target)) (target as Record<string, unknown>).extra = value;
      else container[key] = value;
    } else container[key] = value;
    return doc;
  });

describe('calendar days, arithmetically', () => {
  it('agrees with the Date-based check on every shape of YYYY-MM-DD', () => {
    fc.assert(fc.property(dayArb, (day) => {
        expect(isCalendarDay(day)).toBe(calendarDayByDate(day));
      }), { numRuns: 5000 });
  });

  it('agrees on arbitrary strings and near-misses', () => {
    const near = fc.stringMatching(/^[0-9\-/ ]{8,12}$/);
    fc.assert(fc.property(fc.oneof(fc.string(), near), (s) => {
        expect(isCalendarDay(s)).toBe(calendarDayByDate(s));
      }), { numRuns: 3000 });
    for (const s of ['2024-02-29', '2025-02-29', '1900-02-29', '2000-02-29', '0000-02-29', '2025-04-31', '2025-12-31', '2025-00-10', '2025-01-00', '2025-1-01', '２０２５-01-01', '2025-01-01\n'])
      expect(isCalendarDay(s), s).toBe(calendarDayByDate(s));
  });
});

describe('the compiled check and valibot agree', () => {
  it('on valid documents: both accept, and the fast path is taken', () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        expect(valibotVerdict(doc)).toBe(true);
        expect(matchesEventsSchema(doc)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('on broken documents: "valid as is" exactly where valibot accepts and returns the input unchanged', () => {
    fc.assert(fc.property(brokenDocumentArb, (doc) => {
        expect(matchesEventsSchema(doc)).toBe(valibotVerdict(doc));
      }), { numRuns: 3000 });
  });

  it('the validator gives the same result with or without the fast path', () => {
    fc.assert(
      fc.property(fc.oneof(documentArb, brokenDocumentArb), (doc) => {
        const parsed = v.safeParse(EventsDocumentSchema, doc);
        const result = validateEventsDocument(doc);
        if (!parsed.success) expect(result.ok).toBe(false);
        else if (result.ok) expect(result.document).toEqual(parsed.output);
      }),
      { numRuns: 1000 },
    );
  });

  it('the 10,000-event test document takes the fast path', () => {
    const doc = JSON.parse(JSON.stringify(denseDocument(10_000)));
    expect(matchesEventsSchema(doc)).toBe(true);
    expect(validateEventsDocument(doc).ok).toBe(true);
  });

  it('an unknown key is left to valibot, which strips it', () => {
    const doc = JSON.parse(JSON.stringify(denseDocument(3))) as { events: Record<string, unknown>[] };
    doc.events[1]!.note = 'x';
    expect(matchesEventsSchema(doc)).toBe(false);
    const result = validateEventsDocument(doc);
    expect(result.ok && 'note' in (result.document.events[1] as object)).toBe(false);
  });

  it('names: a key valibot would drop or refuse is left to valibot', () => {
    const base = JSON.parse(JSON.stringify(denseDocument(2))) as Record<string, unknown>;
    const withNames = (names: string) => ({ ...base, names: JSON.parse(names) });
    for (const names of ['{"Riyadh": {"ar": "الرياض", "en": "Riyadh"}}', '{"Riyadh": {}}', '{}']) {
      expect(matchesEventsSchema(withNames(names)), names).toBe(true);
      expect(valibotVerdict(withNames(names)), names).toBe(true);
    }
    for (const names of ['{"constructor": {"ar": "x"}}', '{"__proto__": {"ar": "x"}}', '{"prototype": {}}', '{"": {"ar": "x"}}', '{"Riyadh": {"ar": ""}}', '{"Riyadh": {"fr": "Riyad"}}', '{"Riyadh": "الرياض"}', '[{"ar": "x"}]']) {
      expect(matchesEventsSchema(withNames(names)), names).toBe(false);
      expect(valibotVerdict(withNames(names)), names).toBe(false);
    }
  });

  it('refuses to compile what it does not know', () => {
    expect(() => compileCheck(v.pipe(v.string(), v.transform((s) => s.trim())))).toThrow(/not supported/);
    expect(() => compileCheck(v.optional(v.string(), 'x'))).toThrow(/defaults/);
    expect(() => compileCheck(v.union([v.string(), v.number()]))).toThrow(/not supported/);
  });
});
