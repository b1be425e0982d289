import type { Article, EventsDocument, TimelineEvent } from '../../events/schema.ts';
import type { Language } from '../../events/vocabulary.ts';
export { httpUrl } from '../../events/url.ts';

/** The language most of the document's articles are written in (Arabic on a tie): exports name types and places in it. */
export function documentLanguage(document: EventsDocument): Language {
  let english = 0;
  for (const article of document.articles) if (article.language === 'en') english++;
  return english * 2 > document.articles.length ? 'en' : 'ar';
}

/** The article and paragraph of an event's first source. */
export function primarySource(document: EventsDocument, event: TimelineEvent): { article: Article | undefined; paragraph: string } {
  const source = event.sources[0]!;
  const article = document.articles.find((candidate) => candidate.id === source.article);
  return { article, paragraph: article?.paragraphs[source.paragraph] ?? '' };
}

