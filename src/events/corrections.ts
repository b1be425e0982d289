/**
 * The corrections file: a person's decisions about the events the machine extracted, kept
 * apart from the extraction so that they outlive re-running it. Tarikh's second public
 * contract, beside the events document.
 *
 * This valibot schema is the single source: the TypeScript types below are inferred from it,
 * `corrections.schema.json` is generated from it (`npm run schema`), and `validateCorrections`
 * checks files with it. A correction names its event by an anchor (the passage the event was
 * read from), never by a generated event id, which changes whenever the extractor does.
 */
import * as v from 'valibot';
import { dateFromEdtf, EDTF_SHAPE } from './edtf.ts';
import { httpUrl } from './url.ts';

export const CORRECTIONS_FORMAT = 'tarikh-corrections';
/** Semantic version of the format. Readers accept any file with the same major. */
export const CORRECTIONS_VERSION = '1.0.0';
/** Characters of context kept on each side of an anchor's text. */
export const ANCHOR_CONTEXT = 32;

const Text = v.pipe(v.string(), v.minLength(1, 'must not be empty'));

export const CorrectionIdSchema = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z0-9_-]{1,64}$/, 'letters, digits, - and _ only, at most 64 (it is used in URLs)'),
  v.description('Stable id of the correction; never reused for another.'),
);

export const AnchorSchema = v.pipe(
  v.strictObject({
    article: v.pipe(Text, v.description('id of the article the passage is in.')),
    paragraph: v.pipe(v.number(), v.integer(), v.minValue(0), v.description('0-based paragraph where the passage was; a hint: the passage is looked for in the other paragraphs when it moved.')),
    text: v.pipe(Text, v.description('The passage exactly as written: an event\'s date phrase, or the text quoted for a hand-added event.')),
    before: v.pipe(v.string(), v.maxLength(ANCHOR_CONTEXT), v.description(`Up to ${ANCHOR_CONTEXT} characters of the paragraph just before the text (fewer at its start).`)),
    after: v.pipe(v.string(), v.maxLength(ANCHOR_CONTEXT), v.description(`Up to ${ANCHOR_CONTEXT} characters of the paragraph just after the text (fewer at its end).`)),
  }),
  v.description('A passage of an article: how a correction finds its event again after the articles are extracted anew.'),
);

export const CorrectionDateSchema = v.pipe(
  v.string(),
  v.regex(EDTF_SHAPE, (issue) => (dateFromEdtf(issue.input) as { error?: string }).error ?? 'not a date'),
  // After the shape: real calendar days, months 01–12, an interval in order.
  v.check((value) => !EDTF_SHAPE.test(value) || dateFromEdtf(value).ok, (issue) => (dateFromEdtf(issue.input as string) as { error?: string }).error ?? 'not a date'),
  v.description('EDTF: 2025-02-18, 2025-02, 2025, a decade 202X, an interval 2025-03-31/2025-04-06, or ~ after a single date for "about" (2025-03~).'),
);

const Coordinates = v.pipe(
  v.tuple([
    v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
    v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
  ]),
  v.description('[longitude, latitude] of the place.'),
);

// What a person can set on an event (an edit sets some of them, an added event has at least
// date and title). Separate constants, not one object of fields: the view imports this module
// and a bundler keeps what is read from a module-level object.
const TitleField = v.pipe(Text, v.description('The title in the article\'s language.'));
const PlaceField = v.pipe(v.nullable(v.string()), v.description('English name of the place; null: no place. Setting it without placeLocal and coordinates clears them.'));
const NullableText = v.nullable(v.string());
const NullableCoordinates = v.nullable(Coordinates);
const Actors = v.array(v.string());
export const EVENT_FIELDS = ['date', 'title', 'titleEn', 'place', 'placeLocal', 'coordinates', 'type', 'actors'] as const;

export const EventChangesSchema = v.pipe(
  v.strictObject({
    date: v.optional(CorrectionDateSchema),
    title: v.optional(TitleField),
    titleEn: v.optional(NullableText),
    place: v.optional(PlaceField),
    placeLocal: v.optional(NullableText),
    coordinates: v.optional(NullableCoordinates),
    type: v.optional(NullableText),
    actors: v.optional(Actors),
  }),
  v.check((set) => Object.keys(set).length > 0, 'changes nothing: name at least one field'),
);

export const NewEventSchema = v.strictObject({
  date: CorrectionDateSchema,
  title: TitleField,
  titleEn: v.optional(NullableText),
  place: v.optional(PlaceField),
  placeLocal: v.optional(NullableText),
  coordinates: v.optional(NullableCoordinates),
  type: v.optional(NullableText),
  actors: v.optional(Actors),
});

/** A kind of correction: its own fields between the id and kind and who, when and a note. */
/* @__NO_SIDE_EFFECTS__ */
function correctionOf<const TKind extends string, const TEntries extends v.ObjectEntries>(kind: TKind, entries: TEntries) {
  return v.strictObject({
    id: CorrectionIdSchema,
    kind: v.literal(kind),
    ...entries,
    note: v.optional(v.string()),
    by: v.optional(v.pipe(v.string(), v.description('Who decided (a name or handle).'))),
    at: v.optional(v.pipe(v.string(), v.isoTimestamp('an ISO 8601 timestamp such as 2026-12-01T09:30:00Z'), v.description('When.'))),
  });
}

export const HideCorrectionSchema = correctionOf('hide', {
  target: AnchorSchema,
  reason: v.optional(v.pipe(v.string(), v.description('Why it is not an event, e.g. "a deadline, not a happening".'))),
});

export const EditCorrectionSchema = correctionOf('edit', {
  target: AnchorSchema,
  set: EventChangesSchema,
});

export const MergeCorrectionSchema = correctionOf('merge', {
  targets: v.pipe(
    v.array(AnchorSchema),
    v.minLength(2, 'a merge needs at least two events'),
    v.description('The events that are one happening; the first one gives the title, place, type; the most precise date wins.'),
  ),
});

export const SplitCorrectionSchema = correctionOf('split', {
  source: v.pipe(AnchorSchema, v.description('The source that leaves its event and becomes an event of its own.')),
});

export const AddCorrectionSchema = correctionOf('add', {
  event: NewEventSchema,
  passage: v.optional(v.pipe(AnchorSchema, v.description('The passage the event is read from; its text is the event\'s source. Without it, the note (required then) and link stand in for an article.'))),
  link: v.optional(v.pipe(v.string(), v.check((url) => httpUrl(url) !== null, 'an http(s) URL'))),
});

export const ReviewCorrectionSchema = correctionOf('review', {
  target: AnchorSchema,
  status: v.pipe(v.picklist(['approved']), v.description('"approved": a person checked the event as it now is.')),
});

export const CorrectionSchema = v.variant('kind', [
  HideCorrectionSchema,
  EditCorrectionSchema,
  MergeCorrectionSchema,
  SplitCorrectionSchema,
  AddCorrectionSchema,
  ReviewCorrectionSchema,
]);

export const CorrectionsFileSchema = v.strictObject({
  format: v.literal(CORRECTIONS_FORMAT),
  version: v.pipe(v.string(), v.regex(/^\d+\.\d+\.\d+$/, 'a semantic version such as 1.0.0')),
  corrections: v.array(CorrectionSchema),
});

export type Anchor = v.InferOutput<typeof AnchorSchema>;
export type EventChanges = v.InferOutput<typeof EventChangesSchema>;
export type NewEvent = v.InferOutput<typeof NewEventSchema>;
export type HideCorrection = v.InferOutput<typeof HideCorrectionSchema>;
export type EditCorrection = v.InferOutput<typeof EditCorrectionSchema>;
export type MergeCorrection = v.InferOutput<typeof MergeCorrectionSchema>;
export type SplitCorrection = v.InferOutput<typeof SplitCorrectionSchema>;
export type AddCorrection = v.InferOutput<typeof AddCorrectionSchema>;
export type ReviewCorrection = v.InferOutput<typeof ReviewCorrectionSchema>;
export type Correction = v.InferOutput<typeof CorrectionSchema>;
export type CorrectionKind = Correction['kind'];
export type CorrectionsFile = v.InferOutput<typeof CorrectionsFileSchema>;

/** The order corrections are applied in, whatever their order in the file. */
export const CORRECTION_PHASES: readonly CorrectionKind[] = ['add', 'split', 'merge', 'edit', 'review', 'hide'];

/**
 * A change to the corrections file, as the review UI sends it: put a record (a new one, or a
 * new version of the record with that id) or remove the record with an id. Each one applied
 * answers with its inverse, so undo is applying the inverse.
 */
export type CorrectionOperation = { op: 'put'; correction: Correction } | { op: 'remove'; id: string };
