/**
 * Several outlets report the same story (the seed plus synthetic wire, daily and web
 * articles, in Arabic and English): one event per happening, every source kept,
 * conflicting dates flagged, exports valid.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import ICAL from 'ical.js';
import { extractFiles, listArticleFiles } from './corpus.ts';
import { toTimelineJs } from './exports/timelinejs.ts';
import { toIcs } from './exports/ics.ts';
import { toCsv } from './exports/csv.ts';
import type { TimelineEvent } from '../events/schema.ts';

const files = ['data/articles/2025-04-10-al-thawra-us-russia-istanbul-talks.txt', ...listArticleFiles('src/extract/fixtures/story')];
const { document, errors, warnings } = extractFiles(files);
const SEED = '2025-04-10-al-thawra-us-russia-istanbul-talks';

function on(start: string, place: string): TimelineEvent {
  const event = document.events.find((candidate) => candidate.date.start === start && candidate.place === place);
  if (!event) throw new Error(`no event on ${start} in ${place}: ${JSON.stringify(document.events.map((e) => [e.date.start, e.place, e.type]))}`);
  return event;
}

describe('a corpus about one story', () => {
  it('reads every article: text, English, and a saved HTML page', () => {
    expect(errors).toEqual([]);
    expect(document.articles.map((article) => article.id).sort()).toEqual(
      [SEED, 'daily-2025-03-27', 'page-2025-04-11', 'wire-ar-2025-02-27', 'wire-en-2025-02-27'].sort(),
    );
    const page = document.articles.find((article) => article.id === 'page-2025-04-11')!;
    expect(page).toMatchObject({ published: '2025-04-11', source: 'صحيفة الاختبار', language: 'ar' });
    expect(page.paragraphs.join('\n')).not.toContain('3 آذار 2019');
    expect(warnings.filter((warning) => /could not be placed/.test(warning.message))).toEqual([]);
  });

  it('merges the Istanbul round of 27 February told by three outlets in two languages', () => {
    const istanbul = on('2025-02-27', 'Istanbul');
    expect(istanbul.sources.map((source) => source.article).sort()).toEqual([SEED, 'wire-ar-2025-02-27', 'wire-en-2025-02-27'].sort());
    expect(istanbul.type).toBe('meeting');
  });

  it('merges the Riyadh meeting of 18 February', () => {
    const riyadh = on('2025-02-18', 'Riyadh');
    expect(riyadh.sources.map((source) => source.article).sort()).toEqual([SEED, 'wire-ar-2025-02-27', 'wire-en-2025-02-27'].sort());
  });

  it('merges "اليوم" of 10 April with "أمس الخميس" of the next day\'s page', () => {
    const round = on('2025-04-10', 'Istanbul');
    expect(round.sources.map((source) => source.article).sort()).toEqual([SEED, 'page-2025-04-11'].sort());
    const fromPage = round.sources.find((source) => source.article === 'page-2025-04-11')!;
    expect(fromPage.mention.text).toBe('أمس الخميس');
  });

  it('keeps one outlet\'s 25 March and another\'s 26 March for the Black Sea deal as a flagged conflict', () => {
    const deal = document.events.filter((event) => event.place === 'Black Sea');
    expect(deal).toHaveLength(1);
    expect(deal[0]!.conflict).toBe(true);
    const dates = deal[0]!.sources.map((source) => source.date ?? deal[0]!.date.edtf).sort();
    expect(dates).toEqual(['2025-03-25', '2025-03-26']);
  });

  it('datelines and "read also" links are not events', () => {
    const wire = document.events.flatMap((event) => event.sources).filter((source) => source.article === 'wire-ar-2025-02-27');
    expect(wire.map((source) => source.mention.text).sort()).toEqual(['18 شباط الجاري', 'اليوم الخميس'].sort());
    const english = document.events.flatMap((event) => event.sources).filter((source) => source.article === 'wire-en-2025-02-27');
    expect(english.map((source) => source.mention.text).sort()).toEqual(['February 18', 'February 27']);
  });

  it('exports the corpus: TimelineJS (documented format), iCalendar (parsed back), CSV (a row per source)', () => {
    const schema = JSON.parse(readFileSync('src/extract/exports/timelinejs-format.schema.json', 'utf8'));
    const ajv = new Ajv({ strict: false });
    expect(ajv.validate(schema, toTimelineJs(document)), JSON.stringify(ajv.errors)).toBe(true);
    const calendar = new ICAL.Component(ICAL.parse(toIcs(document)));
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(document.events.length);
    const sources = document.events.reduce((sum, event) => sum + event.sources.length, 0);
    expect(toCsv(document).trimEnd().split('\r\n')).toHaveLength(1 + sources);
  });
});

describe('a story told by articles without metadata, dated only by their datelines and publication lines', () => {
  const story = extractFiles(listArticleFiles('src/extract/fixtures/story-datelines'));
  const sourcesOn = (start: string, place: string) =>
    story.document.events
      .filter((event) => event.date.start === start && event.place === place)
      .map((event) => event.sources.map((source) => source.article).sort());

  it('dates each article from its own text or page: a standalone dateline, a byline with the date, a <time> in the page header', () => {
    expect(story.errors).toEqual([]);
    expect(story.warnings).toEqual([]);
    const dating = Object.fromEntries(story.document.articles.map((article) => [article.id, [article.published, article.publishedFrom]]));
    expect(dating).toEqual({
      'daily-ar-baghdad-water': ['2025-04-22', 'dateline'],
      'page-ar-baghdad-water': ['2025-04-22', 'page'],
      'wire-en-baghdad-water': ['2025-04-21', 'publication-line'],
    });
  });

  it('merges the signing in Baghdad ("أمس الاثنين" of two Arabic articles, "on Monday" of the English one) and the Ankara meeting', () => {
    const all = ['daily-ar-baghdad-water', 'page-ar-baghdad-water', 'wire-en-baghdad-water'];
    expect(sourcesOn('2025-04-21', 'Baghdad')).toEqual([all]);
    expect(sourcesOn('2025-03-03', 'Ankara')).toEqual([all]);
  });
});
