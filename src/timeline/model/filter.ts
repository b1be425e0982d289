/** Filters (place, actor, type, article) and a search over titles and source paragraphs. */
import { placeName, type EventsDocument, type Names, type TimelineEvent } from '../../events/index.ts';

export interface EventFilter {
  place: string;
  actor: string;
  type: string;
  article: string;
  query: string;
}

export const NO_FILTER: EventFilter = { place: '', actor: '', type: '', article: '', query: '' };
/** Value of the place filter that selects events with no place. */
export const NO_PLACE = '\u0000none';

export function isFiltering(filter: EventFilter): boolean {
  return Boolean(filter.place || filter.actor || filter.type || filter.article || filter.query.trim());
}

/**
 * Fold Arabic spelling variants and case so a search for "اسطنبول" finds "إسطنبول":
 * strip diacritics and tatweel, unify alef/hamza forms, ta marbuta, alef maqsura.
 */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660));
}

export interface FilterFacets {
  places: string[];
  /** How an article wrote each place (its first event's `placeLocal`): the name when the glossary has none. */
  placeLocal: Map<string, string>;
  actors: string[];
  types: string[];
  articles: { id: string; title: string }[];
  hasNoPlace: boolean;
  /** The document's glossary: what places and actors are called in each language. */
  names: Names | undefined;
}

export function facetsOf(document: EventsDocument): FilterFacets {
  const places = new Set<string>();
  const placeLocal = new Map<string, string>();
  const actors = new Set<string>();
  const types = new Set<string>();
  let hasNoPlace = false;
  for (const e of document.events) {
    if (e.place) {
      places.add(e.place);
      if (e.placeLocal && !placeLocal.has(e.place)) placeLocal.set(e.place, e.placeLocal);
    } else hasNoPlace = true;
    for (const a of e.actors ?? []) actors.add(a);
    if (e.type) types.add(e.type);
  }
  const sort = (s: Set<string>) => [...s].sort((a, b) => a.localeCompare(b));
  return {
    places: sort(places),
    placeLocal,
    actors: sort(actors),
    types: sort(types),
    articles: document.articles.map((a) => ({ id: a.id, title: a.title })),
    hasNoPlace,
    names: document.names,
  };
}

/** Builds a predicate; the search text of each event is folded once and cached. */
export function eventMatcher(document: EventsDocument, filter: EventFilter): (event: TimelineEvent) => boolean {
  const query = foldForSearch(filter.query.trim());
  const articles = new Map(document.articles.map((a) => [a.id, a]));
  return (event) => {
    if (filter.place === NO_PLACE ? event.place : filter.place && event.place !== filter.place) return false;
    if (filter.actor && !(event.actors ?? []).includes(filter.actor)) return false;
    if (filter.type && event.type !== filter.type) return false;
    if (filter.article && !event.sources.some((s) => s.article === filter.article)) return false;
    if (query) {
      const text = searchTextOf(event, articles, document.names);
      if (!text.includes(query)) return false;
    }
    return true;
  };
}

const searchCache = new WeakMap<TimelineEvent, string>();
function searchTextOf(event: TimelineEvent, articles: Map<string, EventsDocument['articles'][number]>, names: Names | undefined): string {
  let text = searchCache.get(event);
  if (text === undefined) {
    const parts = [event.title, event.titleEn ?? '', event.place ?? '', event.placeLocal ?? ''];
    // The place in both languages: "الرياض" finds an English article's Riyadh.
    if (names) parts.push(placeName(event, 'ar', names) ?? '', placeName(event, 'en', names) ?? '');
    for (const s of event.sources) parts.push(articles.get(s.article)?.paragraphs[s.paragraph] ?? '');
    text = foldForSearch(parts.join('\n'));
    searchCache.set(event, text);
  }
  return text;
}
