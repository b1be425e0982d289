/**
 * Arabic text normalization with an offset map back to the original.
 *
 * Matching runs on the normalized text (one spelling per letter, ASCII digits, no
 * diacritics, tatweel or bidi marks); every match is mapped back so that a mention
 * points at the exact characters the article contains.
 *
 * It runs over whole corpora, so it is one pass over the char codes with a table per code
 * (kept, folded one for one, dropped, or expanded), starting at the first character that
 * changes (a text with none is returned as it is); the offset map is kept sparse (the points
 * where the shift changes: marks, bidi controls and presentation forms are rare) and read
 * only for the few spans that are mapped back.
 */

export interface NormalizedText {
  /** The original text, untouched. */
  readonly original: string;
  /** The normalized text that parsers run on. */
  readonly text: string;
  /** Maps a span [start, end) of `text` to the span of `original` it came from. */
  toOriginal(start: number, end: number): { start: number; end: number };
  /**
   * Maps an offset of `original` to `text`: how many normalized characters the original
   * characters before it gave. Normalization goes character by character, so
   * `normalizeArabic(original.slice(a, b)).text` is `text.slice(toNormalized(a), toNormalized(b))`.
   */
  toNormalized(at: number): number;
}

// The character table: each code's kind, and what a folded code becomes (exported for the
// reference normalizer in the tests, which reads the same table).
export const KEEP = 0;
/** Dropped, and belongs to the letter before it (diacritics, tatweel). */
export const ATTACHED = 1;
/** Dropped, and belongs to nothing (bidi controls, zero-width characters, BOM). */
const INVISIBLE = 2;
/** Replaced by FOLD[code]. */
export const FOLDED = 3;
/** An Arabic presentation form: decomposed under NFKC. */
export const PRESENTATION = 4;

export const KIND = new Uint8Array(0x10000);
export const FOLD = new Uint16Array(0x10000);

function setRange(from: number, to: number, kind: number): void {
  KIND.fill(kind, from, to + 1);
}
// Diacritics (harakat, tanween, shadda, sukun, superscript alef, Quranic marks) and tatweel.
setRange(0x0610, 0x061a, ATTACHED);
setRange(0x064b, 0x065f, ATTACHED);
setRange(0x0670, 0x0670, ATTACHED);
setRange(0x06d6, 0x06dc, ATTACHED);
setRange(0x06df, 0x06e8, ATTACHED);
setRange(0x06ea, 0x06ed, ATTACHED);
setRange(0x0640, 0x0640, ATTACHED);
// Bidi controls and zero-width characters.
for (const code of [0x061c, 0xfeff]) KIND[code] = INVISIBLE;
setRange(0x200b, 0x200f, INVISIBLE);
setRange(0x202a, 0x202e, INVISIBLE);
setRange(0x2066, 0x2069, INVISIBLE);
setRange(0xfb50, 0xfdff, PRESENTATION);
setRange(0xfe70, 0xfefe, PRESENTATION);

function fold(from: number, to: number): void {
  KIND[from] = FOLDED;
  FOLD[from] = to;
}
for (let digit = 0; digit < 10; digit++) {
  fold(0x0660 + digit, 48 + digit); // Arabic-Indic digits
  fold(0x06f0 + digit, 48 + digit); // Extended Arabic-Indic (Persian, Urdu) digits
}
fold(0x066b, 0x2e); // Arabic decimal separator → .
fold(0x066c, 0x2c); // Arabic thousands separator → ,
fold(0x0623, 0x0627); // أ → ا
fold(0x0625, 0x0627); // إ → ا
fold(0x0622, 0x0627); // آ → ا
fold(0x0671, 0x0627); // ٱ → ا
fold(0x0649, 0x064a); // ى → ي
fold(0x06cc, 0x064a); // Persian yeh → ي
fold(0x0629, 0x0647); // ة → ه
fold(0x06a9, 0x0643); // Persian keheh → ك
fold(0x00a0, 0x20); // no-break space
fold(0x202f, 0x20); // narrow no-break space
fold(0x2009, 0x20); // thin space

/** The normalized char codes of a presentation form (a ligature may give several). */
export function presentationCodes(code: number): number[] {
  const out: number[] = [];
  for (const ch of String.fromCharCode(code).normalize('NFKC')) {
    const c = ch.charCodeAt(0);
    const kind = KIND[c];
    if (kind === KEEP) out.push(c);
    else if (kind === FOLDED) out.push(FOLD[c]!);
  }
  return out;
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Typed arrays hold code units little-endian on this machine (so Buffer reads them as UTF-16LE). */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * The string of these UTF-16 code units, lone surrogates kept as they are: Node's Buffer
 * decodes UTF-16LE natively and fastest (TextDecoder is slower and would replace a lone
 * surrogate with U+FFFD); String.fromCharCode on a big-endian machine.
 */
function fromCodeUnits(units: Uint16Array): string {
  if (LITTLE_ENDIAN) return Buffer.from(units.buffer, units.byteOffset, units.byteLength).toString('utf16le');
  let out = '';
  for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode.apply(null, units.subarray(i, i + 8192) as unknown as number[]);
  return out;
}

export function normalizeArabic(original: string): NormalizedText {
  // The offset map, sparse: normalized char j ≥ shiftAt[k] (the last such k) comes from
  // original char shiftTo[k] + (j − shiftAt[k]); one entry wherever that shift changes.
  const shiftAt: number[] = [0];
  const shiftTo: number[] = [0];
  const length = original.length;
  let first = 0;
  while (first < length && KIND[original.charCodeAt(first)] === KEEP) first++;
  let text = original;
  if (first < length) {
    // One pass from the first character that changes: folded ones in place, dropped and
    // expanded ones moving the offsets after them.
    let out = new Uint16Array(length + 64);
    for (let i = 0; i < first; i++) out[i] = original.charCodeAt(i);
    let n = first; // normalized length so far
    for (let i = first; i < length; i++) {
      const code = original.charCodeAt(i);
      const kind = KIND[code];
      if (kind === KEEP) out[n++] = code;
      else if (kind === FOLDED) out[n++] = FOLD[code]!;
      else {
        if (kind === PRESENTATION) {
          // A ligature may give several characters: all of them come from i.
          const codes = presentationCodes(code);
          if (n + codes.length + (length - i) > out.length) {
            const grown = new Uint16Array(2 * (n + codes.length + (length - i)));
            grown.set(out.subarray(0, n));
            out = grown;
          }
          for (const c of codes) {
            if (shiftAt[shiftAt.length - 1] === n) shiftTo[shiftTo.length - 1] = i;
            else (shiftAt.push(n), shiftTo.push(i));
            out[n++] = c;
          }
        }
        if (shiftAt[shiftAt.length - 1] === n) shiftTo[shiftTo.length - 1] = i + 1;
        else (shiftAt.push(n), shiftTo.push(i + 1));
      }
    }
    text = fromCodeUnits(out.subarray(0, n));
  }
  const n = text.length;

  /** The original char normalized char j (0 ≤ j < n) came from. */
  const sourceOf = (j: number): number => {
    let lo = 0;
    let hi = shiftAt.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (shiftAt[mid]! <= j) lo = mid;
      else hi = mid - 1;
    }
    return shiftTo[lo]! + (j - shiftAt[lo]!);
  };
  /** End of normalized char j's source, with the marks that follow it ("غداً", not "غدا"). */
  const sourceEnd = (j: number): number => {
    let end = sourceOf(j) + 1;
    while (end < length && KIND[original.charCodeAt(end)] === ATTACHED) end++;
    return end;
  };
  // A surrogate pair maps as one character: each half maps to the whole pair (when the
  // halves are adjacent in the original).
  const pairedWithNext = (j: number): boolean =>
    j + 1 < n && isHigh(text.charCodeAt(j)) && isLow(text.charCodeAt(j + 1)) && sourceEnd(j) === sourceOf(j + 1);
  const startOf = (j: number): number => (j > 0 && pairedWithNext(j - 1) ? sourceOf(j - 1) : sourceOf(j));
  const endOf = (j: number): number => (pairedWithNext(j) ? sourceEnd(j + 1) : sourceEnd(j));

  return {
    original,
    text,
    toOriginal(start: number, end: number) {
      if (end <= start) {
        const at = start < n ? startOf(start) : length;
        return { start: at, end: at };
      }
      return { start: startOf(start), end: endOf(end - 1) };
    },
    toNormalized(at: number) {
      if (shiftAt.length === 1 && shiftTo[0] === 0) return Math.min(Math.max(at, 0), n); // nothing moved
      // The first normalized char whose source is at or after `at` (sources never decrease).
      let lo = 0;
      let hi = n;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sourceOf(mid) < at) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    },
  };
}

/**
 * The normalization of `base.original.slice(start, end)`, read from `base` instead of done again:
 * normalization goes character by character, so a slice's normalized text is a slice of the whole's
 * and its offsets are the whole's, shifted (and clamped to the slice: a mark or a surrogate half
 * just outside it belongs to it no more). `start` must not split a surrogate pair.
 */
export function normalizedSlice(base: NormalizedText, start: number, end: number): NormalizedText {
  const length = end - start;
  const from = base.toNormalized(start);
  const text = base.text.slice(from, base.toNormalized(end));
  const n = text.length;
  const clamp = (at: number) => Math.min(Math.max(at - start, 0), length);
  return {
    original: base.original.slice(start, end),
    text,
    toOriginal(s: number, e: number) {
      if (e <= s && s >= n) return { start: length, end: length };
      const span = base.toOriginal(s + from, e + from);
      return { start: clamp(span.start), end: clamp(span.end) };
    },
    toNormalized(at: number) {
      return base.toNormalized(start + Math.min(Math.max(at, 0), length)) - from;
    },
  };
}
