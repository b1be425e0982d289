import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { eventsJsonSchema } from './json-schema.ts';
import * as v from 'valibot';
import { matchesEventsSchema, validateEventsDocument } from './validate.ts';
import { EventDateSchema, type EventsDocument } from './schema.ts';

const committedSchema = JSON.parse(readFileSync(new URL('./events.schema.json', import.meta.url), 'utf8'));

function sampleDocument(): EventsDocument {
  const paragraph = 'وفي الـ18 من شباط الماضي، جرى أول اللقاءات في الرياض';
  return {
    format: 'tarikh-events',
    version: '1.0.0',
    articles: [
      { id: 'a1', title: 'عنوان', published: '2025-04-10', source: 'Al-Thawra', language: 'ar', paragraphs: ['عنوان', paragraph] },
    ],
    events: [
      {
        id: '2025-02-18-riyadh',
        date: { edtf: '2025-02-18', start: '2025-02-18', end: '2025-02-18', precision: 'day', certainty: 'inferred' },
        title: 'جرى أول اللقاءات في الرياض',
        place: 'Riyadh',
        sources: [{ article: 'a1', paragraph: 1, mention: { text: 'الـ18 من شباط الماضي', start: 4, end: 24 } }],
      },
    ],
  };
}

describe('events document contract', () => {
  it('the committed JSON Schema is the one generated from the valibot schema (run `npm run schema`)', () => {
    expect(committedSchema).toEqual(eventsJsonSchema());
  });

  it('a valid document passes both the validator and the JSON Schema', () => {
    const document = sampleDocument();
    expect(validateEventsDocument(document)).toMatchObject({ ok: true });
    const ajv = new Ajv({ strict: false });
    expect(ajv.validate(committedSchema, document), JSON.stringify(ajv.errors)).toBe(true);
  });

  it('the JSON Schema and the validator reject the same broken document', () => {
    const document = sampleDocument() as unknown as { events: { date: { start: string } }[] };
    document.events[0]!.date.start = '18/02/2025';
    const ajv = new Ajv({ strict: false });
    expect(ajv.validate(committedSchema, document)).toBe(false);
    const result = validateEventsDocument(document);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/^events\[0\]\.date\.start: .*YYYY-MM-DD/);
  });

  it('names what is wrong: unknown format, another major version, dangling references, offsets off their phrase', () => {
    expect(validateEventsDocument('[]')).toEqual({ ok: false, errors: ['the document is not a JSON object'] });
    expect(validateEventsDocument({ ...sampleDocument(), format: 'timelinejs' })).toMatchObject({ ok: false, errors: [expect.stringMatching(/^format:/)] });
    expect(validateEventsDocument({ ...sampleDocument(), version: '2.0.0' })).toMatchObject({ ok: false, errors: [expect.stringMatching(/understands version 1\.x/)] });

    const dangling = sampleDocument();
    dangling.events[0]!.sources[0]!.article = 'missing';
    expect(validateEventsDocument(dangling)).toMatchObject({ ok: false, errors: [expect.stringContaining('no article has id "missing"')] });

    const shifted = sampleDocument();
    shifted.events[0]!.sources[0]!.mention.start = 5;
    expect(validateEventsDocument(shifted)).toMatchObject({ ok: false, errors: [expect.stringContaining('do not point at')] });

    const backwards = sampleDocument();
    backwards.events[0]!.date.end = '2025-02-01';
    expect(validateEventsDocument(backwards)).toMatchObject({ ok: false, errors: [expect.stringContaining('is after end')] });
  });

  it('accepts a newer minor version of the same major', () => {
    expect(validateEventsDocument({ ...sampleDocument(), version: '1.7.0' })).toMatchObject({ ok: true });
  });

  describe('date.period (1.1.0, optional)', () => {
    function withPeriod(period: string): EventsDocument {
      const document = { ...sampleDocument(), version: '1.1.0' };
      document.events[0]!.date = { edtf: '2019-06/2019-08', start: '2019-06-01', end: '2019-08-31', precision: 'range', certainty: 'stated', period };
      return document;
    }

    it('a season passes the validator (its fast path too) and the JSON Schema', () => {
      const document = withPeriod('season');
      expect(validateEventsDocument(document)).toMatchObject({ ok: true, document: { events: [{ date: { period: 'season' } }] } });
      expect(matchesEventsSchema(document)).toBe(true);
      const ajv = new Ajv({ strict: false });
      expect(ajv.validate(committedSchema, document), JSON.stringify(ajv.errors)).toBe(true);
    });

    it('a kind added later is still a valid 1.1 document (a reader shows its range)', () => {
      expect(validateEventsDocument(withPeriod('fortnight'))).toMatchObject({ ok: true });
      expect(validateEventsDocument(withPeriod(''))).toMatchObject({ ok: false, errors: [expect.stringMatching(/^events\[0\]\.date\.period/)] });
    });

    it('a 1.0 reader, whose schema has no period, accepts the document and reads the date as its range', () => {
      const document = withPeriod('season');
      const readerOf10 = v.omit(EventDateSchema, ['period']);
      const parsed = v.safeParse(readerOf10, document.events[0]!.date);
      expect(parsed.success).toBe(true);
      expect(parsed.output).toEqual({ edtf: '2019-06/2019-08', start: '2019-06-01', end: '2019-08-31', precision: 'range', certainty: 'stated' });
      const schemaOf10 = structuredClone(committedSchema);
      delete schemaOf10.properties.events.items.properties.date.properties.period;
      const ajv = new Ajv({ strict: false });
      expect(ajv.validate(schemaOf10, document), JSON.stringify(ajv.errors)).toBe(true);
    });
  });
});
