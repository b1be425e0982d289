/** The article Tarikh was created from must come out exactly right (see /work/shared/seed/README.md). */
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDateMentions } from './index.ts';

const SEED = resolve(import.meta.dirname, '../../../../shared/seed/000_0b92c2e4bdb8e068.txt');

describe.skipIf(!existsSync(SEED))('seed article', () => {
  const text = existsSync(SEED) ? readFileSync(SEED, 'utf8') : '';
  const articleEnd = text.indexOf('آخر الأخبار');

  it('finds exactly the dated phrases of the article, resolved against 2025-04-10', () => {
    const mentions = findDateMentions(text, { ref: '2025-04-10' }).filter((m) => m.start < articleEnd);
    expect(mentions.map((m) => [m.text, m.value])).toEqual([
      ['اليوم', '2025-04-10'],
      ['أمس', '2025-04-09'],
      ['الـ 27 من شباط الماضي', '2025-02-27'],
      ['الـ18 من شباط الماضي', '2025-02-18'],
      ['عام 2022', '2022'],
      ['العام الحالي 2025', '2025'],
      ['الأسبوع الماضي', '2025-03-31/2025-04-06'],
      ['الـ26 من آذار الماضي', '2025-03-26'],
    ]);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    const week = mentions.find((m) => m.text === 'الأسبوع الماضي');
    expect(week).toMatchObject({ precision: 'week', startDate: '2025-03-31', endDate: '2025-04-06', relative: true });
  });

  it('reads nothing in the ticker as a date, and does not crash on it', () => {
    const ticker = findDateMentions(text, { ref: '2025-04-10' }).filter((m) => m.start >= articleEnd);
    expect(ticker.map((m) => m.text)).not.toContain('2');
    expect(ticker.some((m) => m.text.includes('الكرامة'))).toBe(false);
  });

  it('without a reference, leaves relative days unknown but keeps the year the text states', () => {
    const mentions = findDateMentions(text).filter((m) => m.start < articleEnd);
    const today = mentions.find((m) => m.text === 'اليوم');
    expect(today).toMatchObject({ value: 'XXXX-XX-XX', startDate: null });
    expect(mentions.find((m) => m.text === 'عام 2022')?.value).toBe('2022');
  });
});
