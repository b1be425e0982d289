/** Resolving an event's sources to their articles, and splitting a paragraph at the date phrase. */
import type { Article, EventsDocument, EventSource, Mention, TimelineEvent } from '../../events/index.ts';
import { httpUrl } from '../../events/url.ts';
import { scriptLanguage, type Language } from '../../events/script.ts';

export interface ParagraphParts {
  before: string;
  mention: string;
  after: string;
}

/**
 * The paragraph as three plain strings around the mention (UTF-16 offsets, as the contract
 * says). They are rendered as text nodes: article text is data, never markup.
 */
export function splitAtMention(paragraph: string, mention: Pick<Mention, 'start' | 'end'>): ParagraphParts {
  const start = Math.max(0, Math.min(mention.start, paragraph.length));
  const end = Math.max(start, Math.min(mention.end, paragraph.length));
  return { before: paragraph.slice(0, start), mention: paragraph.slice(start, end), after: paragraph.slice(end) };
}

/** A paragraph this long or shorter is shown whole. */
export const WHOLE_PARAGRAPH_MAX = 600;
/** How far an excerpt reaches on each side of the mention, at most, looking for its sentence's ends. */
export const EXCERPT_REACH = 240;

/** The part of a paragraph shown around its mention, and whether text was left out before or after it. */
export interface Excerpt extends ParagraphParts {
  cutBefore: boolean;
  cutAfter: boolean;
}

// A sentence ends at . ! ? ؟ or a line break, followed by a space (not the point of 2.5), or at ؛.
const SENTENCE_END = /[.!?؟](?=\s)|[؛\n]/g;

/**
 * The sentence around a mention, for a paragraph too long to show whole (a scraped page or an
 * archive dump may hold a whole article, or a whole chronology, in one paragraph): from the end
 * of the sentence before it to the end of its own, each looked for within EXCERPT_REACH
 * characters and otherwise cut at a space within them. A short paragraph is returned whole.
 */
export function excerptAround(paragraph: string, mention: Pick<Mention, 'start' | 'end'>, reach = EXCERPT_REACH, wholeMax = WHOLE_PARAGRAPH_MAX): Excerpt {
  const parts = splitAtMention(paragraph, mention);
  if (paragraph.length <= wholeMax) return { ...parts, cutBefore: false, cutAfter: false };
  const start = parts.before.length;
  const end = start + parts.mention.length;
  // Back to the end of the previous sentence (only the reach is read).
  const from = Math.max(0, start - reach);
  let begin = from;
  SENTENCE_END.lastIndex = from;
  for (let match = SENTENCE_END.exec(paragraph); match && match.index < start; match = SENTENCE_END.exec(paragraph)) begin = match.index + 1;
  if (begin === from && from > 0) {
    const space = paragraph.slice(from, start).search(/\s/);
    begin = space < 0 ? start : from + space;
  }
  while (begin < start && /\s/.test(paragraph[begin]!)) begin++;
  // On to the end of its own sentence.
  const to = Math.min(paragraph.length, end + reach);
  SENTENCE_END.lastIndex = end;
  const next = SENTENCE_END.exec(paragraph);
  let stop = next && next.index < to ? next.index + 1 : to;
  if (stop === to && to < paragraph.length) {
    const space = paragraph.slice(end, to).search(/\s\S*$/);
    stop = space < 0 ? end : end + space;
  }
  return {
    before: paragraph.slice(begin, start),
    mention: parts.mention,
    after: paragraph.slice(end, stop).trimEnd(),
    cutBefore: begin > 0,
    cutAfter: stop < paragraph.length,
  };
}

export interface ResolvedSource {
  source: EventSource;
  article: Article;
  /** The paragraph the mention is in. */
  text: string;
  paragraph: ParagraphParts;
  /** The article's URL when it is http(s), else null (never a javascript: link). */
  href: string | null;
  /** The paragraph's own language, by its script (an English paragraph of an Arabic page), and its direction. */
  language: Language;
  dir: 'rtl' | 'ltr';
}

export function resolveSources(event: TimelineEvent, document: EventsDocument): ResolvedSource[] {
  const out: ResolvedSource[] = [];
  for (const source of event.sources) {
    const article = document.articles.find((a) => a.id === source.article);
    if (!article) continue;
    const text = article.paragraphs[source.paragraph] ?? '';
    out.push({ source, article, text, paragraph: splitAtMention(text, source.mention), href: httpUrl(article.url), ...quotedIn(text, article) });
  }
  return out;
}

/** A paragraph's own language, by its script, and its direction: `lang` and `dir` where it is quoted. */
export function quotedIn(paragraph: string, article: Article): { language: Language; dir: 'rtl' | 'ltr' } {
  const language = scriptLanguage(paragraph, article.language);
  return { language, dir: language === 'ar' ? 'rtl' : 'ltr' };
}

/** Text direction of an article's language, for `dir` on its title. */
export const articleDir = (article: Article): 'rtl' | 'ltr' => (article.language === 'ar' ? 'rtl' : 'ltr');
