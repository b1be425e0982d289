/**
 * An article's date mentions, each read by the parser of its language. A paragraph is read by
 * the parser of its own majority script (an English paragraph of an Arabic article, a bilingual
 * page, by the English one), and a stretch of the other script inside it (an English quote in
 * an Arabic report) by the other parser too.
 *
 * Neighbouring paragraphs of one language are read in one pass, so an article in one language
 * is read exactly as a whole text is.
 */
import { findDateMentions } from './dates/index.ts';
import type { DateMention } from './dates/types.ts';
import type { Span } from './clause.ts';
import { NEITHER, SCRIPT, scriptLanguage, scriptOf, type Language } from '../events/script.ts';

export { scriptLanguage };
import { normalizedSlice, type NormalizedText } from './normalize.ts';

/**
 * The mentions of `found` that overlap none of `others`; both in text order, and `others` do not
 * overlap one another (each is in its own stretch), so one pass over both does.
 */
function withoutOverlaps(found: DateMention[], others: DateMention[]): DateMention[] {
  const kept: DateMention[] = [];
  let j = 0;
  for (const mention of found) {
    while (j < others.length && others[j]!.end <= mention.start) j++;
    if (j < others.length && others[j]!.start < mention.end) continue;
    kept.push(mention);
  }
  return kept;
}

export type { Language };

/**
 * A stretch of English in an Arabic paragraph is read by the English parser when it is prose:
 * three words or more with a function word among them (a quote, a statement), not a run of
 * names or tags, where English would take `Sun Yat-sen` or `May` for dates.
 */
const ENGLISH_MIN_WORDS = 3;
const ENGLISH_PROSE = /\b(?:the|of|on|in|at|to|and|for|with|by|from|is|was|were|will|would|has|have|had|said|says)\b/i;
/** A stretch of Arabic in an English paragraph: two words are enough (the Arabic parser reads only Arabic date words). */
const ARABIC_MIN_WORDS = 2;

/** Whether a text in the other language than the article's is prose its parser should read. */
function readableAs(text: string, language: Language): boolean {
  const words = (text.match(language === 'en' ? /[A-Za-z\u00C0-\u024F]{2,}/g : /[\u0621-\u064A]{2,}/g) ?? []).length;
  return language === 'en' ? words >= ENGLISH_MIN_WORDS && ENGLISH_PROSE.test(text) : words >= ARABIC_MIN_WORDS;
}

/** Space and punctuation a stretch may not begin or end with (figures it may: `23 December`, `December 23, 2023`). */
const EDGE = /[\s"'“”‘’«»()\[\]،,؛;:!?؟.\-–—]/u;

/** Stretches of `paragraph` written in `other` script: from the first letter of it to the last before a letter of the paragraph's own script. */
const ANY_LETTER: Record<Language, RegExp> = { ar: /[\u0621-\u064A]/, en: /[A-Za-z]/ };

export function otherScriptStretches(paragraph: string, language: Language): Span[] {
  const other: Language = language === 'ar' ? 'en' : 'ar';
  if (!ANY_LETTER[other].test(paragraph)) return [];
  const own = SCRIPT[language];
  const theirs = SCRIPT[other];
  const stretches: Span[] = [];
  let start = -1;
  /** Closes the stretch open since `start` at `at`, the next letter of the paragraph's own script (or its end). */
  const close = (at: number) => {
    if (start < 0) return;
    // Figures on either side belong to the stretch (a day before an English month, a year after it).
    let from = start;
    while (from > 0 && scriptOf(paragraph.charCodeAt(from - 1)) === NEITHER) from--;
    let to = at;
    while (from < to && EDGE.test(paragraph[from]!)) from++;
    while (to > from && EDGE.test(paragraph[to - 1]!)) to--;
    if (readableAs(paragraph.slice(from, to), other)) stretches.push({ start: from, end: to });
    start = -1;
  };
  for (let i = 0; i < paragraph.length; i++) {
    const script = scriptOf(paragraph.charCodeAt(i));
    if (script === theirs && start < 0) start = i;
    else if (script === own) close(i);
  }
  close(paragraph.length);
  return stretches;
}

export interface ParagraphSpan {
  text: string;
  /** Offset of the paragraph in the article text. */
  start: number;
  /** Page furniture: read in the article's language. */
  boilerplate?: boolean;
}

export interface ArticleMentions {
  /** Every date mention, offsets into the article text, in text order. */
  mentions: DateMention[];
  /** The language each mention was read in (the parser that found it). */
  languageOf: Map<DateMention, Language>;
  /** Each paragraph's own language (its majority script). */
  paragraphLanguages: Language[];
}

const shifted = (mention: DateMention, by: number): DateMention => (by ? { ...mention, start: mention.start + by, end: mention.end + by } : mention);

/**
 * A paragraph's language: its majority script's, except for page furniture (a line of Latin
 * tags under an Arabic article is no English to read: `Tags: March, Sun, Yemen`).
 */
export function paragraphLanguage(paragraph: ParagraphSpan, articleLanguage: Language): Language {
  return paragraph.boilerplate ? articleLanguage : scriptLanguage(paragraph.text, articleLanguage);
}

/** Reads the date mentions of an article's paragraphs, each in its language. */
export function readArticleMentions(text: string, paragraphs: ParagraphSpan[], language: Language, ref: string | null, normalized?: NormalizedText): ArticleMentions {
  /** The Arabic normalization of text[from, to), read from the whole text's when there is one. */
  const normalizedOf = (lang: Language, from: number, to: number) => (lang === 'ar' && normalized ? normalizedSlice(normalized, from, to) : undefined);
  const paragraphLanguages = paragraphs.map((paragraph) => paragraphLanguage(paragraph, language));
  const languageOf = new Map<DateMention, Language>();
  const found: DateMention[] = [];
  // Runs of neighbouring paragraphs in one language, each read in one pass.
  for (let first = 0; first < paragraphs.length; ) {
    const runLanguage = paragraphLanguages[first]!;
    let last = first;
    while (last + 1 < paragraphs.length && paragraphLanguages[last + 1] === runLanguage) last++;
    const from = first === 0 ? 0 : paragraphs[first]!.start;
    const to = last === paragraphs.length - 1 ? text.length : paragraphs[last]!.start + paragraphs[last]!.text.length;
    for (const mention of findDateMentions(text.slice(from, to), { ref, language: runLanguage, normalized: normalizedOf(runLanguage, from, to) })) {
      const at = shifted(mention, from);
      found.push(at);
      languageOf.set(at, runLanguage);
    }
    first = last + 1;
  }
  // Stretches of the other script, each read by its own parser; where both read a date, its own wins.
  const inStretches: DateMention[] = [];
  paragraphs.forEach((paragraph, i) => {
    if (paragraph.boilerplate) return;
    const own = paragraphLanguages[i]!;
    const other: Language = own === 'ar' ? 'en' : 'ar';
    for (const stretch of otherScriptStretches(paragraph.text, own)) {
      const from = paragraph.start + stretch.start;
      const to = paragraph.start + stretch.end;
      for (const mention of findDateMentions(text.slice(from, to), { ref, language: other, normalized: normalizedOf(other, from, to) })) {
        const at = shifted(mention, from);
        inStretches.push(at);
        languageOf.set(at, other);
      }
    }
  });
  const mentions = inStretches.length ? [...withoutOverlaps(found, inStretches), ...inStretches].sort((a, b) => a.start - b.start) : found;
  return { mentions, languageOf, paragraphLanguages };
}
