import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleIdFromFile, classifyParagraphs, detectLanguage, readArticle, splitParagraphs } from './article.ts';

const SEED = 'data/articles/2025-04-10-al-thawra-us-russia-istanbul-talks.txt';

describe('reading articles', () => {
  it('reads the seed with its sidecar metadata', () => {
    const article = readArticle(SEED);
    expect(article.id).toBe('2025-04-10-al-thawra-us-russia-istanbul-talks');
    expect(article.metadata).toMatchObject({ published: '2025-04-10', source: 'Al-Thawra', byline: 'أسماء الفريح', language: 'ar' });
  });

  it('paragraphs are the non-blank lines, trimmed, with their offsets', () => {
    const text = '  العنوان  \n\n\r\nالفقرة الأولى\n   \nالثانية';
    const paragraphs = splitParagraphs(text);
    expect(paragraphs.map((p) => p.text)).toEqual(['العنوان', 'الفقرة الأولى', 'الثانية']);
    for (const p of paragraphs) expect(text.slice(p.start, p.start + p.text.length)).toBe(p.text);
  });

  it('marks the seed ticker and what follows as page furniture, and the byline as a byline', () => {
    const paragraphs = classifyParagraphs(splitParagraphs(readArticle(SEED).text));
    expect(paragraphs).toHaveLength(16);
    expect(paragraphs.filter((p) => p.boilerplate).map((p) => p.index)).toEqual([14, 15]);
    expect(paragraphs.filter((p) => p.byline).map((p) => p.index)).toEqual([1]);
  });

  it('drops "read also", share and copyright lines wherever they are', () => {
    const lines = ['عنوان', 'نص المقال الأول.', 'اقرأ أيضاً: وزير يزور دمشق', 'جميع الحقوق محفوظة © 2025', 'شارك: فيسبوك تويتر', 'نص آخر.'];
    const paragraphs = classifyParagraphs(lines.map((text, i) => ({ text, start: i })));
    expect(paragraphs.filter((p) => p.boilerplate).map((p) => p.index)).toEqual([2, 3, 4]);
  });

  it('an article without metadata still works: id from the file name, language from the script', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tarikh-'));
    const file = join(dir, 'خبر عاجل 1.txt');
    writeFileSync(file, 'وزير الخارجية يزور موسكو\nزار الوزير موسكو أمس.');
    const article = readArticle(file);
    expect(article.metadata).toEqual({});
    expect(article.id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(detectLanguage(article.text)).toBe('ar');
    expect(detectLanguage('The minister visited Moscow yesterday.')).toBe('en');
  });

  it('gives clear errors naming the file: missing, binary, not UTF-8, broken metadata', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tarikh-'));
    expect(() => readArticle(join(dir, 'none.txt'))).toThrow(/none\.txt: no such file/);
    writeFileSync(join(dir, 'bin.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]));
    expect(() => readArticle(join(dir, 'bin.txt'))).toThrow(/bin\.txt: .*binary/);
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0xe9, 0x74, 0xe9]));
    expect(() => readArticle(join(dir, 'latin1.txt'))).toThrow(/latin1\.txt: the text is neither UTF-8 nor/);
    writeFileSync(join(dir, 'ok.txt'), 'نص');
    writeFileSync(join(dir, 'ok.meta.json'), '{"published": "2025-02-31"');
    expect(() => readArticle(join(dir, 'ok.txt'))).toThrow(/ok\.meta\.json: broken JSON/);
    writeFileSync(join(dir, 'ok.meta.json'), '{"published": "2025-02-31"}');
    expect(() => readArticle(join(dir, 'ok.txt'))).toThrow(/ok\.meta\.json: published: .*YYYY-MM-DD/);
  });

  it('makes URL-safe ids from file names', () => {
    expect(articleIdFromFile('/x/2025-04-10 Al Thawra (copy).txt')).toBe('2025-04-10-Al-Thawra-copy');
    expect(articleIdFromFile('/x/مقال.txt')).toBe('article');
  });
});
