/**
 * The edit form's values for an event, and what a person changed in them: only the fields that
 * differ from the event go into the edit, so two reviewers (or two tabs) changing different
 * fields of one event both keep theirs.
 */
import type { EventChanges, NewEvent, TimelineEvent } from '../../events/index.ts';

export interface PlaceValue {
  /** English name (the glossary's key), or the text as typed when the gazetteer does not know it. */
  place: string | null;
  placeLocal: string | null;
  coordinates: [number, number] | null;
}

export interface EventForm {
  /** EDTF, already read and checked (the date field does that). */
  date: string;
  title: string;
  titleEn: string;
  place: PlaceValue;
  /** A vocabulary id, a word another producer wrote, or '' for none. */
  type: string;
  actors: string[];
}

export function formOf(event: TimelineEvent): EventForm {
  return {
    date: event.date.edtf,
    title: event.title,
    titleEn: event.titleEn ?? '',
    place: { place: event.place ?? null, placeLocal: event.placeLocal ?? null, coordinates: event.coordinates ? [...event.coordinates] : null },
    type: event.type ?? '',
    actors: [...(event.actors ?? [])],
  };
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((value, i) => value === b[i]);
const sameCoordinates = (a: readonly number[] | null, b: readonly number[] | null) => (a === null || b === null ? a === b : a[0] === b[0] && a[1] === b[1]);

/** The fields of `form` that differ from `event` (empty: nothing to save). */
export function changesOf(event: TimelineEvent, form: EventForm): EventChanges {
  const set: EventChanges = {};
  const was = formOf(event);
  if (form.date !== was.date) set.date = form.date;
  const title = form.title.trim();
  if (title && title !== was.title) set.title = title;
  const titleEn = form.titleEn.trim();
  if (titleEn !== was.titleEn) set.titleEn = titleEn || null;
  const place = form.place;
  if (place.place !== was.place.place) {
    set.place = place.place;
    if (place.placeLocal !== null) set.placeLocal = place.placeLocal;
    if (place.coordinates !== null) set.coordinates = place.coordinates;
  } else if (place.place !== null) {
    if (place.placeLocal !== was.place.placeLocal) set.placeLocal = place.placeLocal;
    if (!sameCoordinates(place.coordinates, was.place.coordinates)) set.coordinates = place.coordinates;
  }
  if (form.type !== was.type) set.type = form.type || null;
  const actors = [...new Set(form.actors.map((actor) => actor.trim()).filter(Boolean))];
  if (!sameList(actors, was.actors)) set.actors = actors;
  return set;
}

/** The fields of an event a person adds (date and title required; the rest when given). */
export function newEventOf(form: EventForm): NewEvent {
  const event: NewEvent = { date: form.date, title: form.title.trim() };
  if (form.titleEn.trim()) event.titleEn = form.titleEn.trim();
  if (form.place.place) {
    event.place = form.place.place;
    if (form.place.placeLocal) event.placeLocal = form.place.placeLocal;
    if (form.place.coordinates) event.coordinates = form.place.coordinates;
  }
  if (form.type) event.type = form.type;
  if (form.actors.length) event.actors = [...new Set(form.actors)];
  return event;
}
