import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../events/schema.ts';
import { EVENTS_VERSION, placeName, actorName, validateEventsDocument } from '../../events/index.ts';
import { extractArticle } from '../article-events.ts';
import { buildDocument } from '../merge.ts';
import { allActors, glossaryOf, PLACES } from './index.ts';
import { roleNames } from './roles.ts';

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
    // an actor says what it is; a person the office and the country (itself named)
    expect(names['Marco Rubio']).toEqual({
      ar: 'ماركو روبيو',
      en: 'Marco Rubio',
      kind: 'person',
      role: { en: 'Secretary of State', ar: 'وزير الخارجية' },
      country: 'United States',
    });
    expect(names.Russia?.kind).toBe('country');
    expect(names['United States']?.ar).toBe('الولايات المتحدة');
  });

  it('a person\'s country is named even when no event names it; a body\'s too', () => {
    const names = glossaryOf([event('f', null, ['Hakan Fidan', 'Hamas'])]);
    expect(Object.keys(names)).toEqual(['Hakan Fidan', 'Hamas', 'Palestine', 'Turkey']);
    expect(names.Turkey).toEqual({ ar: 'تركيا', en: 'Turkey', kind: 'country' });
    expect(names.Hamas).toMatchObject({ kind: 'organization', country: 'Palestine' });
  });

  it('every office of the persons the lexicon knows is named in Arabic', () => {
    for (const actor of allActors()) if (actor.kind === 'person') expect(roleNames(actor.role!).ar, `${actor.en}: ${actor.role}`).toMatch(/[\u0600-\u06FF]/);
    expect(roleNames('Foreign Minister (until 2024)')).toEqual({ en: 'Foreign Minister (until 2024)', ar: 'وزير الخارجية (حتى 2024)' });
    expect(roleNames('Prime Minister (2021–2022)')).toEqual({ en: 'Prime Minister (2021–2022)', ar: 'رئيس الوزراء (2021–2022)' });
    expect(roleNames('Chief Astronaut')).toEqual({ en: 'Chief Astronaut' });
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
