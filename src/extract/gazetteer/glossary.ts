/**
 * The events document's glossary (`names`): what each place and actor its events name is called
 * in Arabic and in English, from the gazetteer, keyed by the name the events use (the
 * gazetteer's English display name: `place`, `actors[]`). The view reads it, so it keeps no list
 * of names of its own. A name the gazetteer does not know (a place another producer wrote) gets
 * no entry; readers then show `placeLocal`, or the name as written.
 */
import type { Name, Names, TimelineEvent } from '../../events/schema.ts';
import { allActors } from './actors.ts';
import { borderByName } from './borders.ts';
import { COUNTRY_BY_ISO, PLACES } from './places.ts';
import { roleNames } from './roles.ts';
import type { Actor } from './types.ts';

let BY_NAME: Map<string, Name> | null = null;
let ACTORS: Map<string, Actor> | null = null;

/** Places and actors by English display name (no two of them share one with different Arabic names: tested). */
function byName(): Map<string, Name> {
  if (!BY_NAME) {
    BY_NAME = new Map();
    for (const known of [...PLACES, ...allActors()]) if (!BY_NAME.has(known.en)) BY_NAME.set(known.en, { ar: known.ar, en: known.en });
  }
  return BY_NAME;
}

/** Actors by English display name. */
function actorsByName(): Map<string, Actor> {
  if (!ACTORS) {
    ACTORS = new Map();
    for (const actor of allActors()) if (!ACTORS.has(actor.en)) ACTORS.set(actor.en, actor);
  }
  return ACTORS;
}

/**
 * The glossary of every place and actor the events name, sorted by name (stable output). An
 * actor says what kind it is; a person its office; a person or body its country (named too).
 */
export function glossaryOf(events: readonly TimelineEvent[]): Names {
  const used = new Set<string>();
  for (const event of events) {
    if (event.place) used.add(event.place);
    for (const actor of event.actors ?? []) used.add(actor);
  }
  const entries = new Map<string, Name>();
  const name = (key: string): Name | undefined => {
    const border = byName().has(key) ? null : borderByName(key);
    const known = byName().get(key) ?? (border ? { ar: border.ar, en: border.en } : undefined);
    return known && { ...known };
  };
  for (const key of used) {
    const entry = name(key);
    if (!entry) continue;
    const actor = actorsByName().get(key);
    if (actor) {
      entry.kind = actor.kind;
      if (actor.role) entry.role = roleNames(actor.role);
      const country = actor.kind !== 'country' && actor.country ? COUNTRY_BY_ISO.get(actor.country) : undefined;
      if (country) {
        entry.country = country.en;
        if (!used.has(country.en) && !entries.has(country.en)) entries.set(country.en, { ...name(country.en)!, kind: 'country' });
      }
    }
    entries.set(key, entry);
  }
  const names: Names = {};
  for (const key of [...entries.keys()].sort()) names[key] = entries.get(key)!;
  return names;
}
