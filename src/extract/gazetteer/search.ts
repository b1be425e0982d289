/**
 * Looking a place or an actor up by what a reviewer types (the review form's place and actors
 * fields): any of its spellings, Arabic or English, from the start of a word. A pick names it
 * the way the extractor would (`place` in English, the Arabic name, coordinates), so the
 * published glossary names it in both languages.
 */
import { allActors } from './actors.ts';
import { norm } from './matcher.ts';
import { PLACES } from './places.ts';
import type { ActorSuggestion, PlaceSuggestion } from '../../events/review-api.ts';
import type { Place } from './types.ts';
import { worldPlaces } from './world.ts';

export type { ActorSuggestion, PlaceSuggestion };

interface Entry {
  place: Place;
  /** Normalized spellings (Arabic folded as the matcher folds it; English lower-cased). */
  names: string[];
  /** Hand-listed places before generated ones; then the bigger. */
  rank: number;
}

let INDEX: Entry[] | null = null;

function fold(text: string): string {
  return /[\u0600-\u06FF]/.test(text) ? norm(text) : text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
}

function index(): Entry[] {
  if (!INDEX) {
    const entries: Entry[] = [];
    const seen = new Set<string>();
    for (const place of [...PLACES, ...worldPlaces()]) {
      if (seen.has(place.en)) continue; // the hand list's place holds its English name
      seen.add(place.en);
      const names = [...new Set([place.en, place.ar, ...place.enNames, ...place.arNames].filter(Boolean).map(fold))];
      entries.push({ place, names, rank: place.generated ? -(place.population ?? 0) : -Infinity });
    }
    INDEX = entries;
  }
  return INDEX;
}

/** How well `name` answers `query`: 0 the whole name, 1 its start, 2 the start of a later word; null not at all. */
function closeness(name: string, query: string): number | null {
  if (name === query) return 0;
  if (name.startsWith(query)) return 1;
  if (name.includes(' ' + query)) return 2;
  return null;
}

function best(names: readonly string[], query: string): number | null {
  let found: number | null = null;
  for (const name of names) {
    const score = closeness(name, query);
    if (score !== null && (found === null || score < found)) found = score;
  }
  return found;
}

function ranked(query: string): { entry: Entry; score: number }[] {
  const folded = fold(query);
  if (!folded) return [];
  const hits: { entry: Entry; score: number }[] = [];
  for (const entry of index()) {
    const score = best(entry.names, folded);
    if (score !== null) hits.push({ entry, score });
  }
  return hits.sort((a, b) => a.score - b.score || a.entry.rank - b.entry.rank || a.entry.place.en.localeCompare(b.entry.place.en));
}

function suggestion(place: Place): PlaceSuggestion {
  return {
    en: place.en,
    ar: place.ar,
    kind: place.kind,
    country: place.country ? place.country.toUpperCase() : null,
    coordinates: [...place.coordinates] as [number, number],
  };
}

/** Places whose spelling starts with the query (whole name first, then hand-listed, then by population). */
export function searchPlaces(query: string, limit = 12): PlaceSuggestion[] {
  return ranked(query).slice(0, limit).map(({ entry }) => suggestion(entry.place));
}

/** Every actor an event can name: countries, organizations and officials, by English name. */
export function actorSuggestions(): ActorSuggestion[] {
  const out = new Map<string, ActorSuggestion>();
  for (const place of PLACES) if (place.kind === 'country') out.set(place.en, { en: place.en, ar: place.ar });
  for (const actor of allActors()) if (!out.has(actor.en)) out.set(actor.en, { en: actor.en, ar: actor.ar });
  return [...out.values()].sort((a, b) => a.en.localeCompare(b.en));
}
