/**
 * A short English gloss of an event for `titleEn`: "Russia–United States talks, Istanbul".
 *
 * Parties are the countries involved (officials stand for their country, so "Putin" and
 * "الكرملين" both give Russia), then international organizations; sorted so that the same
 * happening told from either side gets the same gloss (it helps merging across articles).
 */
import { knownEventType, type EventType } from '../../events/vocabulary.ts';
import { COUNTRY_BY_ISO } from './places.ts';
import type { Actor, Place } from './types.ts';

export interface GlossInput {
  type?: EventType | string | null;
  place?: Place | null;
  actors?: readonly Actor[] | null;
}

/** Countries first (alphabetical), then organizations; officials count as their country. */
function parties(actors: readonly Actor[]): string[] {
  const countries = new Set<string>();
  const organizations = new Set<string>();
  for (const actor of actors) {
    if (actor.kind === 'country') countries.add(actor.en);
    else if (actor.kind === 'person') {
      const country = actor.country ? COUNTRY_BY_ISO.get(actor.country) : undefined;
      // International officials (Guterres, Grossi) have no country: they appear by name.
      if (country) countries.add(country.en);
      else organizations.add(actor.en);
    } else if (actor.country) {
      // A national body (Hamas, the Houthis) is a party under its own name.
      organizations.add(actor.en);
    } else organizations.add(actor.en);
  }
  return [...[...countries].sort(), ...[...organizations].sort()];
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "Russia–United States talks, Istanbul"; null when there is nothing to say. */
export function gloss(input: GlossInput): string | null {
  const noun = knownEventType(input.type)?.titleNoun ?? null;
  const names = parties(input.actors ?? []);
  const shown = names.length > 3 ? [...names.slice(0, 3), 'others'] : names;
  const place = input.place ?? null;
  // "Ukraine talks, Ukraine" says nothing twice.
  const where = place && !(place.kind === 'country' && shown.length === 1 && shown[0] === place.en) ? place.en : null;
  if (!noun && shown.length === 0) return where;
  const who = shown.join('–');
  let head: string;
  if (!noun) head = who;
  else if (!who) head = capitalize(noun);
  else head = `${who} ${noun}`;
  if (!where) return head;
  return who ? `${head}, ${where}` : `${head} in ${where}`;
}
