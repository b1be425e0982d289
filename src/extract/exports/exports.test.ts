import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import ICAL from 'ical.js';
import type { EventsDocument } from '../../events/schema.ts';
import { toTimelineJs } from './timelinejs.ts';
import { toCsv } from './csv.ts';
import { toIcs } from './ics.ts';

const timelineJsSchema = JSON.parse(readFileSync(new URL('./timelinejs-format.schema.json', import.meta.url), 'utf8'));

function sampleDocument(): EventsDocument {
  const p1 = 'وفي الـ18 من شباط الماضي، جرى أول اللقاءات في الرياض <script>alert(1)</script>';
  const p2 = 'وفي الأسبوع الماضي، زار المبعوث واشنطن, وقال: "نعم"';
  return {
    format: 'tarikh-events',
    version: '1.1.0',
    articles: [
      { id: 'a1', title: 'عنوان <b>', published: '2025-04-10', source: 'Al-Thawra', language: 'ar', url: 'javascript:alert(1)', paragraphs: ['عنوان', p1] },
      { id: 'a2', title: 'Second', published: '2025-04-11', source: 'SANA', language: 'ar', url: 'https://example.org/a2', paragraphs: ['Second', p2] },
    ],
    events: [
      { id: 'y', date: { edtf: '2022', start: '2022-01-01', end: '2022-12-31', precision: 'year' }, title: '=HYPERLINK("x")', place: null, sources: [{ article: 'a1', paragraph: 1, mention: { text: 'الـ18 من شباط الماضي', start: 4, end: 24 } }] },
      { id: 'r', date: { edtf: '2025-02-18', start: '2025-02-18', end: '2025-02-18', precision: 'day' }, title: 'جرى أول اللقاءات', place: 'Riyadh', type: 'meeting', actors: ['Russia', 'United States'],
        sources: [{ article: 'a1', paragraph: 1, mention: { text: 'الـ18 من شباط الماضي', start: 4, end: 24 } }],
        confidence: { score: 0.81, reasons: ['long-title', 'single-source'] }, reviewed: true, corrected: ['date', 'place'] },
      { id: 'w', date: { edtf: '2025-03-31/2025-04-06', start: '2025-03-31', end: '2025-04-06', precision: 'week' }, title: 'زار المبعوث واشنطن', place: 'Washington', type: 'visit',
        sources: [{ article: 'a2', paragraph: 1, mention: { text: 'الأسبوع الماضي', start: 4, end: 18 } }, { article: 'a1', paragraph: 1, mention: { text: 'الـ18 من شباط الماضي', start: 4, end: 24 }, date: '2025-04-01' }] },
    ],
    names: { Riyadh: { ar: 'الرياض', en: 'Riyadh' }, Russia: { ar: 'روسيا', en: 'Russia' }, 'United States': { ar: 'الولايات المتحدة', en: 'United States' } },
  };
}

/** The same events told by English articles, one of them a "talks" (another producer's word). */
function englishDocument(): EventsDocument {
  const document = sampleDocument();
  document.articles = document.articles.map((article) => ({ ...article, language: 'en' as const }));
  document.events[2] = { ...document.events[2]!, type: 'talks' };
  return document;
}

describe('TimelineJS3 export', () => {
  const exported = toTimelineJs(sampleDocument());

  it('follows TimelineJS3\'s documented JSON format', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    expect(ajv.validate(timelineJsSchema, exported), JSON.stringify(ajv.errors)).toBe(true);
  });

  it('states only the precision the text gives, and spans weeks', () => {
    expect(exported.events.map((slide) => slide.start_date)).toEqual([{ year: 2022 }, { year: 2025, month: 2, day: 18 }, { year: 2025, month: 3, day: 31 }]);
    expect(exported.events[2]!.end_date).toEqual({ year: 2025, month: 4, day: 6 });
  });

  it('groups events by kind, named in the document\'s language; places named from its glossary', () => {
    expect(exported.events[1]).toMatchObject({ unique_id: 'r', group: 'محادثات ولقاءات' });
    expect(exported.events[2]!.group).toBe('زيارة');
    expect(exported.events[0]!.group).toBeUndefined();
    expect(exported.events[1]!.text.headline).toBe('جرى أول اللقاءات · الرياض');
    // No Arabic name for Washington in the glossary: the name as the event writes it.
    expect(exported.events[2]!.text.headline).toBe('زار المبعوث واشنطن · Washington');
    const english = toTimelineJs(englishDocument());
    expect(english.events.map((slide) => slide.group)).toEqual([undefined, 'Talks and meetings', 'Talks and meetings']);
    expect(english.events[1]!.text.headline).toBe('جرى أول اللقاءات · Riyadh');
  });

  it('escapes article text (TimelineJS renders HTML) and links only http(s)', () => {
    const text = exported.events[1]!.text.text;
    expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(text).not.toContain('<script>');
    expect(text).toContain('<mark>الـ18 من شباط الماضي</mark>');
    expect(text).not.toContain('javascript:');
    expect(exported.events[2]!.text.text).toContain('<a href="https://example.org/a2">');
    expect(exported.title!.text.headline).toBe('Tarikh timeline');
  });
});

describe('CSV export', () => {
  const csv = toCsv(sampleDocument());
  const rows = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');

  it('has a byte-order mark, a header and one row per source', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(rows[0]!.split(',')).toContain('date_phrase');
    expect(rows).toHaveLength(1 + 4);
  });

  it('quotes commas and quotes (RFC 4180) and defuses formulas', () => {
    expect(csv).toContain('"وفي الأسبوع الماضي، زار المبعوث واشنطن, وقال: ""نعم"""');
    expect(rows[1]).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain(',Russia; United States,');
  });

  it('gives the type as the document writes it and as a reader names it', () => {
    const header = rows[0]!.split(',');
    const riyadh = rows[2]!.split(',');
    expect(riyadh[header.indexOf('type')]).toBe('meeting');
    expect(riyadh[header.indexOf('type_label')]).toBe('لقاء');
    const english = toCsv(englishDocument()).split('\r\n');
    expect(english[4]!.split(',')[header.indexOf('type')]).toBe('talks');
    expect(english[4]!.split(',')[header.indexOf('type_label')]).toBe('Talks');
  });

  it('says what the machine doubts and what a person did: confidence, reasons, reviewed, corrected', () => {
    const header = rows[0]!.split(',');
    const review = (row: string) => ['confidence', 'reasons', 'reviewed', 'corrected'].map((column) => row.split(',')[header.indexOf(column)]);
    expect(review(rows[2]!)).toEqual(['0.81', 'long-title; single-source', 'true', 'date; place']);
    expect(review(rows[1]!)).toEqual(['', '', '', '']);
  });

  it('keeps a conflicting source\'s own date', () => {
    expect(rows[4]).toContain('2025-04-01');
  });
});

describe('iCalendar export', () => {
  it('parses back with ical.js: all-day events covering the days of each date', () => {
    const calendar = new ICAL.Component(ICAL.parse(toIcs(sampleDocument())));
    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    expect(events).toHaveLength(3);
    const [year, riyadh, week] = events as [ICAL.Event, ICAL.Event, ICAL.Event];
    expect(riyadh.summary).toBe('جرى أول اللقاءات');
    expect(riyadh.location).toBe('الرياض');
    expect(riyadh.component.getFirstPropertyValue('categories')).toBe('محادثات ولقاءات');
    expect(week.location).toBe('Washington');
    expect(week.component.getFirstPropertyValue('categories')).toBe('زيارة');
    expect(year.component.getFirstPropertyValue('categories')).toBeNull();
    expect(riyadh.startDate.isDate).toBe(true);
    expect(riyadh.startDate.toString()).toBe('2025-02-18');
    expect(riyadh.endDate.toString()).toBe('2025-02-19');
    expect(week.startDate.toString()).toBe('2025-03-31');
    expect(week.endDate.toString()).toBe('2025-04-07');
    expect(year.endDate.toString()).toBe('2023-01-01');
    expect(riyadh.description).toContain('جرى أول اللقاءات في الرياض');
    expect(riyadh.uid).toBe('r@tarikh');
    // approved by a person: definite; the machine's doubts and a person's corrections as extensions
    expect(riyadh.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(riyadh.component.getFirstPropertyValue('x-tarikh-confidence')).toBe('0.81');
    expect(riyadh.component.getFirstPropertyValue('x-tarikh-reasons')).toBe('long-title single-source');
    expect(riyadh.component.getFirstPropertyValue('x-tarikh-corrected')).toBe('date place');
    expect(week.component.getFirstPropertyValue('status')).toBeNull();
    expect(week.component.getFirstPropertyValue('x-tarikh-confidence')).toBeNull();
  });
});

/** Named periods (date.period, since 1.1.0): a season, a quarter, a tally so far. */
function periodsDocument(): EventsDocument {
  const p = 'وزار الرئيس موسكو صيف 2019، ونما الاقتصاد في الربع الثالث من العام.';
  const source = (text: string) => ({ article: 'p', paragraph: 1, mention: { text, start: p.indexOf(text), end: p.indexOf(text) + text.length } });
  return {
    format: 'tarikh-events',
    version: '1.1.0',
    articles: [{ id: 'p', title: 'عنوان', published: '2025-04-10', source: 'SANA', language: 'ar', url: null, paragraphs: ['عنوان', p] }],
    events: [
      { id: 's', date: { edtf: '2019-06/2019-08', start: '2019-06-01', end: '2019-08-31', precision: 'range', certainty: 'stated', period: 'season' }, title: 'زار الرئيس موسكو', place: 'Moscow', sources: [source('صيف 2019')] },
      { id: 'q', date: { edtf: '2025-07/2025-09', start: '2025-07-01', end: '2025-09-30', precision: 'range', certainty: 'inferred', period: 'quarter' }, title: 'نما الاقتصاد', place: null, sources: [source('الربع الثالث من العام')] },
      { id: 't', date: { edtf: '2025-01-01/2025-04-10', start: '2025-01-01', end: '2025-04-10', precision: 'range', certainty: 'inferred', period: 'to-date' }, title: 'منذ بداية العام', place: null, sources: [source('صيف 2019')] },
    ],
  };
}

describe('exports of named periods (date.period)', () => {
  it('TimelineJS: the days of the period, a season or quarter said by name in the document\'s language', () => {
    const slides = toTimelineJs(periodsDocument()).events;
    expect(slides[0]).toMatchObject({ start_date: { year: 2019, month: 6, day: 1 }, end_date: { year: 2019, month: 8, day: 31 }, display_date: 'صيف 2019' });
    expect(slides[1]!.display_date).toBe('الربع الثالث 2025');
    expect(slides[2]).toMatchObject({ start_date: { year: 2025, month: 1, day: 1 }, end_date: { year: 2025, month: 4, day: 10 } });
    expect(slides[2]!.display_date).toBeUndefined();
    const ajv = new Ajv({ strict: false, allErrors: true });
    expect(ajv.validate(timelineJsSchema, { events: slides }), JSON.stringify(ajv.errors)).toBe(true);
  });

  it('CSV: a period column beside the precision', () => {
    const rows = toCsv(periodsDocument()).replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    const header = rows[0]!.split(',');
    expect(header.indexOf('period')).toBe(header.indexOf('precision') + 1);
    expect(rows.slice(1).map((row) => row.split(',')[header.indexOf('period')])).toEqual(['season', 'quarter', 'to-date']);
    expect(toCsv(sampleDocument()).split('\r\n')[2]!.split(',')[header.indexOf('period')]).toBe('');
  });

  it('iCalendar: all-day events over the days of the period, named in the description', () => {
    const calendar = new ICAL.Component(ICAL.parse(toIcs(periodsDocument())));
    const [season, , soFar] = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component)) as [ICAL.Event, ICAL.Event, ICAL.Event];
    expect([season.startDate.toString(), season.endDate.toString()]).toEqual(['2019-06-01', '2019-09-01']);
    expect(season.description).toContain('EDTF: 2019-06/2019-08 (صيف 2019)');
    expect([soFar.startDate.toString(), soFar.endDate.toString()]).toEqual(['2025-01-01', '2025-04-11']);
  });
});
