/** Resolving an event's sources to their articles, and splitting a paragraph at the date phrase. */
import type { Article, EventsDocument, EventSource, Mention, TimelineEvent } from '../../events/index.ts';
import { httpUrl } from '../../events/url.ts';

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

export interface ResolvedSource {
  source: EventSource;
  article: Article;
  paragraph: ParagraphParts;
  /** The article's URL when it is http(s), else null (never a javascript: link). */
  href: string | null;
}

export function resolveSources(event: TimelineEvent, document: EventsDocument): ResolvedSource[] {
  const out: ResolvedSource[] = [];
  for (const source of event.sources) {
    const article = document.articles.find((a) => a.id === source.article);
    if (!article) continue;
    const text = article.paragraphs[source.paragraph] ?? '';
    out.push({ source, article, paragraph: splitAtMention(text, source.mention), href: httpUrl(article.url) });
  }
  return out;
}

/** Text direction of an article's language, for `dir` on quoted paragraphs. */
export const articleDir = (article: Article): 'rtl' | 'ltr' => (article.language === 'ar' ? 'rtl' : 'ltr');
