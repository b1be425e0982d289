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
export { findPlaces } from './find-places.ts';
export { findActors, allActors } from './actors.ts';
export { classifyEvent, classifyEventAll, EVENT_TYPES } from './event-types.ts';
export type { EventType, EventTypeInfo, EventCue, Strength } from './event-types.ts';
export { gloss } from './gloss.ts';
export type { GlossInput } from './gloss.ts';
export { PLACES, placeById } from './places.ts';
export type { Place, PlaceKind, PlaceMatch, Actor, ActorKind, ActorMatch } from './types.ts';
