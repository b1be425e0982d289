/**
 * Event types as the view reads them: every label, synonym and colour comes from the
 * contract's vocabulary (src/events/vocabulary.ts). Importing this module brings the colours'
 * stylesheet, generated from the same vocabulary (typeColours.ts).
 */
import 'virtual:tarikh-type-colours.css';
import { EVENT_TYPE_IDS, type EventType } from '../events/vocabulary.ts';

export { kindLabel, typeKind, typeLabel } from '../events/vocabulary.ts';

export type TypeKind = EventType;

/** In legend order. */
export const TYPE_KINDS: readonly TypeKind[] = EVENT_TYPE_IDS;
