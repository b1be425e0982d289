/**
 * Places and actors named in a reader's language from the document's glossary (`names`,
 * since 1.1.0). A document without one (1.0.0, or a producer that knows only English names)
 * still reads: the place as the article wrote it, else the name as the events write it.
 */
import type { Names, TimelineEvent } from './schema.ts';
import type { Language } from './vocabulary.ts';

/** The glossary's entry for `name` (own entries only: "constructor" is no place). */
function entry(names: Names | null | undefined, name: string): Names[string] | undefined {
  return names && Object.hasOwn(names, name) ? names[name] : undefined;
}

/** The event's place as a reader of `lang` should see it; null when the event has none. */
export function placeName(event: Pick<TimelineEvent, 'place' | 'placeLocal'>, lang: Language, names?: Names | null): string | null {
  const known = event.place ? entry(names, event.place)?.[lang] : undefined;
  if (known) return known;
  if (lang === 'en') return event.place ?? event.placeLocal ?? null;
  return event.placeLocal ?? event.place ?? null;
}

/** An actor (a country, an organization, a person) in the reader's language when the glossary has it. */
export function actorName(actor: string, lang: Language, names?: Names | null): string {
  return entry(names, actor)?.[lang] ?? actor;
}

/** What kind of party an actor is, when the glossary says (country, organization, person). */
export function actorKind(actor: string, names?: Names | null): Names[string]['kind'] {
  return entry(names, actor)?.kind;
}

/**
 * Who an actor is, in the reader's language when the glossary has it: a person's office and
 * country ("وزير الخارجية، تركيا"), a body's country; null when the glossary says nothing.
 */
export function actorDetail(actor: string, lang: Language, names?: Names | null): string | null {
  const known = entry(names, actor);
  if (!known) return null;
  const role = known.role && (known.role[lang] ?? known.role.en ?? known.role.ar);
  const country = known.country ? actorName(known.country, lang, names) : null;
  const parts = [role, country].filter(Boolean);
  return parts.length ? parts.join(lang === 'ar' ? '، ' : ', ') : null;
}
