/** The prefilter (prefilter.ts) only skips work: every result is the same as chrono's own scan. */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { findDateMentions } from '../index.ts';
import { setPrefilterEnabled, triggerPositionsOf } from './prefilter.ts';
import { casual } from './index.ts';
import { normalizeArabic } from '../../normalize.ts';

/** The date engine's folder: its tests (the parsers' and refiners' tables among them) are the corpus. */
const dates = resolve(import.meta.dirname, '..');

/** Every sentence of the date tests (the first string of each table row), and the bundled articles. */
function texts(): string[] {
  const out: string[] = [];
  const testFiles = readdirSync(dates, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.test.ts')).sort();
  for (const file of testFiles) {
    for (const m of readFileSync(resolve(dates, file), 'utf8').matchAll(/\['([^'\n]+)'/g)) out.push(m[1]!);
  }
  const articles = resolve(dates, '../../../data/articles');
  try {
    for (const f of readdirSync(articles).filter((f) => f.endsWith('.txt'))) out.push(readFileSync(resolve(articles, f), 'utf8'));
  } catch {
    // no bundled articles: the sentences suffice
  }
  // run-together sentences: matches near the start of a retry and across sentences
  out.push(out.slice(0, 400).join(' '));
  out.push(out.slice(0, 400).join('\n'));
  return out;
}

describe('prefilter', () => {
  afterEach(() => setPrefilterEnabled(true));

  it('finds exactly what the full scan finds', () => {
    const all = texts();
    expect(all.length).toBeGreaterThan(300);
    for (const ref of ['2025-04-10', null]) {
      setPrefilterEnabled(false);
      const expected = all.map((t) => findDateMentions(t, { ref, language: 'ar' }));
      setPrefilterEnabled(true);
      const got = all.map((t) => findDateMentions(t, { ref, language: 'ar' }));
      expect(got).toEqual(expected);
    }
  }, 60_000);

  it('finds exactly what the full scan finds in generated texts (digits next to digits, names next to numbers, texts that start mid-phrase)', () => {
    // pieces of every family the parsers read, run together in any order: anchors, gates and
    // the tries at the start of chrono's remaining text meet every neighbour
    const piece = fc.constantFrom(
      '27', '3', '2025', '1447', '15/3/2024', '2014-2018', '1', '31', '0', ' ', '  ', '\n', '،', '.', '(', ')', '/', '-', 'و',
      'في ', 'يوم ', 'الـ', 'ال', 'من ', 'إلى ', 'حتى ', 'بين ', 'يومي ', 'لل', 'قبل ', 'منذ ', 'بعد ', 'عام ', 'العام ', 'هذا ', 'هذه ',
      'شباط', 'فبراير', 'شباط/فبراير', 'كانون الثاني', 'أيار', 'مايو', 'ماي', 'آب', 'مارس', 'يوليوز', 'جانفي',
      'الماضي', 'المقبل', 'الجاري', 'الشهر', 'الأسبوع', 'الخميس', 'أمس', 'اليوم', 'غدا', 'الأول', 'الحادي والعشرين', 'خمسة عشر',
      'رمضان', 'شوال', 'هـ', 'ألفين وخمسة وعشرين', 'أيام', 'يومين', 'ثلاثة أشهر', 'أوائل', 'منتصف', 'الثمانينات', 'الفين',
      // the periods' triggers and neighbours
      'صيف ', 'الشتاء', 'ربيع', 'الربع الأول', 'الثلاثي', 'النصف الثاني', 'الأشهر', 'الستة', 'الأولى', 'الأخيرة', 'الثاني',
      'عطلة نهاية', 'نهاية ', 'منذ بداية', 'ما تبقى من', 'بقية', 'آخر ', 'خمسة أعوام', 'الماضية', 'المقبلة', 'اليومين', 'الماضيين',
      'الـ12 شهرا', 'ألف وتسعمائة', 'عام ألفين', '7/2019', '2019.7', '07-2019', 'ما قبل', 'الغد', 'الثالث والرابع', 'العقد',
      'القرن الحالي', 'انتخابات ', 'القانون ', 'شهري', 'تموز',
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 14 }), fc.constantFrom('2025-04-10', null), (pieces, ref) => {
        const text = pieces.join('');
        setPrefilterEnabled(false);
        const expected = findDateMentions(text, { ref, language: 'ar' });
        setPrefilterEnabled(true);
        expect(findDateMentions(text, { ref, language: 'ar' })).toEqual(expected);
      }),
      { numRuns: 1500 },
    );
  }, 120_000);
});

describe('trigger positions', () => {
  it('are those of the words and pattern as one regular expression (every start, overlapping ones too)', () => {
    const specs: { words?: readonly string[]; trigger?: string }[] = [];
    for (const parser of casual.parsers as unknown as { prefilter?: () => { words?: string[]; trigger?: string; anchor?: object; follow?: object } | null }[]) {
      const spec = parser.prefilter?.();
      if (!spec) continue;
      specs.push(spec);
      for (const extra of [spec.anchor, spec.follow]) if (extra) specs.push(extra as { words?: string[]; trigger?: string });
    }
    expect(specs.length).toBeGreaterThan(10);
    const all = texts().map((t) => normalizeArabic(t).text);
    for (const spec of specs) {
      const words = [...new Set(spec.words ?? [])].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'));
      const source = [...(words.length ? [words.join('|')] : []), ...(spec.trigger ? [spec.trigger] : [])].map((p) => `(?:${p})`).join('|');
      const regex = new RegExp(source, 'gu');
      for (const text of all) {
        const expected: number[] = [];
        regex.lastIndex = 0;
        for (let m = regex.exec(text); m; m = regex.exec(text)) {
          expected.push(m.index);
          regex.lastIndex = m.index + 1;
        }
        expect(triggerPositionsOf(spec, text)).toEqual(expected);
      }
    }
  }, 60_000);
});

describe('trigger words registered while a text is being read', () => {
  it('are found in that text and in the next ones, with the words registered before', () => {
    // Parsers register their words as chrono first asks each for its pattern, on one text.
    const first = 'قال زرزور إن كنغر وصل، ثم زرزور مع سنجاب';
    const second = 'سنجاب وكنغر، ثم زرزوران';
    const specs = [{ words: ['زرزور'] }, { words: ['كنغر'] }, { words: ['سنجاب', 'كنغر'] }];
    const at = (text: string, words: readonly string[]) =>
      [...new Set(words.flatMap((word) => [...text.matchAll(new RegExp(word, 'g'))].map((m) => m.index)))].sort((a, b) => a - b);
    for (const spec of specs) expect(triggerPositionsOf(spec, first)).toEqual(at(first, spec.words));
    for (const spec of specs) expect(triggerPositionsOf(spec, first)).toEqual(at(first, spec.words));
    for (const spec of [...specs].reverse()) expect(triggerPositionsOf(spec, second)).toEqual(at(second, spec.words));
    expect(triggerPositionsOf({ words: ['زرزور'] }, second)).toEqual([second.indexOf('زرزوران')]);
  });
});
