/**
 * An earlier normalizer kept as the oracle for the one in use: the same character table,
 * but a dense offset map (a source span for every normalized char) and surrogate pairs
 * widened explicitly, against normalize.ts's sparse map: same text, same offsets for every span.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ATTACHED, FOLD, FOLDED, KEEP, KIND, PRESENTATION, normalizeArabic, presentationCodes, type NormalizedText } from './normalize.ts';

function referenceNormalize(original: string): NormalizedText {
  const length = original.length;
  let capacity = length + 16;
  let codes = new Uint16Array(capacity);
  // origStart[i] / origEnd[i]: the span of `original` that produced normalized char i.
  let origStart = new Int32Array(capacity);
  let origEnd = new Int32Array(capacity);
  // producedBy[i]: the original char that gave normalized char i (before surrogate widening).
  let producedBy = new Int32Array(capacity);
  // A presentation ligature may expand to many characters (ﷺ gives 18): grow when needed.
  const ensure = (needed: number) => {
    if (needed <= capacity) return;
    capacity = Math.max(needed, capacity * 2);
    const grow = <T extends Uint16Array | Int32Array>(array: T, make: (size: number) => T): T => {
      const next = make(capacity);
      next.set(array);
      return next;
    };
    codes = grow(codes, (size) => new Uint16Array(size));
    origStart = grow(origStart, (size) => new Int32Array(size));
    origEnd = grow(origEnd, (size) => new Int32Array(size));
    producedBy = grow(producedBy, (size) => new Int32Array(size));
  };
  let n = 0;
  for (let i = 0; i < length; i++) {
    const code = original.charCodeAt(i);
    const kind = KIND[code]!;
    if (kind === KEEP) {
      // Surrogate halves are kept as they are; both map to their own positions.
      codes[n] = code;
      producedBy[n] = origStart[n] = i;
      origEnd[n++] = i + 1;
    } else if (kind === FOLDED) {
      codes[n] = FOLD[code]!;
      producedBy[n] = origStart[n] = i;
      origEnd[n++] = i + 1;
    } else if (kind === ATTACHED) {
      // A span ending on the letter before takes its marks along ("غداً", not "غدا").
      for (let k = n - 1; k >= 0 && origEnd[k] === i; k--) origEnd[k] = i + 1;
    } else if (kind === PRESENTATION) {
      const expanded = presentationCodes(code);
      ensure(n + expanded.length + (length - i));
      for (const c of expanded) {
        codes[n] = c;
        producedBy[n] = origStart[n] = i;
        origEnd[n++] = i + 1;
      }
    }
  }
  // A surrogate pair must map as one character: widen both halves to the pair.
  for (let k = 0; k + 1 < n; k++) {
    const high = codes[k]!;
    if (high >= 0xd800 && high <= 0xdbff && origEnd[k] === origStart[k + 1]) {
      const low = codes[k + 1]!;
      if (low >= 0xdc00 && low <= 0xdfff) {
        origEnd[k] = origEnd[k + 1]!;
        origStart[k + 1] = origStart[k]!;
        k++;
      }
    }
  }
  let text = '';
  const CHUNK = 8192;
  for (let at = 0; at < n; at += CHUNK) text += String.fromCharCode(...codes.subarray(at, Math.min(n, at + CHUNK)));
  return {
    original,
    text,
    toOriginal(start: number, end: number) {
      if (end <= start) {
        const at = start < n ? origStart[start]! : original.length;
        return { start: at, end: at };
      }
      return { start: origStart[start]!, end: origEnd[end - 1]! };
    },
    toNormalized(at: number) {
      let j = 0;
      while (j < n && producedBy[j]! < at) j++;
      return j;
    },
  };
}


function sameAsReference(original: string): void {
  const got = normalizeArabic(original);
  const want = referenceNormalize(original);
  expect(got.text).toBe(want.text);
  const n = want.text.length;
  for (let start = 0; start <= n; start++) {
    for (let end = start; end <= Math.min(n, start + 6); end++) expect([start, end, got.toOriginal(start, end)]).toEqual([start, end, want.toOriginal(start, end)]);
    if (start < n) expect(got.toOriginal(start, n)).toEqual(want.toOriginal(start, n));
  }
  for (let at = 0; at <= original.length; at++) expect([at, got.toNormalized(at)]).toEqual([at, want.toNormalized(at)]);
}

const PIECES = [
  'ا', 'أ', 'إ', 'آ', 'ٱ', 'ى', 'ی', 'ة', 'ک', 'ب', 'شباط', ' ', '\u00a0', '\u202f', '\u2009', '٢', '۷', '٫', '٬', '1', '.',
  '\u064b', '\u064e', '\u0651', '\u0670', '\u0640', '\u06d6', '\u0610', '\u061c', '\ufeff', '\u200f', '\u202b', '\u2067',
  'ﻻ', 'ﷺ', 'ﵐ', 'ﺷ', '\ufe8e', '\ufdf2', '😀', '\ud83d', '\ude00', 'a', '\n',
];

describe('normalizeArabic against the reference implementation', () => {
  it('gives the same text and offset map on random mixes of every kind of character', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => sameAsReference(pieces.join(''))),
      { numRuns: 1500 },
    );
  });

  it('gives the same on arbitrary UTF-16', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), sameAsReference), { numRuns: 500 });
    fc.assert(fc.property(fc.string({ unit: fc.integer({ min: 0x0600, max: 0x06ff }).map((c) => String.fromCharCode(c)), maxLength: 60 }), sameAsReference), { numRuns: 500 });
  });

  it('gives the same on the bundled articles', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const folder = 'data/articles';
    for (const name of readdirSync(folder).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(`${folder}/${name}`, 'utf8');
      const got = normalizeArabic(text);
      const want = referenceNormalize(text);
      expect(got.text).toBe(want.text);
      for (let i = 0; i < want.text.length; i += 7) expect(got.toOriginal(i, i + 5)).toEqual(want.toOriginal(i, i + 5));
    }
  });
});
