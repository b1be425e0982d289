/**
 * What an event is, read from the clause of its date: its actors, type and title, and its
 * place (event-place.ts: from the clause, or from the article around it when a context is
 * given). What depends on the clause alone (its actors, event cues) is read once per clause;
 * what depends on where the date stands in it (the nearest cue, the title) once per mention.
 */
import { clauseAsTitle, dropOpeners, firstEndingAfter, pieceBeforeComma, titleFromClause, type Clause, type Span } from './clause.ts';
import { lostSubject } from './english-subject.ts';
import { CLAUSE_ONLY, scannedParagraph, type EventPlaces } from './event-place.ts';
import { classifyEventAll, findActors, gloss, scanSlice, type EventCue, type PlaceMatch } from './gazetteer/index.ts';
import type { ParagraphText } from './paragraph-text.ts';
import type { PlaceFrom } from '../events/schema.ts';

export interface EventDescription {
  title: string;
  titleEn: string | null;
  place: PlaceMatch | null;
  /** Where the place was read (null with no place). */
  placeFrom: PlaceFrom | null;
  actors: string[];
  type: string | null;
}

/** The article around a clause: where its events happened, and what the place rules ask of the mention. */
export interface EventContext {
  places: EventPlaces;
  /** The paragraph's index in the article. */
  paragraph: number;
  /** The date was resolved against the publication date. */
  relative: boolean;
  /** The paragraph's dates (paragraph offsets, text order), the mention's among them. */
  dates?: readonly Span[];
}

/** Relative pronouns and participles that open a clause about something named before it. */
const RELATIVE_OPENER = /^(?:الذي|التي|الذين|اللذان|اللتان|اللذين|اللتين|which|who)\s/iu;
const ANTECEDENT_WORDS = 6;

/**
 * Spans in the order the nearest of equals is taken from. When they stand in text order
 * without overlapping (as the gazetteer finds them), the nearest to a date is found by
 * binary search; otherwise by going through them all.
 */
class SpansInOrder<T extends Span> {
  private readonly inTextOrder: boolean;
  constructor(readonly spans: T[]) {
    this.inTextOrder = spans.every((span, i) => span.start < span.end && (i === 0 || spans[i - 1]!.end <= span.start));
  }

  /** The first span (in order) nearest to `mention`, by `distance`. */
  nearest(mention: Span, distance: (span: Span) => number): T | undefined {
    const spans = this.spans;
    if (!this.inTextOrder) {
      let best: T | undefined;
      for (const span of spans) if (!best || distance(span) < distance(best)) best = span;
      return best;
    }
    // Spans ending by the date's start get nearer, the others no nearer, in text order:
    // the nearest is the last of the first kind or the first of the second.
    const lo = firstEndingAfter(spans, mention.start);
    const left = spans[lo - 1];
    const right = spans[lo];
    if (!left) return right;
    if (!right) return left;
    return distance(left) <= distance(right) ? left : right;
  }
}

/** The nearest span among those of the best group (groups tried in order; the first non-empty one counts). */
function nearestOfBest<T extends Span>(groups: SpansInOrder<T>[], mention: Span, distance: (span: Span) => number): T | undefined {
  return groups.find((group) => group.spans.length > 0)?.nearest(mention, distance);
}

/** Spans grouped by a key, each group in the given order, groups by ascending key. */
function groupBy<T extends Span>(spans: T[], key: (span: T) => number): SpansInOrder<T>[] {
  // Most clauses name no place, or one: no map for them.
  if (spans.length === 0) return [];
  if (spans.length === 1) return [new SpansInOrder(spans)];
  const groups = new Map<number, T[]>();
  for (const span of spans) {
    const group = groups.get(key(span));
    if (group) group.push(span);
    else groups.set(key(span), [span]);
  }
  return [...groups.entries()].sort((a, b) => a[0] - b[0]).map(([, group]) => new SpansInOrder(group));
}

/** What a clause tells whichever of its dates asks: offsets are in the clause. */
export interface ClauseReading {
  text: string;
  actorMatches: ReturnType<typeof findActors>;
  actors: string[];
  /** Event cues, strong ones first. */
  cues: SpansInOrder<EventCue>[];
}

function readClause(clause: Clause): ClauseReading {
  let reading = clause.reading;
  if (reading) return reading;
  const text = clause.text;
  // One scan of the clause for its actors and event cues (the place is event-place.ts's), cut
  // from its paragraph's scan: the clause is read as if alone, its words are not scanned again.
  const scanned = scanSlice(scannedParagraph(clause.paragraph), clause.start, clause.end);
  const actorMatches = findActors(scanned);
  reading = {
    text,
    actorMatches,
    actors: [...new Set(actorMatches.map((match) => match.actor.en))],
    cues: groupBy(classifyEventAll(scanned), (cue) => (cue.strength === 'strong' ? 0 : 1)),
  };
  clause.reading = reading;
  return reading;
}

/**
 * The part of a clause a date's title is read from. A clause may date two happenings: `أعلنت
 * الوزارة يوم الأحد أنها بدأت التحضيرات لاجتماع اللجنة … في جنيف من 21 إلى 25 أيار`. The head
 * is the first date's (the announcement); a later date whose happening is named after that first
 * date (the meeting: its cue stands between the two) is titled from its cue on.
 */
function ownPart(clause: Clause, mention: Span, cue: EventCue | null, dates: readonly Span[] | undefined): Span {
  const relativeClause = relativeClauseOf(clause, mention);
  if (relativeClause) return relativeClause;
  if (!cue || cue.type === 'statement' || !dates) return clause;
  let cueStart = clause.start + cue.start;
  if (clause.start + cue.end > mention.start) return clause;
  const earlier = dates.filter((date) => date.start >= clause.start && date.end <= cueStart && date.start !== mention.start).at(-1);
  if (!earlier) return clause;
  // `للاتفاق النووي الذي أبرم في فيينا عام 2015`: a relative clause's verb is titled with what it is about.
  const relative = RELATIVE_BEFORE.exec(clause.paragraph.text.slice(Math.max(earlier.end, cueStart - ANTECEDENT_REACH), cueStart));
  if (relative) {
    const pronoun = cueStart - relative[0].length;
    const antecedent = readClause(clause)
      .cues.flatMap((group) => group.spans)
      .filter((other) => clause.start + other.end <= pronoun && clause.start + other.start >= earlier.end && pronoun - (clause.start + other.end) <= ANTECEDENT_REACH)
      .sort((a, b) => b.end - a.end)[0];
    if (antecedent) cueStart = clause.start + antecedent.start;
  }
  return { start: cueStart, end: clause.end };
}

/**
 * The relative clause a date stands in, from its antecedent on, when it is not the clause's head:
 * `تم التباحث في سبل تعزيز الشراكة الاستثنائية التي أعلن عنها البلدان في أكتوبر 2024` dates the
 * partnership's announcement, not the talks (told by another date): `الشراكة الاستثنائية التي أعلن
 * عنها البلدان`. "They discussed the partnership that the two countries announced in October 2024":
 * "The partnership that the two countries announced". Null when there is none.
 */
function relativeClauseOf(clause: Clause, mention: Span): Span | null {
  const text = clause.paragraph.text;
  const from = Math.max(clause.start, mention.start - RELATIVE_REACH);
  let pronoun = -1;
  for (const match of text.slice(from, mention.start).matchAll(RELATIVE_PRONOUN)) pronoun = from + match.index + match[0].length - match[1]!.length;
  if (pronoun < 0) return null;
  let start: number;
  if (clause.paragraph.language === 'ar') {
    // Arabic names a happening by a construct (`قمة مجموعة السبع`، `مؤتمر روما حول الهجرة`): the
    // antecedent starts at the happening's noun, the cue nearest before the pronoun (close enough).
    const noun = readClause(clause)
      .cues.flatMap((group) => group.spans)
      .filter((cue) => clause.start + cue.end <= pronoun && pronoun - (clause.start + cue.start) <= RELATIVE_ANTECEDENT_REACH)
      .sort((a, b) => b.start - a.start)[0];
    if (!noun) return null;
    start = clause.start + noun.start;
  } else {
    const antecedent = ENGLISH_ANTECEDENT.exec(text.slice(Math.max(clause.start, pronoun - RELATIVE_ANTECEDENT_REACH), pronoun));
    if (!antecedent) return null;
    start = pronoun - antecedent[1]!.length;
  }
  // A clause that opens with its antecedent (or its verb and then it: `استقبل الرئيس الوفد الذي
  // وصل`, where the definite words are subject and object) is told by its head: it says both.
  if ((text.slice(clause.start, start).match(/\S+/gu)?.length ?? 0) < 2) return null;
  return { start, end: clause.end };
}

/** The Arabic relative pronouns, one list for the patterns that look for a relative clause. */
const ARABIC_RELATIVE_PRONOUNS = 'الذي|التي|الذين|اللذين|اللتين|اللذان|اللتان';
/** How far before its date a relative pronoun may open the clause that holds it (characters). */
const RELATIVE_REACH = 70;
/** A relative pronoun (as a word): `التي`، "which", "that" (not after a verb of saying, where it opens what was said). */
const RELATIVE_PRONOUN =
  new RegExp(`(?:^|[\\s،,])(${ARABIC_RELATIVE_PRONOUNS}|which|(?<!\\b(?:said|says|say|announced|stated|noted|added|told|warned|believes?|hoped?|hopes|reported|confirmed|argued|insisted|acknowledged|agreed|stressed|denied|claimed|knew|know|thought|think|feared|fear)\\s)that)(?=\\s)`, 'giu');
/** How far before its pronoun (characters, from its start) a relative clause's antecedent may start, in either language. */
const RELATIVE_ANTECEDENT_REACH = 48;
/** A noun phrase opened by a determiner before the pronoun: "the partnership", "a deal signed". */
const ENGLISH_ANTECEDENT = /\b((?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3})$/iu;

/** A relative pronoun right before a verb: `الذي أبرم`، "that was signed". */
const RELATIVE_BEFORE = new RegExp(`(?:^|\\s)(?:${ARABIC_RELATIVE_PRONOUNS}|which|that)\\s+(?:(?:was|were|had|has|have|been)\\s+)*$`, 'iu');
/** How far before its relative pronoun (in characters) the happening a relative clause is about may be named. */
const ANTECEDENT_REACH = 32;

/**
 * Whether a clause tells a happening by a strong cue (a visit, a meeting, a call, an agreement, a
 * strike, a vote…), a statement aside: what not-events.ts asks of a date framing a recent window.
 */
export function tellsHappening(clause: Clause): boolean {
  return readClause(clause).cues.some((group) => group.spans.some((cue) => cue.strength === 'strong' && cue.type !== 'statement'));
}

/**
 * The last `count` words before `end` (after the spaces and commas right before it), as
 * `text.slice(0, end)` without trailing separators, split at white space, would end: read
 * backwards from `end`, never from the paragraph's start.
 */
function wordsBefore(text: string, end: number, count: number): string {
  let stop = end;
  while (stop > 0 && /[\s،,]/u.test(text[stop - 1]!)) stop--;
  let from = stop;
  for (let gaps = 0; from > 0; ) {
    if (!/\s/.test(text[from - 1]!)) from--;
    else if (gaps === count - 1) break;
    else for (gaps++; from > 0 && /\s/.test(text[from - 1]!); ) from--;
  }
  return text.slice(from, stop).split(/\s+/).join(' ');
}

/** A title of this many words or fewer says too little alone. */
const SHORT_TITLE_WORDS = 2;

/** The longest title, in words, a subject put before a clause's title makes. */
const SUBJECT_TITLE_MAX_WORDS = 14;

/** "Talks on a trade deal" + "Stalled" → "Talks on a trade deal stalled", cut to SUBJECT_TITLE_MAX_WORDS. */
function withSubject(subject: string, title: string): string {
  const words = `${subject} ${title[0]!.toLowerCase()}${title.slice(1)}`.replace(/…$/, '').split(' ');
  return words.length > SUBJECT_TITLE_MAX_WORDS ? `${words.slice(0, SUBJECT_TITLE_MAX_WORDS).join(' ')}…` : words.join(' ');
}

/**
 * Describes the happening a mention dates from its clause: title, place, actors and type. With
 * a context, the place may come from the article around the clause (see event-place.ts).
 */
export function describeEvent(clause: Clause, mention: Span, context?: EventContext): EventDescription {
  const paragraph: ParagraphText = clause.paragraph;
  const reading = readClause(clause);
  const mentionInClause = { start: mention.start - clause.start, end: mention.end - clause.start };
  const distance = (span: Span) =>
    span.end <= mentionInClause.start ? mentionInClause.start - span.end : Math.max(0, span.start - mentionInClause.end);
  // The verb that governs the clause: strong cues (عقد، زار، توصل) before weak ones, then the nearest.
  const cue = nearestOfBest(reading.cues, mentionInClause, distance) ?? null;
  const type = cue?.type ?? null;
  const located = (context?.places ?? CLAUSE_ONLY).placeOf({
    clause,
    mention,
    cue,
    actors: reading.actorMatches,
    paragraph: context?.paragraph,
    relative: context?.relative,
  });
  const place = located?.match ?? null;
  const part = ownPart(clause, mention, cue, context?.dates);
  let title = titleFromClause(paragraph, part, mention) || clauseAsTitle(paragraph, clause);
  // Titled from its cue on: `للاتفاق النووي` → `الاتفاق النووي`، `لاجتماع اللجنة` → `اجتماع اللجنة`.
  if (part !== clause) title = title.replace(/^لل(?=\S{2})/u, 'ال').replace(/^[بل](?=ال\S{2})/u, '');
  // A short relative clause (`الذي أعطيت انطلاقته`) says nothing without what it is about: the
  // last words before it name it (`أشغال الطريق الرابط ...، الذي أعطيت انطلاقته`).
  if (RELATIVE_OPENER.test(title) && title.split(' ').length < 6) {
    const antecedent = wordsBefore(paragraph.text, clause.start, ANTECEDENT_WORDS);
    if (antecedent && !/[.!?؟]$/.test(antecedent)) title = `${dropOpeners(antecedent.replace(/^[وف](?=\S{4})/u, ''), paragraph.language)}، ${title}`;
  }
  // "Talks on a trade deal, launched in 2019, stalled in March": the clause lost its subject to the commas.
  const subject = paragraph.language === 'en' && title ? lostSubject(paragraph.text, clause.start) : null;
  if (subject) title = withSubject(subject, title);
  // Otherwise a title of a word or two (`South Africa` in "signed in Pretoria, South Africa on
  // November 2"; a participle, `المنعقدة بنواكشوط`) is a piece the commas cut off: read with the
  // piece before its comma, when that piece dates nothing else.
  else if (part === clause && title && title.split(' ').length <= SHORT_TITLE_WORDS) {
    const before = pieceBeforeComma(paragraph, clause);
    if (before && !context?.dates?.some((date) => date.start < before.end && date.end > before.start)) {
      const wider = titleFromClause(paragraph, { start: before.start, end: clause.end }, mention);
      const widerSubject = paragraph.language === 'en' && wider ? lostSubject(paragraph.text, before.start) : null;
      if (wider.split(' ').length > title.split(' ').length) title = widerSubject ? withSubject(widerSubject, wider) : wider;
    }
  }
  const titleEn = gloss({
    type,
    place: place?.place ?? null,
    actors: reading.actorMatches.map((match) => match.actor),
  });
  return { title, titleEn, place, placeFrom: located?.from ?? null, actors: [...reading.actors], type };
}
