import type { Article, EventsDocument, TimelineEvent } from '../../events/schema.ts';

/** The article and paragraph of an event's first source. */
export function primarySource(document: EventsDocument, event: TimelineEvent): { article: Article | undefined; paragraph: string } {
  const source = event.sources[0]!;
  const article = document.articles.find((candidate) => candidate.id === source.article);
  return { article, paragraph: article?.paragraphs[source.paragraph] ?? '' };
}

/** Only http(s) links leave Tarikh: anything else (javascript:, data:) is dropped. */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
