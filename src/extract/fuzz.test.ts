/**
 * Property tests: whatever text comes in (random Unicode, Arabic fragments, digit runs,
 * bidi marks), the extractor never throws, every offset lies inside the text and points
 * at its phrase, and a 1 MB adversarial input reads the same in every part (how long it takes
 * is measured by `npm run bench`, scaling section).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findDateMentions } from './dates/index.ts';
import { extractArticle } from './article-events.ts';
import { buildDocument } from './merge.ts';
import { normalizeArabic } from './normalize.ts';
import { validateEventsDocument } from '../events/validate.ts';
import { STUTTERED_DATE, repeatUnit } from './fixtures/hostile.ts';

const FRAGMENTS = [
  'في', 'الـ', 'ال', 'من', 'شباط', 'آذار', 'كانون الثاني', 'تشرين 2', 'يناير', 'فيفري', 'جويلية', 'غشت', 'الماضي', 'المقبل',
  'أمس', 'اليوم', 'غداً', 'الأسبوع', 'العام', 'عام', 'منذ', 'قبل', 'بين', 'و', 'إلى', 'حتى', 'أوائل', 'منتصف', 'شعبان', 'هـ',
  'الخميس', 'يوم', 'الموافق', '/', '-', '.', '،', '(', ')', ' ', '\n', 'م', 'الأول', 'الحادي والعشرين', 'موسكو', 'الرياض',
  '٢٧', '۱۴', '2022', '31', '30', '99999', '\u200F', '\u202B', '\u0640', '\u064B', 'ﻻ', 'March', 'on', 'last week', 'Feb 27',
];
const BIDI = ['\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u2066', '\u2067', '\u2069', '\u061C'];

const arabicish = fc
  .array(
    fc.oneof(
      fc.constantFrom(...FRAGMENTS),
      fc.constantFrom(...BIDI),
      fc.stringMatching(/^[0-9٠-٩۰-۹]{1,6}$/),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
      fc.string({ unit: 'binary', maxLength: 4 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(fc.sample(fc.constantFrom(' ', '', ' ', '\u00A0'), 1)[0]));

function checkMentions(text: string, ref: string | undefined): void {
  const mentions = findDateMentions(text, { ref: ref ?? null });
  let previousEnd = 0;
  for (const mention of mentions) {
    expect(mention.start).toBeGreaterThanOrEqual(previousEnd);
    expect(mention.start).toBeLessThanOrEqual(mention.end);
    expect(mention.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    expect(mention.value.length).toBeGreaterThan(0);
    if (mention.startDate && mention.endDate) expect(mention.startDate <= mention.endDate).toBe(true);
    previousEnd = mention.end;
  }
}

describe('extractor properties', () => {
  it('never throws; offsets are inside the text and point at the phrase (Arabic-like input)', () => {
    fc.assert(
      fc.property(arabicish, fc.option(fc.constantFrom('2025-04-10', '2000-02-29', '1999-12-31'), { nil: undefined }), (text, ref) => {
        checkMentions(text, ref);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on arbitrary Unicode, including lone surrogates', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        checkMentions(text, '2025-04-10');
        const normalized = normalizeArabic(text);
        const span = normalized.toOriginal(0, normalized.text.length);
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.end).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 300 },
    );
  });

  it('whole articles of random fragments always give a document that passes the validator', () => {
    fc.assert(
      fc.property(fc.array(arabicish, { minLength: 1, maxLength: 6 }), (lines) => {
        const text = lines.join('\n');
        const extraction = extractArticle({ id: 'fuzz', text, metadata: { published: '2025-04-10' } });
        const document = buildDocument([extraction]);
        const result = validateEventsDocument(document);
        expect(result.ok ? [] : result.errors).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('a 1 MB adversarial input (a stuttered date, repeated) gives its one date once per copy', () => {
    const text = repeatUnit(STUTTERED_DATE, 1_000_000);
    const mentions = findDateMentions(text, { ref: '2025-04-10' });
    expect(mentions).toHaveLength(text.length / STUTTERED_DATE.length);
    expect(new Set(mentions.map((mention) => `${mention.text} → ${mention.value}`))).toEqual(new Set(['شباط/فبراير/ 2025 → 2025-02']));
  }, 120_000);
});
