import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../events/schema.ts';
import { EVENTS_VERSION, placeName, actorName, validateEventsDocument } from '../../events/index.ts';
import { extractArticle } from '../article-events.ts';
import { buildDocument } from '../merge.ts';
import { allActors, glossaryOf, PLACES } from './index.ts';

const event = (id: string, place: string | null, actors: string[], placeLocal?: string): TimelineEvent => ({
  id,
  date: { edtf: '2025-02-18', start: '2025-02-18', end: '2025-02-18', precision: 'day' },
  title: 'عنوان',
  place,
  ...(placeLocal ? { placeLocal } : {}),
  actors,
  sources: [{ article: 'a', paragraph: 0, mention: { text: 'x', start: 0, end: 1 } }],
});

describe('the glossary of an events document', () => {
  it('names every place and actor the events use, in Arabic and English, sorted', () => {
    const names = glossaryOf([event('a', 'Riyadh', ['Russia', 'United States']), event('b', 'Istanbul', ['Marco Rubio', 'Russia'])]);
    expect(Object.keys(names)).toEqual(['Istanbul', 'Marco Rubio', 'Riyadh', 'Russia', 'United States']);
    expect(names.Riyadh).toEqual({ ar: 'الرياض', en: 'Riyadh' });
    expect(names['Marco Rubio']).toEqual({ ar: 'ماركو روبيو', en: 'Marco Rubio' });
    expect(names['United States']?.ar).toBe('الولايات المتحدة');
  });

  it('a place the gazetteer does not know gets no entry; the reader shows the place as the article wrote it', () => {
    const unknown = event('c', 'Mars Hill', ['Russia'], 'تل المريخ');
    const names = glossaryOf([unknown]);
    expect(Object.keys(names)).toEqual(['Russia']);
    expect(placeName(unknown, 'ar', names)).toBe('تل المريخ');
    expect(placeName(unknown, 'en', names)).toBe('Mars Hill');
    expect(actorName('Russia', 'ar', names)).toBe('روسيا');
    expect(glossaryOf([event('d', null, [])])).toEqual({});
  });

  it('the build step writes it into the document, which validates', () => {
    const extraction = extractArticle({
      id: 't',
      text: 'عنوان\nوالتقى وزير الخارجية الروسي سيرغي لافروف نظيره الأميركي ماركو روبيو أمس في الرياض.',
      metadata: { published: '2025-02-19', language: 'ar' },
    });
    const document = buildDocument([extraction]);
    expect(document.version).toBe(EVENTS_VERSION);
    expect(document.names).toBeDefined();
    expect(document.events[0]!.place).toBe('Riyadh');
    expect(document.names?.Riyadh?.ar).toBe('الرياض');
    expect(document.events[0]!.actors).toEqual(['Russia', 'Sergey Lavrov', 'United States', 'Marco Rubio']);
    for (const actor of document.events[0]!.actors ?? []) expect(document.names?.[actor]?.ar, actor).toMatch(/[\u0600-\u06FF]/);
    expect(validateEventsDocument(JSON.parse(JSON.stringify(document))).ok).toBe(true);
  });

  it('keyed by English name: no two places or actors share one with different Arabic names', () => {
    const arabic = new Map<string, string>();
    for (const known of [...PLACES, ...allActors()]) {
      const seen = arabic.get(known.en);
      if (seen !== undefined) expect(known.ar, known.en).toBe(seen);
      arabic.set(known.en, known.ar);
    }
  });

  it('Amman and Oman, both عمان unvowelled, are named apart', () => {
    const names = glossaryOf([event('e', 'Amman', ['Oman'])]);
    expect(names.Amman?.ar).toBe('عمّان');
    expect(names.Oman?.ar).toBe('عُمان');
  });
});
