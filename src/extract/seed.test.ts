/**
 * The seed article (an Al-Thawra report, 2025-04-10) comes out as its README says:
 * eight dated events, with their dates, paragraphs, phrases and places.
 */
import { describe, expect, it } from 'vitest';
import { extractFiles } from './corpus.ts';

const SEED = 'data/articles/2025-04-10-al-thawra-us-russia-istanbul-talks.txt';

const EXPECTED = [
  { paragraph: 10, phrase: 'عام 2022', edtf: '2022', start: '2022-01-01', end: '2022-12-31', precision: 'year' },
  { paragraph: 11, phrase: 'العام الحالي 2025', edtf: '2025', start: '2025-01-01', end: '2025-12-31', precision: 'year' },
  { paragraph: 9, phrase: 'الـ18 من شباط الماضي', edtf: '2025-02-18', start: '2025-02-18', end: '2025-02-18', precision: 'day', place: 'Riyadh' },
  { paragraph: 8, phrase: 'الـ 27 من شباط الماضي', edtf: '2025-02-27', start: '2025-02-27', end: '2025-02-27', precision: 'day', place: 'Istanbul' },
  { paragraph: 13, phrase: 'الـ26 من آذار الماضي', edtf: '2025-03-26', start: '2025-03-26', end: '2025-03-26', precision: 'day', place: 'Black Sea' },
  { paragraph: 12, phrase: 'الأسبوع الماضي', edtf: '2025-03-31/2025-04-06', start: '2025-03-31', end: '2025-04-06', precision: 'week' },
  { paragraph: 5, phrase: 'أمس', edtf: '2025-04-09', start: '2025-04-09', end: '2025-04-09', precision: 'day' },
  { paragraph: 2, phrase: 'اليوم', edtf: '2025-04-10', start: '2025-04-10', end: '2025-04-10', precision: 'day' },
] as const;

describe('the seed article', () => {
  const { document, errors } = extractFiles([SEED]);
  const article = document.articles[0]!;

  it('reads without errors, with its metadata and sixteen paragraphs', () => {
    expect(errors).toEqual([]);
    expect(article).toMatchObject({ published: '2025-04-10', source: 'Al-Thawra', byline: 'أسماء الفريح', language: 'ar' });
    expect(article.paragraphs).toHaveLength(16);
    expect(article.paragraphs[0]).toBe('محادثات أميركية روسية في اسطنبول حول تطبيع العمل الدبلوماسي');
  });

  it('has exactly the eight events of the seed table, in chronological order', () => {
    expect(document.events.map((event) => event.sources[0]!.paragraph)).toEqual(EXPECTED.map((row) => row.paragraph));
  });

  for (const row of EXPECTED) {
    it(`paragraph ${row.paragraph}: "${row.phrase}" is ${row.edtf}`, () => {
      const event = document.events.find((candidate) => candidate.sources[0]!.paragraph === row.paragraph)!;
      expect(event.date).toMatchObject({ edtf: row.edtf, start: row.start, end: row.end, precision: row.precision });
      const source = event.sources[0]!;
      expect(source.mention.text).toBe(row.phrase);
      expect(article.paragraphs[source.paragraph]!.slice(source.mention.start, source.mention.end)).toBe(row.phrase);
      if ('place' in row) expect(event.place).toBe(row.place);
      expect(event.title.length).toBeGreaterThan(5);
      expect(event.title.length).toBeLessThan(article.paragraphs[source.paragraph]!.length);
    });
  }

  it('takes nothing from the closing "آخر الأخبار" ticker', () => {
    expect(document.events.some((event) => event.sources.some((source) => source.paragraph >= 14))).toBe(false);
  });

  it('the Riyadh event is titled from its own clause', () => {
    const riyadh = document.events.find((event) => event.place === 'Riyadh')!;
    expect(riyadh.title).toContain('جرى أول اللقاءات بين وفدي البلدين');
    expect(riyadh.title).not.toContain('وذلك في إطار');
  });
});
