/**
 * The lexicons are normalized in one pass per phrase (norm); a text through scan's chunks. A
 * phrase must give the words a text holding it gives, or it would never match.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cachedChunks, norm, phraseWordsByChunks, scan, scanSlice, type ScannedText } from './matcher.ts';
import { PERSONS, ORGANIZATIONS } from './actors-data.ts';
import { AMBIGUOUS, NOT_PLACES, WORLD_NOT_NAMES, WORLD_WORDS } from './ambiguity.ts';
import { PLACES } from './places.ts';
import WORLD from './world.generated.json';

const byChunks = (phrase: string) => phraseWordsByChunks(phrase).join(' ');

describe('norm', () => {
  it('gives every lexicon phrase the words scan would cut from it', () => {
    const rows = (WORLD as unknown as { rows: readonly (readonly unknown[])[] }).rows;
    const phrases = [
      ...PLACES.flatMap((place) => [...place.arNames, ...place.enNames]),
      ...rows.flatMap((row) => [...String(row[7]).split('|'), ...String(row[8]).split('|')]),
      ...PERSONS.flatMap(([en, ar]) => [...en.split('|'), ...ar.split('|')]),
      ...ORGANIZATIONS.flatMap(([, en, ar]) => [...en.split('|'), ...ar.split('|')]),
      ...AMBIGUOUS.map(([name]) => name),
      ...NOT_PLACES,
      ...WORLD_WORDS,
      ...WORLD_NOT_NAMES,
    ];
    expect(phrases.length).toBeGreaterThan(30_000);
    for (const phrase of phrases) expect(norm(phrase), phrase).toBe(byChunks(phrase));
  });

  it('gives any text the words scan would cut from it (marks, bidi controls, presentation forms, accents, odd spaces)', () => {
    const pieces = [
      'الرياض', 'أبو ظبي', 'إسطنبول', 'ڤيينا', 'گوتيريش', 'مدينةُ', 'ـ', '\u064b', '\u0670', '\u200f', '\u200b', '\ufeff', '\u00a0', '\u2009',
      '\ufefb', '\ufdf2', '\ufe8d', '٣', '۱۹', 'Côte', "d'Ivoire", 'İstanbul', 'ŁÓDŹ', 'ΣΟΦΙΑ', 'São Paulo', ' ', '\t', '\n', '-', '.', '،', '1',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const phrase = parts.join('');
        expect(norm(phrase)).toBe(byChunks(phrase));
      }),
      { numRuns: 3000 },
    );
  });
});

/** What a scan tells its readers: the normalized text, its words and every offset mapped back. */
function reading(scanned: ScannedText) {
  const n = scanned.normalized.length;
  const offsets: { start: number; end: number }[] = [];
  for (let start = 0; start <= n; start++) for (let end = start; end <= Math.min(n, start + 4); end++) offsets.push(scanned.toOriginal(start, end));
  return {
    original: scanned.original,
    normalized: scanned.normalized,
    tokens: scanned.tokens.map(({ word, start, end, arabic }) => ({ word, start, end, arabic })),
    offsets,
  };
}

describe('scanSlice', () => {
  it('reads a slice of a scanned text as scanning the slice would', () => {
    const pieces = ['الرياض', 'أبو ظبي', 'مدينةُ', 'ـ', '\u064b', '\u200f', '\u00a0', '\ufefb', '٣', 'Côte', 'İstanbul', ' ', '  ', '\t', '\n', '-', '.', '،', '1'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const text = parts.join('');
        const start = a % (text.length + 1);
        const end = start + (b % (text.length - start + 1));
        expect(reading(scanSlice(scan(text), start, end))).toEqual(reading(scan(text.slice(start, end))));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('scan', () => {
  it('keeps what it caches bounded however many distinct words a stream brings, and still finds the same words', () => {
    const before = scan('وصل الوزير إلى القاهرة').tokens.map((token) => token.word);
    for (let i = 0; i < 50_000; i++) scan(`الوزير ${i} وصل`);
    expect(cachedChunks()).toBeLessThanOrEqual(20_000);
    expect(scan('وصل الوزير إلى القاهرة').tokens.map((token) => token.word)).toEqual(before);
  });
});
