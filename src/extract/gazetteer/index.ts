/**
 * The knowledge the event layer uses: places, actors, event types, English glosses.
 *
 *   findPlaces(text)        → PlaceMatch[]   (offsets into the original text)
 *   findActors(text)        → ActorMatch[]
 *   classifyEvent(clause)   → the governing cue, or null
 *   classifyEventAll(clause)→ every cue with its position
 *   EVENT_TYPES             → labels (ar/en) and colour-safe order
 *   gloss({type, place, actors}) → "Russia–United States talks, Istanbul"
 */
export { findPlaces, placeSpellingCount } from './find-places.ts';
export { findActors, allActors, actorSpellingCount } from './actors.ts';
export { classifyEvent, classifyEventAll, EVENT_TYPES, cueCount } from './event-types.ts';
export type { EventType, EventTypeInfo, EventCue, Strength } from './event-types.ts';
export { gloss, parties } from './gloss.ts';
export type { GlossInput } from './gloss.ts';
export { PLACES, placeById, COUNTRY_BY_ISO } from './places.ts';
export { worldPlaces, worldAliases } from './world.ts';
export type { Place, PlaceKind, PlaceMatch, Actor, ActorKind, ActorMatch } from './types.ts';
