/**
 * The knowledge the event layer uses: places, actors, event cues, English glosses. The event
 * types themselves (ids, labels, colours) are the contract's: src/events/vocabulary.ts.
 *
 *   scan(text)              → ScannedText    (normalized words: one scan serves the three finders below)
 *   scanSlice(scanned, s, e) → ScannedText   (a slice of a scanned text, as scanning it alone would read it)
 *   findPlaces(text)        → PlaceMatch[]   (offsets into the original text)
 *   findActors(text)        → ActorMatch[]
 *   classifyEvent(clause)   → the governing cue, or null
 *   classifyEventAll(clause)→ every cue with its position
 *   gloss({type, place, actors}) → "Russia–United States talks, Istanbul"
 *   glossaryOf(events)      → the document's `names`: each place and actor in Arabic and English
 */
export { scan, scanSlice, forgetScans, type ScannedText } from './matcher.ts';
export { findPlaces } from './find-places.ts';
export { findActors, allActors } from './actors.ts';
export { classifyEvent, classifyEventAll } from './event-types.ts';
export type { EventCue, Strength } from './event-types.ts';
export { glossaryOf } from './glossary.ts';
export { gloss } from './gloss.ts';
export type { GlossInput } from './gloss.ts';
export { PLACES, placeById } from './places.ts';
export { worldPlaceNamed, worldPlaces } from './world.ts';
export type { Place, PlaceKind, PlaceMatch, Actor, ActorKind, ActorMatch } from './types.ts';
