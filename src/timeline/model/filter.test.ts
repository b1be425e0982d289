import { describe, expect, it } from 'vitest';
import { richDocument } from '../../../e2e/fixtures/rich.ts';
import type { EventsDocument } from '../../events/index.ts';
import { eventMatcher, facetsOf, NO_FILTER } from './filter.ts';

describe('filters and search with the glossary', () => {
  const doc = richDocument() as EventsDocument;

  it('a search in Arabic finds a place the event names in English', () => {
    // Titles and paragraphs that do not name it in Arabic (search texts are cached per event: fresh events each time).
    const english = (names: EventsDocument['names']): EventsDocument => ({
      ...doc,
      names,
      events: doc.events.map((event) => ({ ...event, title: 'Talks' })),
      articles: doc.articles.map((a) => ({ ...a, paragraphs: a.paragraphs.map(() => 'x') })),
    });
    const found = (query: string, d: EventsDocument) => d.events.filter(eventMatcher(d, { ...NO_FILTER, query })).map((event) => event.id);
    expect(found('الرياض', english(doc.names))).toEqual(['riyadh']);
    expect(found('الرياض', english(undefined))).toEqual([]);
  });

  it('facets keep the glossary and how an article wrote each place', () => {
    const facets = facetsOf(doc);
    expect(facets.places).toEqual(['Mars Hill', 'Riyadh']);
    expect(facets.placeLocal.get('Mars Hill')).toBe('تل المريخ');
    expect(facets.names?.Russia?.ar).toBe('روسيا');
  });
});
