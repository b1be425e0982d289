import { describe, expect, it } from 'vitest';
import { EXCERPT_REACH, WHOLE_PARAGRAPH_MAX, excerptAround, splitAtMention } from './source.ts';
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
