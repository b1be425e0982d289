import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeArabic, normalizedSlice } from './normalize.ts';

describe('normalizeArabic', () => {
  it('folds letters, digits and drops marks', () => {
    const n = normalizeArabic('فِي الـ٢٧ من شُباط\u200F إبريل ۱۴');
    expect(n.text).toBe('في ال27 من شباط ابريل 14');
  });

  it('maps normalized spans back to the exact original characters', () => {
    const original = 'وفي الـ ٢٧ مِن شباط';
    const n = normalizeArabic(original);
    const at = n.text.indexOf('27 من شباط');
    const span = n.toOriginal(at, at + '27 من شباط'.length);
    expect(original.slice(span.start, span.end)).toBe('٢٧ مِن شباط');
  });

  it('decomposes presentation forms and keeps the map consistent', () => {
    const original = 'ﻻ ﺷﺒﺎﻁ';
    const n = normalizeArabic(original);
    expect(n.text).toBe('لا شباط');
    const at = n.text.indexOf('شباط');
    const span = n.toOriginal(at, at + 4);
    expect(original.slice(span.start, span.end)).toBe('ﺷﺒﺎﻁ');
  });

  it('keeps astral characters whole', () => {
    const n = normalizeArabic('😀 أمس');
    const at = n.text.indexOf('امس');
    const span = n.toOriginal(at, at + 3);
    expect(span).toEqual({ start: 3, end: 6 });
  });
});

describe('marks after the last letter of a span', () => {
  it('belong to the span (غداً, هـ), but bidi marks and spaces do not', () => {
    const original = 'يصل غداً\u200F إلى 1436 هـ.';
    const n = normalizeArabic(original);
    const tomorrow = n.text.indexOf('غدا');
    const span = n.toOriginal(tomorrow, tomorrow + 3);
    expect(original.slice(span.start, span.end)).toBe('غداً');
    const hijri = n.text.indexOf('ه.');
    const h = n.toOriginal(hijri, hijri + 1);
    expect(original.slice(h.start, h.end)).toBe('هـ');
  });
});

describe('long ligatures', () => {
  it('expands a presentation ligature of many letters without overflowing', () => {
    const original = 'ﵐﷺ'.repeat(3);
    const n = normalizeArabic(original);
    expect(n.text.length).toBeGreaterThan(original.length * 2);
    const span = n.toOriginal(0, n.text.length);
    expect(span).toEqual({ start: 0, end: original.length });
  });
});

describe('toNormalized', () => {
  const PIECES = ['أ', 'ى', 'ة', 'شباط', ' ', '٢', '\u064b', '\u0651', '\u0640', '\u200f', '\u202b', 'ﻻ', 'ﷺ', '😀', '\ud83d', 'a', '\n'];
  it('reads the normalization of any slice out of the whole text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), fc.nat(), fc.nat(), (pieces, x, y) => {
        const original = pieces.join('');
        const [a, b] = [x % (original.length + 1), y % (original.length + 1)].sort((p, q) => p - q) as [number, number];
        const whole = normalizeArabic(original);
        expect(whole.text.slice(whole.toNormalized(a), whole.toNormalized(b))).toBe(normalizeArabic(original.slice(a, b)).text);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('a slice of a normalized text', () => {
  const PIECES = ['في', ' ', 'الـ', '٢٧', 'شُباط', '\u200f', '\n', 'ﻻ', 'ﷺ', 'إبريل', '\u064b', 'ـ', 'Feb.', '😀', '\ufeff', '  '];
  it('is what normalizing the slice gives: text, spans back and offsets in', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const original = parts.join('');
        let [start, end] = [a % (original.length + 1), b % (original.length + 1)].sort((x, y) => x - y) as [number, number];
        const isLow = (i: number) => /[\udc00-\udfff]/.test(original[i] ?? '');
        if (isLow(start)) start--;
        const view = normalizedSlice(normalizeArabic(original), start, end);
        const own = normalizeArabic(original.slice(start, end));
        expect(view.text).toBe(own.text);
        for (let s = 0; s <= own.text.length; s++) {
          for (let e = s; e <= own.text.length; e++) expect(view.toOriginal(s, e), `${s}-${e}`).toEqual(own.toOriginal(s, e));
        }
        for (let at = -1; at <= end - start + 1; at++) expect(view.toNormalized(at), `at ${at}`).toBe(own.toNormalized(at));
      }),
      { numRuns: 1500 },
    );
  });
});
