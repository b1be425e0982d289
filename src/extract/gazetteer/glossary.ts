/**
 * The events document's glossary (`names`): what each place and actor its events name is called
 * in Arabic and in English, from the gazetteer, keyed by the name the events use (the
 * gazetteer's English display name: `place`, `actors[]`). The view reads it, so it keeps no list
 * of names of its own. A name the gazetteer does not know (a place another producer wrote) gets
 * no entry; readers then show `placeLocal`, or the name as written.
 */
import type { Name, Names, TimelineEvent } from '../../events/schema.ts';
import { allActors } from './actors.ts';
import { PLACES } from './places.ts';

let BY_NAME: Map<string, Name> | null = null;

/** Places and actors by English display name (no two of them share one with different Arabic names: tested). */
function byName(): Map<string, Name> {
  if (!BY_NAME) {
    BY_NAME = new Map();
    for (const known of [...PLACES, ...allActors()]) if (!BY_NAME.has(known.en)) BY_NAME.set(known.en, { ar: known.ar, en: known.en });
  }
  return BY_NAME;
}

/** The glossary of every place and actor the events name, sorted by name (stable output). */
export function glossaryOf(events: readonly TimelineEvent[]): Names {
  const used = new Set<string>();
  for (const event of events) {
    if (event.place) used.add(event.place);
    for (const actor of event.actors ?? []) used.add(actor);
  }
  const names: Names = {};
  for (const name of [...used].sort()) {
    const known = byName().get(name);
    if (known) names[name] = { ...known };
  }
  return names;
}
