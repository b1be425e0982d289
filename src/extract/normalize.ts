/**
 * Arabic text normalization with an offset map back to the original.
 *
 * Matching runs on the normalized text (one spelling per letter, ASCII digits, no
 * diacritics, tatweel or bidi marks); every match is mapped back so that a mention
 * points at the exact characters the article contains.
 */

export interface NormalizedText {
  /** The original text, untouched. */
  readonly original: string;
  /** The normalized text that parsers run on. */
  readonly text: string;
  /** Maps a span [start, end) of `text` to the span of `original` it came from. */
  toOriginal(start: number, end: number): { start: number; end: number };
}

// Characters dropped entirely: Arabic diacritics (harakat, tanween, shadda, sukun,
// superscript alef, Quranic marks), tatweel, bidi controls, zero-width characters, BOM.
const DROPPED = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;

// Marks that belong to the letter before them (diacritics, tatweel): a span that ends on
// that letter takes them along, so that "غداً" maps back whole, not as "غدا".
const ATTACHED = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640]/;

const LETTER_FOLDS: Record<string, string> = {
  '\u0623': '\u0627', // أ → ا
  '\u0625': '\u0627', // إ → ا
  '\u0622': '\u0627', // آ → ا
  '\u0671': '\u0627', // ٱ → ا
  '\u0649': '\u064A', // ى → ي
  '\u06CC': '\u064A', // Persian yeh → ي
  '\u0629': '\u0647', // ة → ه
  '\u06A9': '\u0643', // Persian keheh → ك
  '\u00A0': ' ', // no-break space
  '\u202F': ' ', // narrow no-break space
  '\u2009': ' ', // thin space
};

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  // Arabic-Indic and Extended Arabic-Indic (Persian/Urdu) digits → ASCII.
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(code - 0x0660 + 48);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(code - 0x06f0 + 48);
  if (code === 0x066b) return '.'; // Arabic decimal separator
  if (code === 0x066c) return ','; // Arabic thousands separator
  const folded = LETTER_FOLDS[ch];
  if (folded !== undefined) return folded;
  // Presentation forms (ligatures and contextual shapes) decompose under NFKC.
  if ((code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefe)) {
    return Array.from(ch.normalize('NFKC'))
      .map((c) => (DROPPED.test(c) ? '' : foldChar(c)))
      .join('');
  }
  return ch;
}

export function normalizeArabic(original: string): NormalizedText {
  const out: string[] = [];
  // origStart[i] / origEnd[i]: the span of `original` that produced normalized char i.
  const origStart: number[] = [];
  const origEnd: number[] = [];
  let i = 0;
  while (i < original.length) {
    const code = original.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    const ch = original.slice(i, i + width);
    if (DROPPED.test(ch)) {
      const last = origEnd.length - 1;
      if (last >= 0 && origEnd[last] === i && ATTACHED.test(ch)) {
        // extend every normalized char produced from the same original char
        for (let k = last; k >= 0 && origEnd[k] === i; k--) origEnd[k] = i + width;
      }
    } else {
      const folded = width === 1 ? foldChar(ch) : ch;
      for (let k = 0; k < folded.length; k++) {
        out.push(folded[k]!);
        origStart.push(i);
        origEnd.push(i + width);
      }
    }
    i += width;
  }
  const text = out.join('');
  return {
    original,
    text,
    toOriginal(start: number, end: number) {
      if (end <= start) {
        const at = start < origStart.length ? origStart[start]! : original.length;
        return { start: at, end: at };
      }
      return { start: origStart[start]!, end: origEnd[end - 1]! };
    },
  };
}
