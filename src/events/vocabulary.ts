/**
 * The event types of the contract, defined once: their ids (what the build step writes in
 * `events[].type`), their names in both languages, the words other documents use for them,
 * the noun of the build step's English titles, and their colours. Extraction, the view, its
 * legend, its stylesheet (generated from `colour`, see src/timeline/components/typeColours.ts) and the
 * exports all read this list.
 *
 * `type` stays an open string in the schema: a document may say "talks" or "election" (a
 * synonym joins its type) or a word of its own (shown as written, coloured as `other`).
 */
import type { Article } from './schema.ts';

/** The languages the contract names things in (those of its articles). */
export type Language = Article['language'];

export type Label = Readonly<Record<Language, string>>;

export interface EventTypeDefinition {
  id: string;
  /** The type as a kind of happening: the legend's and a group's name ("محادثات ولقاءات"). */
  kind: Label;
  /** One event of the type, where it reads better than the kind ("لقاء"); else the kind's name. */
  single?: Label;
  /** Other words documents use for the type; each with its own label where it reads better. */
  synonyms?: Readonly<Record<string, Label | null>>;
  /** The noun of the English title the build step writes ("Russia–United States talks"). */
  titleNoun: string;
  /**
   * On a light and on a dark background: the Okabe–Ito palette (told apart with the common
   * colour-vision deficiencies), darkened or lightened until text-sized marks pass contrast.
   */
  colour: { light: string; dark: string };
}

/** In legend order; `other` last (the kind of every word this list does not know). */
export const EVENT_TYPES = [
  {
    id: 'meeting',
    kind: { ar: 'محادثات ولقاءات', en: 'Talks and meetings' },
    single: { ar: 'لقاء', en: 'Meeting' },
    synonyms: {
      talks: { ar: 'محادثات', en: 'Talks' },
      meetings: null,
      negotiations: { ar: 'مفاوضات', en: 'Negotiations' },
      summit: { ar: 'قمة', en: 'Summit' },
    },
    titleNoun: 'talks',
    colour: { light: '#0072b2', dark: '#4da3e8' },
  },
  { id: 'visit', kind: { ar: 'زيارة', en: 'Visit' }, synonyms: { visits: null }, titleNoun: 'visit', colour: { light: '#b87a00', dark: '#e69f00' } },
  { id: 'call', kind: { ar: 'اتصال', en: 'Call' }, synonyms: { phone: null }, titleNoun: 'phone call', colour: { light: '#1b1f24', dark: '#e8eaed' } },
  { id: 'statement', kind: { ar: 'تصريح', en: 'Statement' }, titleNoun: 'statement', colour: { light: '#3a93c8', dark: '#8fd0f5' } },
  {
    id: 'agreement',
    kind: { ar: 'اتفاق', en: 'Agreement' },
    synonyms: { ceasefire: { ar: 'وقف إطلاق النار', en: 'Ceasefire' } },
    titleNoun: 'agreement',
    colour: { light: '#008a66', dark: '#2fc495' },
  },
  { id: 'sanction', kind: { ar: 'عقوبات', en: 'Sanctions' }, synonyms: { sanctions: null }, titleNoun: 'sanctions', colour: { light: '#b0579a', dark: '#d98bbd' } },
  {
    id: 'military',
    kind: { ar: 'عمل عسكري', en: 'Military action' },
    synonyms: { attack: { ar: 'هجوم', en: 'Attack' } },
    titleNoun: 'military action',
    colour: { light: '#d55e00', dark: '#ff7a33' },
  },
  {
    id: 'vote',
    kind: { ar: 'تصويت وانتخابات', en: 'Vote or election' },
    single: { ar: 'تصويت', en: 'Vote' },
    synonyms: {
      election: { ar: 'انتخابات', en: 'Election' },
      elections: { ar: 'انتخابات', en: 'Elections' },
      referendum: { ar: 'استفتاء', en: 'Referendum' },
    },
    titleNoun: 'vote',
    colour: { light: '#857a00', dark: '#f0e442' },
  },
  { id: 'other', kind: { ar: 'أخرى', en: 'Other' }, titleNoun: 'event', colour: { light: '#6b7280', dark: '#aab2bd' } },
] as const satisfies readonly EventTypeDefinition[];

/** An event type id of the contract. */
export type EventType = (typeof EVENT_TYPES)[number]['id'];

/** Every id, in legend order. */
export const EVENT_TYPE_IDS: readonly EventType[] = EVENT_TYPES.map((definition) => definition.id);

const BY_ID = new Map<string, EventTypeDefinition>(EVENT_TYPES.map((definition) => [definition.id, definition]));
const BY_SYNONYM = new Map<string, { definition: EventTypeDefinition; label: Label | null }>();
for (const definition of EVENT_TYPES as readonly EventTypeDefinition[]) {
  for (const [word, label] of Object.entries(definition.synonyms ?? {})) {
    if (BY_ID.has(word) || BY_SYNONYM.has(word)) throw new Error(`event types: "${word}" names two types`);
    BY_SYNONYM.set(word, { definition, label });
  }
}

const OTHER = BY_ID.get('other') as EventTypeDefinition;

const key = (type: string) => type.trim().toLowerCase();

/** The definition a type word names, by id or synonym; null for a word the vocabulary does not know. */
export function knownEventType(type: string | null | undefined): EventTypeDefinition | null {
  if (!type) return null;
  const word = key(type);
  return BY_ID.get(word) ?? BY_SYNONYM.get(word)?.definition ?? null;
}

/** The definition of a document's type word: by id, by synonym, else `other`; null for no type. */
export function eventTypeOf(type: string | null | undefined): EventTypeDefinition | null {
  if (!type || !type.trim()) return null;
  return knownEventType(type) ?? OTHER;
}

/** The type id a document's type word belongs to (its colour, its legend entry); null for no type. */
export function typeKind(type: string | null | undefined): EventType | null {
  return (eventTypeOf(type)?.id as EventType | undefined) ?? null;
}

/** One event's type as a reader sees it: "لقاء", "محادثات" / "Meeting", "Talks"; an unknown word as written. */
export function typeLabel(type: string, lang: Language): string {
  const word = key(type);
  const definition = BY_ID.get(word);
  if (definition) return (definition.single ?? definition.kind)[lang];
  const synonym = BY_SYNONYM.get(word);
  if (synonym) return (synonym.label ?? synonym.definition.single ?? synonym.definition.kind)[lang];
  return type;
}

/** A kind's name, for the legend and for groups: "محادثات ولقاءات" / "Talks and meetings". */
export function kindLabel(kind: EventType, lang: Language): string {
  return (BY_ID.get(kind) ?? OTHER).kind[lang];
}
