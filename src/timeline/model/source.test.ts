import { describe, expect, it } from 'vitest';
import { EXCERPT_REACH, WHOLE_PARAGRAPH_MAX, excerptAround, resolveSources, splitAtMention } from './source.ts';
import type { Article, EventsDocument, TimelineEvent } from '../../events/index.ts';
import { formatHash, parseHash } from './deeplink.ts';
import { dayToTime } from './time.ts';
import { foldForSearch } from './filter.ts';

describe('source paragraph', () => {
  it('splits the paragraph at the mention offsets', () => {
    const p = 'وفي الـ18 من شباط الماضي، جرى أول اللقاءات';
    expect(splitAtMention(p, { start: 4, end: 24 })).toEqual({
      before: 'وفي ',
      mention: 'الـ18 من شباط الماضي',
      after: '، جرى أول اللقاءات',
    });
  });
});

describe('a long paragraph shows the sentence around the mention', () => {
  const filler = (n: number) => Array.from({ length: n }, (_, i) => `كلمة${i}`).join(' ');
  const at = (paragraph: string, phrase: string) => ({ start: paragraph.indexOf(phrase), end: paragraph.indexOf(phrase) + phrase.length });

  it('a short paragraph whole', () => {
    const p = 'وفي الـ18 من شباط الماضي، جرى أول اللقاءات';
    expect(excerptAround(p, { start: 4, end: 24 })).toEqual({ ...splitAtMention(p, { start: 4, end: 24 }), cutBefore: false, cutAfter: false });
  });

  it('a long one: its sentence, from the end of the one before to its own end', () => {
    const sentence = 'وفي الـ18 من شباط الماضي جرى أول اللقاءات بين وفدي البلدين في الرياض.';
    const p = `${filler(150)}. ${sentence} ${filler(150)}.`;
    expect(p.length).toBeGreaterThan(WHOLE_PARAGRAPH_MAX);
    const excerpt = excerptAround(p, at(p, 'الـ18 من شباط الماضي'));
    expect(excerpt.before + excerpt.mention + excerpt.after).toBe(sentence);
    expect(excerpt.mention).toBe('الـ18 من شباط الماضي');
    expect(excerpt).toMatchObject({ cutBefore: true, cutAfter: true });
  });

  it('without sentence ends: whole words within reach on each side', () => {
    const p = `${filler(200)} في 3 آذار 2025 ${filler(200)}`;
    const excerpt = excerptAround(p, at(p, '3 آذار 2025'));
    expect(excerpt.before.length).toBeLessThanOrEqual(EXCERPT_REACH);
    expect(excerpt.after.length).toBeLessThanOrEqual(EXCERPT_REACH);
    expect(excerpt.before.endsWith('في ')).toBe(true);
    expect(excerpt.before.startsWith('كلمة')).toBe(true);
    expect(excerpt.after.trimEnd().split(' ').every((word) => /^كلمة\d+$|^$/.test(word))).toBe(true);
    expect(p.includes(excerpt.before + excerpt.mention + excerpt.after)).toBe(true);
  });

  it('a decimal point is not a sentence end; a mention at the very start or end keeps its side empty', () => {
    const p = `ارتفع النمو 2.5 بالمئة في آذار الماضي ${filler(200)}`;
    const excerpt = excerptAround(p, at(p, 'آذار الماضي'));
    expect(excerpt.before).toBe('ارتفع النمو 2.5 بالمئة في ');
    expect(excerpt.cutBefore).toBe(false);
    const q = `${filler(200)} أمس`;
    expect(excerptAround(q, at(q, 'أمس'))).toMatchObject({ mention: 'أمس', after: '', cutAfter: false, cutBefore: true });
  });
});

describe('deep links', () => {
  it('round-trips event and view', () => {
    const view = { start: dayToTime('2025-01-01'), end: dayToTime('2025-05-01') };
    const hash = formatHash({ eventId: 'e4', view });
    expect(hash).toBe('#event=e4&from=2025-01-01&to=2025-05-01');
    expect(parseHash(hash)).toEqual({ eventId: 'e4', view });
  });
  it('ignores malformed values', () => {
    expect(parseHash('#event=<img>&from=2025&to=x')).toEqual({ eventId: null, view: null });
  });
});

describe('search folding', () => {
  it('treats hamza forms, ta marbuta and digits alike', () => {
    expect(foldForSearch('إسطنبول')).toBe(foldForSearch('اسطنبول'));
    expect(foldForSearch('٢٠٢٥')).toBe('2025');
  });
});

describe('each source quoted in its own language', () => {
  const article = (language: 'ar' | 'en', paragraphs: string[]): Article => ({
    id: `a-${language}`, title: 't', published: '2025-12-14', source: null, byline: null, language, url: null, paragraphs,
  });
  const event = (articleId: string, paragraph: number): TimelineEvent => ({
    id: 'e', date: { edtf: '2025-12-14', start: '2025-12-14', end: '2025-12-14', precision: 'day', certainty: 'stated' },
    title: 't', titleEn: null, place: null, placeLocal: null, coordinates: null, type: null, actors: [],
    sources: [{ article: articleId, paragraph, mention: { text: 'today', start: 0, end: 5 } }],
  });

  it('an English paragraph of an Arabic page is quoted left to right, in English; an Arabic one right to left', () => {
    const bilingual = article('ar', ['عنوان', 'استقبل الوزير اليوم نظيره في المنامة.', 'today the minister received his counterpart in Manama.']);
    const document = { articles: [bilingual] } as unknown as EventsDocument;
    expect(resolveSources(event(bilingual.id, 2), document).map((s) => [s.language, s.dir])).toEqual([['en', 'ltr']]);
    expect(resolveSources(event(bilingual.id, 1), document).map((s) => [s.language, s.dir])).toEqual([['ar', 'rtl']]);
  });

  it('a paragraph of figures alone keeps its article\'s language', () => {
    const english = article('en', ['Title', '2025-12-14 — 14:00']);
    expect(resolveSources(event(english.id, 1), { articles: [english] } as unknown as EventsDocument)[0]).toMatchObject({ language: 'en', dir: 'ltr' });
  });
});
