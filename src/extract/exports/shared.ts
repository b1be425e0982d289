import type { Article, EventsDocument, TimelineEvent } from '../../events/schema.ts';
export { httpUrl } from '../../events/url.ts';

/** The article and paragraph of an event's first source. */
export function primarySource(document: EventsDocument, event: TimelineEvent): { article: Article | undefined; paragraph: string } {
  const source = event.sources[0]!;
  const article = document.articles.find((candidate) => candidate.id === source.article);
  return { article, paragraph: article?.paragraphs[source.paragraph] ?? '' };
}

