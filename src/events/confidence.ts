/**
 * What to review first: the reasons an extracted event may be wrong, what each costs, and
 * how a reader names them (Arabic and English). The build step writes them on every event
 * (`confidence: { score, reasons }`); applying corrections keeps them true to what a person
 * changed; the review queue orders by the score, lowest first.
 *
 * The reasons and their weights come from the held-out evaluation: the extractor as it was
 * when the held-out articles were written (before it was fixed on them) read 122 events from
 * them and the validation batch, 29 wrong in date or place. A date after the
 * article's publication was wrong in 52% of cases (15% otherwise), a year or a whole date
 * taken from the publication date in 29% (16%), a year or decade alone in 38% (22%), an event
 * with no kind found in 35% (20%), a title of over twelve words (cut, now) in 30% (18%), no place in
 * 29% (22%). A conflict means one source at least is wrong.
 *
 * Two kinds of reason:
 * - `reading`: only the build step's reading of the text knows it (the date phrase was
 *   relative, the title was cut). Kept as found; a merge that gives an event another
 *   event's date brings that date's reading reasons along (adoptDateReasons).
 * - `event`: follows from the event as it now is (its date, place, type, sources, its
 *   articles' publication dates), so it is worked out again after every change (assessEvent).
 * A field a person corrected answers the reasons about it (`answers`): they are dropped.
 */
import type { Article, Confidence, TimelineEvent } from './schema.ts';
import type { Label, Language } from './vocabulary.ts';

/** Every reason the build step gives, most costly first (the order an event lists them in). */
export const CONFIDENCE_REASON_IDS = [
  'conflict',
  'future',
  'relative-date',
  'year-inferred',
  'dateline-reference',
  'coarse-date',
  'approximate',
  'no-type',
  'no-place',
  'long-title',
  'single-source',
] as const;
export type ConfidenceReason = (typeof CONFIDENCE_REASON_IDS)[number];

/** What a person may have changed on an event (`corrected`); `sources`: a merge, a split or an added event. */
export const CORRECTED_FIELDS = ['date', 'title', 'titleEn', 'place', 'type', 'actors', 'sources'] as const;
export type CorrectedField = (typeof CORRECTED_FIELDS)[number];

export interface ConfidenceReasonDefinition {
  /** The score is the product of (1 − penalty) over an event's reasons. */
  penalty: number;
  /** The field whose correction by a person answers the reason. */
  answers: CorrectedField;
  from: 'reading' | 'event';
  /** A short name, for the list of reasons under an event. */
  label: Label;
}

export const CONFIDENCE_REASONS: Readonly<Record<ConfidenceReason, ConfidenceReasonDefinition>> = {
  conflict: {
    penalty: 0.4,
    answers: 'date',
    from: 'event',
    label: { ar: 'المصادر مختلفة على التاريخ', en: 'Sources disagree on the date' },
  },
  future: {
    penalty: 0.3,
    answers: 'date',
    from: 'event',
    label: { ar: 'تاريخه بعد تاريخ النشر: موعد مُعلن قد يتغير', en: 'After its publication date: a plan, which may change' },
  },
  'relative-date': {
    penalty: 0.2,
    answers: 'date',
    from: 'reading',
    label: { ar: 'تاريخ نسبي محسوب من تاريخ النشر (أمس، الأسبوع الماضي)', en: 'A relative date counted from the publication date (yesterday, last week)' },
  },
  'year-inferred': {
    penalty: 0.2,
    answers: 'date',
    from: 'event',
    label: { ar: 'السنة مأخوذة من تاريخ النشر', en: 'Year taken from the publication date' },
  },
  'dateline-reference': {
    penalty: 0.2,
    answers: 'date',
    from: 'reading',
    label: { ar: 'محسوب من تاريخ سطر الافتتاح، لا من تاريخ نشر معروف', en: 'Worked out from the dateline, not from a known publication date' },
  },
  'coarse-date': {
    penalty: 0.1,
    answers: 'date',
    from: 'event',
    label: { ar: 'سنة أو عقد فقط', en: 'Only a year or a decade' },
  },
  approximate: {
    penalty: 0.1,
    answers: 'date',
    from: 'event',
    label: { ar: 'تاريخ تقريبي (أوائل آذار)', en: 'An approximate date (early March)' },
  },
  'no-type': {
    penalty: 0.1,
    answers: 'type',
    from: 'event',
    label: { ar: 'لم يُعرف نوع الحدث', en: 'No kind of event found' },
  },
  'no-place': {
    penalty: 0.1,
    answers: 'place',
    from: 'event',
    label: { ar: 'لم يُعثر على مكان', en: 'No place found' },
  },
  'long-title': {
    penalty: 0.1,
    answers: 'title',
    from: 'reading',
    label: { ar: 'العنوان مقتطع من جملة طويلة', en: 'Title cut from a long sentence' },
  },
  'single-source': {
    penalty: 0.1,
    answers: 'sources',
    from: 'event',
    label: { ar: 'مقال واحد فقط يرويه', en: 'Told by one article only' },
  },
};

export function isConfidenceReason(reason: string): reason is ConfidenceReason {
  return Object.hasOwn(CONFIDENCE_REASONS, reason);
}

/** A reason as a reader sees it; a reason this version does not know (a later producer's), as written. */
export function reasonLabel(reason: string, lang: Language): string {
  return isConfidenceReason(reason) ? CONFIDENCE_REASONS[reason].label[lang] : reason;
}

/** 1 with no reason; each reason multiplies it by (1 − its penalty). Two decimals. */
export function confidenceScore(reasons: readonly string[]): number {
  let score = 1;
  for (const reason of reasons) if (isConfidenceReason(reason)) score *= 1 - CONFIDENCE_REASONS[reason].penalty;
  return Math.round(score * 100) / 100;
}

/** A confidence from reasons: each once, in the list's order, with its score. */
export function confidenceOf(reasons: Iterable<ConfidenceReason>): Confidence {
  const given = new Set(reasons);
  const ordered = CONFIDENCE_REASON_IDS.filter((reason) => given.has(reason));
  return { score: confidenceScore(ordered), reasons: ordered };
}

/** What the reasons of an event depend on beyond the event: its corpus. */
export interface AssessmentContext {
  /** Publication date of each article (null when unknown). */
  published: ReadonlyMap<string, string | null>;
  /** Articles of the corpus, notes left out: with one, every event has a single source, and saying so says nothing. */
  articles: number;
}

export function assessmentContext(articles: readonly Article[]): AssessmentContext {
  return {
    published: new Map(articles.map((article) => [article.id, article.published])),
    articles: articles.filter((article) => !article.note).length,
  };
}

const readingReasons = (event: TimelineEvent): ConfidenceReason[] =>
  (event.confidence?.reasons ?? []).filter((reason): reason is ConfidenceReason => isConfidenceReason(reason) && CONFIDENCE_REASONS[reason].from === 'reading');

/** After every article that tells it: announced, not reported. Unknown when an article's date is. */
function isFuture(event: TimelineEvent, context: AssessmentContext): boolean {
  let latest = '';
  for (const source of event.sources) {
    const published = context.published.get(source.article);
    if (!published) return false;
    if (published > latest) latest = published;
  }
  return event.date.start > latest;
}

/**
 * Works the event's reasons out again from what it now is (its reading reasons kept), drops
 * those a person's correction answered, and scores them.
 */
export function assessEvent(event: TimelineEvent, context: AssessmentContext): void {
  const reasons = new Set<ConfidenceReason>(readingReasons(event));
  const { date } = event;
  if (event.conflict) reasons.add('conflict');
  if (isFuture(event, context)) reasons.add('future');
  // A relative phrase is inferred whole; saying "year inferred" too would count it twice.
  if (date.certainty === 'inferred' && !reasons.has('relative-date')) reasons.add('year-inferred');
  if (date.precision === 'year' || date.precision === 'decade') reasons.add('coarse-date');
  if (date.approximate) reasons.add('approximate');
  if (!event.type) reasons.add('no-type');
  if (!event.place) reasons.add('no-place');
  if (context.articles > 1 && new Set(event.sources.map((source) => source.article)).size === 1) reasons.add('single-source');
  const corrected = new Set<string>(event.corrected ?? []);
  for (const reason of reasons) if (corrected.has(CONFIDENCE_REASONS[reason].answers)) reasons.delete(reason);
  event.confidence = confidenceOf(reasons);
}

/**
 * `to` now has `from`'s date: the reasons only the reading of that date knew come with it
 * (`from` null: a date of no reading, whose reasons are gone). Call assessEvent afterwards.
 */
export function adoptDateReasons(to: TimelineEvent, from: TimelineEvent | null): void {
  if (!to.confidence) return;
  const isDateReading = (reason: ConfidenceReason) => CONFIDENCE_REASONS[reason].answers === 'date';
  const kept = readingReasons(to).filter((reason) => !isDateReading(reason));
  const brought = from ? readingReasons(from).filter(isDateReading) : [];
  to.confidence = confidenceOf([...kept, ...brought]);
}

/** Records that a person set these fields of the event (each once, in a fixed order). */
export function markCorrected(event: TimelineEvent, fields: Iterable<CorrectedField>): void {
  const marked = new Set<string>([...(event.corrected ?? []), ...fields]);
  if (marked.size === 0) return;
  event.corrected = CORRECTED_FIELDS.filter((field) => marked.has(field));
}

/** The corrected fields a set of changes touches: a local name or coordinates are the place. */
export function correctedFieldsOf(set: Partial<Record<'date' | 'title' | 'titleEn' | 'place' | 'placeLocal' | 'coordinates' | 'type' | 'actors', unknown>>): CorrectedField[] {
  const fields: CorrectedField[] = [];
  for (const key of Object.keys(set)) {
    if (set[key as keyof typeof set] === undefined) continue;
    fields.push(key === 'placeLocal' || key === 'coordinates' ? 'place' : (key as CorrectedField));
  }
  return fields;
}
