/**
 * The events document: Tarikh's public data contract between the build step
 * (src/extract) and the view (src/timeline, src/embed).
 *
 * This valibot schema is the single source: the TypeScript types below are inferred
 * from it, `events.schema.json` is generated from it (`npm run schema`), and
 * `validateEventsDocument` checks documents with it on both sides.
 */
import * as v from 'valibot';
import { CONFIDENCE_REASON_IDS, CORRECTED_FIELDS } from './confidence.ts';
import { EVENT_TYPE_IDS } from './vocabulary.ts';

export const EVENTS_FORMAT = 'tarikh-events';
/**
 * Semantic version of the format. Readers accept any document with the same major.
 * 1.1.0 added, all optional: `names` (with the kind, role and country of actors); on events `date.period`, `confidence`, `reviewed`,
 * `corrected`, `language` and `placeFrom`; on articles `publishedFrom`, `updated` and `dateline`. A document
 * without them is a valid 1.1.0 document too, and a 1.0 reader, which ignores them, still reads
 * every date (a period is a `range` with its first and last day).
 */
export const EVENTS_VERSION = '1.1.0';

/**
 * True for a real Gregorian day written YYYY-MM-DD (2025-02-29 and 2025-02-31 are not):
 * proleptic Gregorian, years 0000–9999. Arithmetic, not a `Date` and an ISO string per call:
 * it runs twice per event (a tenth of the validation time of a document that way).
 */
export function isCalendarDay(value: string): boolean {
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const c = value.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return false;
    year = year * 10 + c;
  }
  const m0 = value.charCodeAt(5) - 48;
  const m1 = value.charCodeAt(6) - 48;
  const d0 = value.charCodeAt(8) - 48;
  const d1 = value.charCodeAt(9) - 48;
  if (m0 < 0 || m0 > 9 || m1 < 0 || m1 > 9 || d0 < 0 || d0 > 9 || d1 < 0 || d1 > 9) return false;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The Gregorian leap-year rule (the one definition: the build step's calendar reads it through daysInMonth). */
function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const IsoDay = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'a calendar day written YYYY-MM-DD'),
  v.check(isCalendarDay, 'not a real calendar day'),
  v.description('A Gregorian calendar day, YYYY-MM-DD.'),
);

const Offset = v.pipe(v.number(), v.integer(), v.minValue(0));

export const LanguageSchema = v.picklist(['ar', 'en']);

export const PrecisionSchema = v.pipe(
  v.picklist(['day', 'week', 'month', 'year', 'decade', 'range']),
  v.description('How much of the date the text states: a day, a week, a month, a year, a decade, or an interval between two dates.'),
);

/** The kinds of period the build step writes in `date.period` (since 1.1.0). */
export const PERIOD_KINDS = ['season', 'quarter', 'half', 'weekend', 'to-date'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/**
 * Since 1.1.0 (optional): what kind of period a `range` date is when the text names one that
 * is not a calendar unit. Any word is valid, like `type`, so that a kind added later does not
 * make a 1.1 reader refuse the document: a reader that does not know it draws the range
 * from `start` to `end`, as for any interval (and so does a 1.0 reader, which ignores it).
 */
export const PeriodSchema = v.pipe(
  v.string(),
  v.minLength(1),
  v.description(
    `Since 1.1.0, optional: the kind of period a date names when it is not one calendar unit (${PERIOD_KINDS.join(', ')}): a season (summer 2019 is June to August; winter 2019 is December 2018 to February 2019, as the northern hemisphere counts them), a quarter (Q3 2024), a half of a year (the first half of 2023), a weekend, or a period up to the publication day ("so far this year", "the past three weeks"), whose end is that day and which goes on after it. The precision of such a date is "range"; start and end are the days it covers. A reader that does not know the kind shows the range.`,
  ),
);

export const EventDateSchema = v.object({
  edtf: v.pipe(v.string(), v.minLength(1), v.description('The date in Extended Date/Time Format (ISO 8601-2), e.g. 2025-02-18, 2025-02, 2022, 2025-03-31/2025-04-06, 2025-03~.')),
  start: v.pipe(IsoDay, v.description('First day the date covers.')),
  end: v.pipe(IsoDay, v.description('Last day the date covers (equal to start for a day).')),
  precision: PrecisionSchema,
  approximate: v.optional(v.pipe(v.boolean(), v.description('True for phrases such as "early March" or "mid-2024".'))),
  certainty: v.optional(
    v.pipe(
      v.picklist(['stated', 'inferred']),
      v.description('"stated" when the text gives the full date; "inferred" when part of it (usually the year, or the whole date for "yesterday") comes from the publication date.'),
    ),
  ),
  calendar: v.optional(v.picklist(['gregorian', 'hijri'])),
  original: v.optional(v.pipe(v.string(), v.description('The date as written in its own calendar, e.g. the Hijri date 1433-08-21.'))),
  period: v.optional(PeriodSchema),
});

export const MentionSchema = v.object({
  text: v.pipe(v.string(), v.minLength(1), v.description('The date phrase exactly as written.')),
  start: v.pipe(Offset, v.description('UTF-16 offset of the phrase in the paragraph.')),
  end: v.pipe(Offset, v.description('UTF-16 offset just after the phrase.')),
});

export const SourceSchema = v.object({
  article: v.pipe(v.string(), v.minLength(1), v.description('id of an entry in articles[].')),
  paragraph: v.pipe(Offset, v.description('0-based index into that article\'s paragraphs[].')),
  mention: MentionSchema,
  date: v.optional(v.pipe(v.string(), v.description('The EDTF date this source gives, when it differs from the event\'s (a conflict).'))),
});

/** A reason or field name: open (a later version may add some; readers show an unknown one as written), but a word. */
const Word = v.pipe(v.string(), v.regex(/^[a-z][A-Za-z-]*$/, 'a word such as year-inferred'));

export const ConfidenceSchema = v.pipe(
  v.object({
    score: v.pipe(v.number(), v.minValue(0), v.maxValue(1), v.description('0 to 1: 1 with no reason to doubt, lower with each reason. The review queue takes the lowest first.')),
    reasons: v.pipe(
      v.array(Word),
      v.description(`Why the event may be wrong, most costly first: ${CONFIDENCE_REASON_IDS.join(', ')} (named and weighed in src/events/confidence.ts).`),
    ),
  }),
  v.description('How far the machine\'s reading of the event can be trusted, and why not. Since 1.1.0; optional.'),
);

/** What an id may contain (events', and the articles' the build step makes): event ids are used in URLs (`#event=ID`, `?event=ID`). */
export const ID_PATTERN = /^[A-Za-z0-9_-]+$/;

/**
 * Where in the article an event's place was read, nearest first: the clause of its date, the
 * rest of its sentence, an earlier sentence of its paragraph, the headline, the dateline (a
 * statement made at home, "here", "في العاصمة"), or the place given when the happening it
 * refers to again ("the agreement", القمة) was first reported.
 */
export const PLACE_FROM = ['clause', 'sentence', 'paragraph', 'headline', 'dateline', 'earlier-mention'] as const;
export const PlaceFromSchema = v.pipe(v.picklist(PLACE_FROM), v.description('Where the place was read.'));

export const EventSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.regex(ID_PATTERN, 'letters, digits, - and _ only (it is used in URLs)')),
  date: EventDateSchema,
  title: v.pipe(v.string(), v.minLength(1), v.description('A short title in the article\'s language (or in `language`).')),
  titleEn: v.optional(v.nullable(v.string())),
  language: v.optional(
    v.pipe(
      LanguageSchema,
      v.description(
        'The language of `title` when it is not the language of the article of the first source: an event read from an English quote in an Arabic report, or from the English half of a bilingual page. Since 1.1.0; absent: the article\'s language.',
      ),
    ),
  ),
  place: v.nullable(v.pipe(v.string(), v.description('English name of the place, e.g. "Riyadh".'))),
  placeLocal: v.optional(v.nullable(v.pipe(v.string(), v.description('The place as written in the article.')))),
  coordinates: v.optional(v.nullable(v.pipe(v.tuple([v.number(), v.number()]), v.description('[longitude, latitude] of the place.')))),
  placeFrom: v.optional(PlaceFromSchema),
  type: v.optional(
    v.nullable(
      v.pipe(
        v.string(),
        v.description(
          `The kind of happening: ${EVENT_TYPE_IDS.join(', ')}. Readers also know common synonyms (talks, election, sanctions…) and show any other word as written.`,
        ),
      ),
    ),
  ),
  actors: v.optional(v.pipe(v.array(v.string()), v.description('Who takes part: countries, organizations, people, by English name, e.g. "Russia".'))),
  conflict: v.optional(v.pipe(v.boolean(), v.description('True when sources disagree on the date.'))),
  sources: v.pipe(v.array(SourceSchema), v.minLength(1)),
  confidence: v.optional(ConfidenceSchema),
  reviewed: v.optional(v.pipe(v.literal(true), v.description('A person approved the event as it is. Since 1.1.0.'))),
  corrected: v.optional(
    v.pipe(
      v.array(Word),
      v.description(`The fields a person set (${CORRECTED_FIELDS.join(', ')}; sources: merged, split or added by hand); the others are the machine's. Since 1.1.0.`),
    ),
  ),
});

/** Where an article's publication date was read (the confidence in its relative dates depends on it). */
export const PublishedFromSchema = v.pipe(
  v.picklist(['given', 'metadata', 'page', 'dateline', 'publication-line']),
  v.description(
    'Where `published` was read: given by whoever ran the extraction (`--ref`), the article\'s metadata file, the saved page\'s own metadata (a meta tag, a <time> element), the dateline (`طرابلس - 3 نوفمبر 2025`, `AMMAN, Jan 3 (Reuters) -`), or a publication line (`نشر في: 8 أكتوبر 2023`, `By Staff | Oct. 8, 2023`).',
  ),
);

export const DatelineSchema = v.object({
  text: v.pipe(v.string(), v.minLength(1), v.description('The dateline as written, e.g. "طرابلس - 3 نوفمبر 2025", "AMMAN, Jan 3 (Reuters) -", "مسقط - العُمانية".')),
  paragraph: v.nullable(v.pipe(Offset, v.description('Index into paragraphs[]; null when it stands outside the article text (in a saved page\'s header).'))),
  place: v.nullable(v.pipe(v.string(), v.description('English name of the city (or country) it names, e.g. "Tripoli"; null when the gazetteer does not know it.'))),
  placeLocal: v.nullable(v.pipe(v.string(), v.description('The place as the dateline writes it.'))),
  coordinates: v.optional(v.nullable(v.pipe(v.tuple([v.number(), v.number()]), v.description('[longitude, latitude] of the place.')))),
});

export const ArticleSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  title: v.string(),
  published: v.nullable(IsoDay),
  source: v.nullable(v.pipe(v.string(), v.description('The outlet, e.g. "Al-Thawra".'))),
  byline: v.optional(v.nullable(v.string())),
  language: LanguageSchema,
  publishedFrom: v.optional(PublishedFromSchema),
  updated: v.optional(v.pipe(IsoDay, v.description('The day an update line says the page was last updated (`آخر تحديث: …`, `Updated …`); never used to resolve dates.'))),
  dateline: v.optional(
    v.pipe(
      DatelineSchema,
      v.description('Where the article says it was written: the dateline under its headline or heading its lead. Since 1.1.0, optional.'),
    ),
  ),
  url: v.optional(v.nullable(v.string())),
  file: v.optional(v.string()),
  note: v.optional(
    v.pipe(
      v.literal(true),
      v.description('A reviewer\'s note standing in for an article (an event added by hand with no article text): paragraphs[0] is the note, url its link.'),
    ),
  ),
  paragraphs: v.pipe(v.array(v.string()), v.description('The non-blank lines of the text, 0-based; paragraph 0 is the headline.')),
});

const NameText = v.pipe(v.string(), v.minLength(1));

/** What kind of party an actor is: the view groups its actor filter by it. */
export const ACTOR_KINDS = ['country', 'organization', 'person'] as const;

export const NameSchema = v.object({
  ar: v.optional(v.pipe(NameText, v.description('The name in Arabic, e.g. "الرياض".'))),
  en: v.optional(v.pipe(NameText, v.description('The name in English, e.g. "Riyadh".'))),
  kind: v.optional(v.pipe(v.picklist(ACTOR_KINDS), v.description('What kind of actor.'))),
  role: v.optional(v.pipe(v.object({ ar: v.optional(NameText), en: v.optional(NameText) }), v.description('A person\'s office.'))),
  country: v.optional(v.pipe(NameText, v.description('Its country\'s key in names.'))),
});

export const NamesSchema = v.pipe(
  v.record(NameText, NameSchema),
  v.description(
    'What the places and actors of the events are called in each language, keyed by the name the events use (`place`, `actors[]`), e.g. { "Riyadh": { "ar": "الرياض", "en": "Riyadh" } }. Since 1.1.0; optional: a reader without a name in its language shows `placeLocal`, then the name as the events write it.',
  ),
);

export const EventsDocumentSchema = v.object({
  format: v.literal(EVENTS_FORMAT),
  version: v.pipe(v.string(), v.regex(/^\d+\.\d+\.\d+$/, 'a semantic version such as 1.0.0')),
  articles: v.array(ArticleSchema),
  events: v.array(EventSchema),
  names: v.optional(NamesSchema),
});

export type Precision = v.InferOutput<typeof PrecisionSchema>;
export type PlaceFrom = v.InferOutput<typeof PlaceFromSchema>;
export type EventDate = v.InferOutput<typeof EventDateSchema>;
export type Mention = v.InferOutput<typeof MentionSchema>;
export type Confidence = v.InferOutput<typeof ConfidenceSchema>;
export type EventSource = v.InferOutput<typeof SourceSchema>;
export type TimelineEvent = v.InferOutput<typeof EventSchema>;
export type Article = v.InferOutput<typeof ArticleSchema>;
export type PublishedFrom = v.InferOutput<typeof PublishedFromSchema>;
export type Dateline = v.InferOutput<typeof DatelineSchema>;
export type Name = v.InferOutput<typeof NameSchema>;
export type Names = v.InferOutput<typeof NamesSchema>;
export type EventsDocument = v.InferOutput<typeof EventsDocumentSchema>;
