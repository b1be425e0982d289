/**
 * Merging a corpus: the date index finds, for every candidate, the same event the
 * straightforward merge finds by comparing it with every merged event, so the documents are
 * identical, on random candidates of every precision, place, type, actors and article.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { EventDate, Precision, TimelineEvent } from '../events/schema.ts';
import type { ArticleExtraction } from './article-events.ts';
import { buildDocument, EveryMergedEvent } from './merge.ts';

const DAY_MS = 86_400_000;
const iso = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const dayOf = (value: string) => Date.parse(`${value}T00:00:00Z`) / DAY_MS;
/** Days around a few weeks, so that candidates meet, overlap, nest and conflict. */
const BASE = dayOf('2025-02-10');

function interval(precision: Precision, day: number, length: number): [string, string] {
  const date = new Date(day * DAY_MS);
  const year = date.getUTCFullYear();
  switch (precision) {
    case 'day':
      return [iso(day), iso(day)];
    case 'week': {
      const monday = day - ((date.getUTCDay() + 6) % 7);
      return [iso(monday), iso(monday + 6)];
    }
    case 'month':
      return [iso(Date.UTC(year, date.getUTCMonth(), 1) / DAY_MS), iso(Date.UTC(year, date.getUTCMonth() + 1, 0) / DAY_MS)];
    case 'year':
      return [`${year}-01-01`, `${year}-12-31`];
    case 'decade': {
      const decade = year - (year % 10);
      return [`${decade}-01-01`, `${decade + 9}-12-31`];
    }
    case 'range':
      return [iso(day), iso(day + length)];
  }
}

const dateArbitrary: fc.Arbitrary<EventDate> = fc
  .record({
    precision: fc.constantFrom<Precision>('day', 'day', 'day', 'week', 'month', 'year', 'decade', 'range'),
    day: fc.integer({ min: -40, max: 80 }).map((offset) => BASE + offset),
    // Mostly short ranges (two days, a season), sometimes years long.
    length: fc.oneof(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 30, max: 120 }), fc.integer({ min: 300, max: 20_000 })),
    approximate: fc.boolean(),
  })
  .map(({ precision, day, length, approximate }) => {
    const [start, end] = interval(precision, day, length);
    const date: EventDate = { edtf: `${start}/${end}`, start, end, precision, certainty: 'stated' };
    if (approximate) date.approximate = true;
    return date;
  });

const candidateArbitrary = fc.record({
  date: dateArbitrary,
  place: fc.constantFrom(null, null, 'Riyadh', 'Istanbul', 'Geneva', 'Black Sea'),
  type: fc.constantFrom(null, 'meeting', 'meeting', 'agreement', 'visit'),
  actors: fc.subarray(['Russia', 'United States', 'Ukraine', 'Saudi Arabia'], { maxLength: 3 }),
  article: fc.integer({ min: 0, max: 5 }),
  title: fc.constantFrom('a', 'b', 'c'),
});

type Candidate = typeof candidateArbitrary extends fc.Arbitrary<infer T> ? T : never;

/** The candidates as articles hand them over: grouped by article, in the order drawn. */
function extractions(candidates: Candidate[]): ArticleExtraction[] {
  const byArticle = new Map<number, ArticleExtraction>();
  candidates.forEach((candidate, i) => {
    const id = `article-${candidate.article}`;
    let extraction = byArticle.get(candidate.article);
    if (!extraction) {
      extraction = { article: { id, title: id, published: null, source: null, byline: null, language: 'ar', url: null, paragraphs: [] }, mentions: [], events: [], warnings: [] };
      byArticle.set(candidate.article, extraction);
    }
    const event: TimelineEvent = {
      id: '',
      date: candidate.date,
      title: candidate.title,
      titleEn: null,
      place: candidate.place,
      placeLocal: candidate.place,
      coordinates: null,
      type: candidate.type,
      actors: candidate.actors,
      sources: [{ article: id, paragraph: i, mention: { text: candidate.date.edtf, start: 0, end: 1 } }],
    };
    extraction.events.push(event);
  });
  return [...byArticle.values()];
}

describe('buildDocument', () => {
  it('the date index merges exactly as comparing every candidate with every merged event', () => {
    fc.assert(
      fc.property(fc.array(candidateArbitrary, { maxLength: 80 }), (candidates) => {
        const input = extractions(candidates);
        const indexed = buildDocument(structuredClone(input));
        const straightforward = buildDocument(structuredClone(input), new EveryMergedEvent());
        expect(indexed).toEqual(straightforward);
      }),
      { numRuns: 600 },
    );
  });

  it('the random candidates do merge and conflict (the property is not vacuous)', () => {
    const documents = fc.sample(fc.array(candidateArbitrary, { minLength: 40, maxLength: 80 }), { numRuns: 30, seed: 42 }).map((candidates) => buildDocument(extractions(candidates)));
    const events = documents.flatMap((document) => document.events);
    expect(events.filter((event) => event.sources.length > 1 && !event.conflict).length).toBeGreaterThan(20);
    expect(events.filter((event) => event.conflict).length).toBeGreaterThan(5);
    // a week, month or range joined by a day inside it takes the day (each source's mention text is its own date here)
    expect(events.some((event) => event.date.precision === 'day' && event.sources.some((source) => !source.date && source.mention.text !== event.date.edtf))).toBe(true);
  });

  it('a date the index cannot read as a day is still compared with everything', () => {
    const input = extractions([
      { date: { edtf: 'x', start: '2025-02-30', end: '2025-02-30', precision: 'day', certainty: 'stated' }, place: 'Riyadh', type: 'meeting', actors: [], article: 0, title: 'a' },
      { date: { edtf: 'y', start: '2025-02-30', end: '2025-02-30', precision: 'day', certainty: 'stated' }, place: 'Riyadh', type: 'meeting', actors: [], article: 1, title: 'a' },
    ]);
    expect(buildDocument(input).events).toHaveLength(1);
  });
});
