/**
 * Event types as the reader sees them: a label in each UI language and a colour class.
 * The ids follow the extractor's (src/extract/gazetteer/event-types.ts, not imported: it
 * pulls the gazetteer's matcher into the browser bundle); documents written by others may use
 * synonyms (talks, election), which join their kind. Unknown types show as they are written.
 * Colours: the Okabe–Ito palette (distinguishable with the common colour-vision
 * deficiencies), darkened where a hue is too light on white; CSS variables in Timeline.svelte.
 */
import type { Lang } from './format.ts';

export type TypeKind = 'meeting' | 'visit' | 'call' | 'statement' | 'agreement' | 'sanction' | 'military' | 'vote' | 'other';

/** In legend order. */
export const TYPE_KINDS: readonly TypeKind[] = ['meeting', 'visit', 'call', 'statement', 'agreement', 'sanction', 'military', 'vote', 'other'];

const LABELS: Record<TypeKind, { ar: string; en: string }> = {
  meeting: { ar: 'محادثات ولقاءات', en: 'Talks and meetings' },
  visit: { ar: 'زيارة', en: 'Visit' },
  call: { ar: 'اتصال', en: 'Call' },
  statement: { ar: 'تصريح', en: 'Statement' },
  agreement: { ar: 'اتفاق', en: 'Agreement' },
  sanction: { ar: 'عقوبات', en: 'Sanctions' },
  military: { ar: 'عمل عسكري', en: 'Military action' },
  vote: { ar: 'تصويت وانتخابات', en: 'Vote or election' },
  other: { ar: 'أخرى', en: 'Other' },
};

/** Single-event labels where they read better than the kind's (an event is one meeting). */
const TYPE_LABELS: Record<string, { ar: string; en: string }> = {
  meeting: { ar: 'لقاء', en: 'Meeting' },
  talks: { ar: 'محادثات', en: 'Talks' },
  vote: { ar: 'تصويت', en: 'Vote' },
  election: { ar: 'انتخابات', en: 'Election' },
  sanctions: LABELS.sanction,
};

const SYNONYMS: Record<string, TypeKind> = { talks: 'meeting', meetings: 'meeting', election: 'vote', elections: 'vote', sanctions: 'sanction', phone: 'call' };

/** The kind a type belongs to (colour, legend); null for an event without a type. */
export function typeKind(type: string | null | undefined): TypeKind | null {
  if (!type) return null;
  const id = type.trim().toLowerCase();
  if ((TYPE_KINDS as readonly string[]).includes(id)) return id as TypeKind;
  return SYNONYMS[id] ?? 'other';
}

/** "لقاء" / "Meeting" for a document's type id; an unknown id as written. */
export function typeLabel(type: string, lang: Lang): string {
  const id = type.trim().toLowerCase();
  const known = TYPE_LABELS[id] ?? LABELS[id as TypeKind];
  return known ? known[lang] : type;
}

/** The legend's name of a kind. */
export function kindLabel(kind: TypeKind, lang: Lang): string {
  return LABELS[kind][lang];
}
