/** A small events document for the corrections tests: two articles, three events, one of them told by both. */
import type { EventsDocument, EventSource, TimelineEvent } from './schema.ts';

export const A1 = [
  'محادثات في الرياض واسطنبول',
  'وفي الـ18 من شباط الماضي، جرى أول اللقاءات بين وفدي البلدين في الرياض.',
  'وعقد الجانبان جولة ثانية في 27 شباط في اسطنبول، ثم التقيا مجدداً في 10 نيسان لبحث عمل السفارات.',
];
export const A2 = ['Talks in Riyadh', 'Delegations of the two countries met in Riyadh on February 18 for the first talks.'];

export function sourceAt(article: string, paragraphs: string[], paragraph: number, text: string): EventSource {
  const start = (paragraphs[paragraph] as string).indexOf(text);
  if (start < 0) throw new Error(`"${text}" is not in paragraph ${paragraph}`);
  return { article, paragraph, mention: { text, start, end: start + text.length } };
}

function event(id: string, edtf: string, start: string, end: string, precision: TimelineEvent['date']['precision'], title: string, place: string | null, sources: EventSource[]): TimelineEvent {
  return {
    id,
    date: { edtf, start, end, precision, certainty: 'inferred' },
    title,
    titleEn: null,
    place,
    placeLocal: place === 'Riyadh' ? 'الرياض' : place === 'Istanbul' ? 'اسطنبول' : null,
    coordinates: place === 'Riyadh' ? [46.72, 24.63] : place === 'Istanbul' ? [28.98, 41.01] : null,
    type: 'meeting',
    actors: ['Russia'],
    sources,
  };
}

/** A fresh copy every call: tests may change it. */
export function sampleDocument(): EventsDocument {
  return {
    format: 'tarikh-events',
    version: '1.0.0',
    articles: [
      { id: 'a1', title: A1[0]!, published: '2025-04-11', source: 'Al-Thawra', language: 'ar', url: null, paragraphs: [...A1] },
      { id: 'a2', title: A2[0]!, published: '2025-02-19', source: 'Wire', language: 'en', url: 'https://example.org/a2', paragraphs: [...A2] },
    ],
    events: [
      event('2025-02-18-riyadh', '2025-02-18', '2025-02-18', '2025-02-18', 'day', 'جرى أول اللقاءات بين وفدي البلدين في الرياض', 'Riyadh', [
        sourceAt('a1', A1, 1, 'الـ18 من شباط الماضي'),
        sourceAt('a2', A2, 1, 'February 18'),
      ]),
      event('2025-02-27-istanbul', '2025-02-27', '2025-02-27', '2025-02-27', 'day', 'عقد الجانبان جولة ثانية في اسطنبول', 'Istanbul', [sourceAt('a1', A1, 2, '27 شباط')]),
      event('2025-04-10-meeting', '2025-04-10', '2025-04-10', '2025-04-10', 'day', 'التقيا مجدداً لبحث عمل السفارات', null, [sourceAt('a1', A1, 2, '10 نيسان')]),
    ],
  };
}
