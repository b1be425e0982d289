/**
 * A passage a reviewer picks in a paragraph (by selecting it, or by typing it): its offsets,
 * and the sentence around it (what a new event's title starts from).
 */

export interface PickedPassage {
  article: string;
  paragraph: number;
  /** UTF-16 offsets into the paragraph, as the events contract counts them. */
  start: number;
  end: number;
  text: string;
}

const SPACE = /\s/;

/** A selection's offsets without the spaces a double click or a drag takes along at its ends. */
export function trimPassage(paragraph: string, start: number, end: number): { start: number; end: number } | null {
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(paragraph.length, Math.max(start, end));
  while (from < to && SPACE.test(paragraph[from] as string)) from++;
  while (to > from && SPACE.test(paragraph[to - 1] as string)) to--;
  return to > from ? { start: from, end: to } : null;
}

/**
 * Where a quoted text stands in a paragraph: the occurrence nearest `near` (the selection it
 * came from), else the first; null when the paragraph does not contain it as written.
 */
export function locateQuote(paragraph: string, quote: string, near: number | null = null): { start: number; end: number } | null {
  const text = quote.trim();
  if (!text) return null;
  let best: number | null = null;
  for (let at = paragraph.indexOf(text); at >= 0; at = paragraph.indexOf(text, at + 1)) {
    if (best === null || (near !== null && Math.abs(at - near) < Math.abs(best - near))) best = at;
    if (near === null) break;
  }
  return best === null ? null : { start: best, end: best + text.length };
}

const SENTENCE_END = /[.!?؟؛\n]/;
const MAX_TITLE = 160;

/** The sentence (or clause, when the sentence is long) of a paragraph that holds `start`–`end`. */
export function sentenceAround(paragraph: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(paragraph[from - 1] as string)) from--;
  let to = end;
  while (to < paragraph.length && !SENTENCE_END.test(paragraph[to] as string)) to++;
  let sentence = paragraph.slice(from, to).trim();
  if (sentence.length > MAX_TITLE) {
    // Cut at the commas nearest the passage, then at words.
    const inner = paragraph.slice(from, to);
    const left = Math.max(inner.lastIndexOf('،', start - from), inner.lastIndexOf(',', start - from));
    const rightAr = inner.indexOf('،', end - from);
    const rightEn = inner.indexOf(',', end - from);
    const right = [rightAr, rightEn].filter((i) => i >= 0).sort((a, b) => a - b)[0] ?? inner.length;
    sentence = inner.slice(left + 1, right).trim();
    if (sentence.length > MAX_TITLE) sentence = sentence.slice(0, MAX_TITLE).replace(/\s+\S*$/, '') + '…';
  }
  return sentence;
}
