/**
 * What an event is, read from the clause of its date: its place, actors, type and title.
 * What depends on the clause alone (its places, actors, event cues) is read once per
 * clause; what depends on where the date stands in it (the nearest place or cue, the title)
 * once per mention.
 */
import { clauseAsTitle, titleFromClause, type Clause, type Span } from './clause.ts';
import { classifyEventAll, findActors, findPlaces, gloss, scan, type EventCue, type PlaceMatch } from './gazetteer/index.ts';
import type { ParagraphText } from './paragraph-text.ts';

export interface EventDescription {
  title: string;
  titleEn: string | null;
  place: PlaceMatch | null;
  actors: string[];
  type: string | null;
}

/** Relative pronouns and participles that open a clause about something named before it. */
const RELATIVE_OPENER = /^(?:الذي|التي|الذين|اللذان|اللتان|اللذين|اللتين|which|who)\s/iu;
const ANTECEDENT_WORDS = 6;

const KIND_RANK: Record<string, number> = { capital: 0, city: 0, sea: 1, region: 2, country: 3 };

/** `حيث` opening the clause: "where", the place told just before. */
const WHERE_OPENER = /^\s*[وف]?حيث\s/u;
/** How far before a `حيث` clause its place is looked for. */
const WHERE_LOOKBACK = 40;
/** Words of an office or institution right before a place name: the place says whose, not where. */
const TITLE_BEFORE =
  /(?:^|\s)(?:[وف]?(?:رئيس|رئيسه|حكومه|وزير|وزيره|وزاره|سفير|سفيره|سفاره|قنصل|برلمان|خارجيه|داخليه|دفاع|امير|ملك|نائب|مبعوث|رئاسه)|(?:government|minister|president|prime minister|ambassador|embassy|king|foreign minister) of)\s{1,3}$/iu;
/** `المبعوث الأميركي إلى الشرق الأوسط`، `ambassador to Lebanon`: the place of the office, not of the happening. */
const ENVOY_TO_BEFORE =
  /(?:^|\s)(?:ال)?(?:مبعوث|سفير|ممثل|مندوب|منسق|موفد)(?:ه|ين)?(?:\s{1,3}[^\s]{2,20}){0,2}\s{1,3}(?:الي|لدي)\s{1,3}$|\b(?:envoy|ambassador|representative|coordinator)\s{1,3}to\s{1,3}(?:the\s{1,3})?$/iu;
/** How much of the text before a place name the office rules read. */
const OFFICE_LOOKBACK = 48;

/** The normalized text of the clause's [start, end) (offsets in the clause), never reaching before the clause. */
function clauseWindow(clause: Clause, start: number, end: number): string {
  return clause.paragraph.normalizedSlice(clause.start + Math.max(0, start), clause.start + end);
}

/** A place named in an office (رئيس حكومة إقليم كردستان، وزير خارجية فرنسا) is whose official it is, not where. */
function inOffice(clause: Clause, match: PlaceMatch): boolean {
  const before = clauseWindow(clause, match.start - OFFICE_LOOKBACK, match.start);
  return TITLE_BEFORE.test(before) || ENVOY_TO_BEFORE.test(before);
}

/**
 * `زاخو بمحافظة دهوك`، `Zakho, in Duhok province`: the second place only says where the first is;
 * the happening is in the first.
 */
const CONTAINER_BETWEEN = /^\s{0,3}[،,]?\s{0,3}(?:(?:ب|في\s{1,3})(?:محافظه|ولايه|اقليم|منطقه|مقاطعه|قضاء|جهه)\s{1,3}|in\s{1,3}(?:the\s{1,3})?(?:province|region|governorate)\s{1,3}of\s{1,3})$/iu;
function withoutContainers(clause: Clause, matches: PlaceMatch[]): PlaceMatch[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start);
  return sorted.filter((match, i) => {
    const previous = sorted[i - 1];
    if (!previous || previous.place.kind === 'country' || previous.place.kind === 'region') return true;
    return !CONTAINER_BETWEEN.test(clauseWindow(clause, previous.end, match.start));
  });
}

/**
 * `الحرب بين إسرائيل وإيران`، `talks between Russia and Ukraine`: two countries as the parties of a
 * happening are its actors, not where it happened.
 */
const BETWEEN_BEFORE = /(?:^|\s)(?:[وف]?بين|between)\s{1,3}(?:the\s{1,3})?$/iu;
const AND_BETWEEN = /^\s{0,3}(?:و|and\s{1,3}(?:the\s{1,3})?)$/iu;
const BETWEEN_LOOKBACK = 24;
/** `sorted` in text order (as withoutContainers returns them). */
function withoutCountryPairs(clause: Clause, text: string, sorted: PlaceMatch[]): PlaceMatch[] {
  const parties = new Set<PlaceMatch>();
  sorted.forEach((a, i) => {
    const b = sorted[i + 1];
    if (!b || a.place.kind !== 'country' || b.place.kind !== 'country') return;
    const before = clauseWindow(clause, a.start - BETWEEN_LOOKBACK, a.start);
    if (BETWEEN_BEFORE.test(before) && AND_BETWEEN.test(text.slice(a.end, b.start))) parties.add(a).add(b);
  });
  return sorted.filter((match) => !parties.has(match));
}

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
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (spans[mid]!.end <= mention.start) lo = mid + 1;
      else hi = mid;
    }
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
  /** Places that can be where it happened, by rank (likeliest first), each in text order. */
  places: SpansInOrder<PlaceMatch>[];
  /** The place a `حيث` clause refers back to, when it opens with one. */
  whereBefore: PlaceMatch | null;
  actorMatches: ReturnType<typeof findActors>;
  actors: string[];
  /** Event cues, strong ones first. */
  cues: SpansInOrder<EventCue>[];
}

function readClause(clause: Clause): ClauseReading {
  let reading = clause.reading;
  if (reading) return reading;
  const paragraph = clause.paragraph;
  const text = clause.text;
  // One scan of the clause for its places, actors and event cues.
  const scanned = scan(text);
  const found = withoutCountryPairs(clause, text, withoutContainers(clause, findPlaces(scanned)));
  const places = groupBy(found, (match) => (KIND_RANK[match.place.kind] ?? 9) + (inOffice(clause, match) ? 10 : 0));
  // `قادماً من أربيل، حيث التقى ...`: حيث ("where") takes the place just named before it.
  let whereBefore: PlaceMatch | null = null;
  if (paragraph.language === 'ar' && WHERE_OPENER.test(clause.normalized)) {
    const before = paragraph.text.slice(Math.max(0, clause.start - WHERE_LOOKBACK), clause.start);
    const previous = findPlaces(before).filter((match) => match.place.kind !== 'country').at(-1);
    if (previous && /^[\s،,]*$/u.test(before.slice(previous.end))) whereBefore = previous;
  }
  const actorMatches = findActors(scanned);
  reading = {
    text,
    places,
    whereBefore,
    actorMatches,
    actors: [...new Set(actorMatches.map((match) => match.actor.en))],
    cues: groupBy(classifyEventAll(scanned), (cue) => (cue.strength === 'strong' ? 0 : 1)),
  };
  clause.reading = reading;
  return reading;
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

/** Describes the happening a mention dates from its clause: title, place, actors and type. */
export function describeEvent(clause: Clause, mention: Span): EventDescription {
  const paragraph: ParagraphText = clause.paragraph;
  const reading = readClause(clause);
  const mentionInClause = { start: mention.start - clause.start, end: mention.end - clause.start };
  const distance = (span: Span) =>
    span.end <= mentionInClause.start ? mentionInClause.start - span.end : Math.max(0, span.start - mentionInClause.end);
  const place = reading.whereBefore ?? nearestOfBest(reading.places, mentionInClause, distance) ?? null;
  // The verb that governs the clause: strong cues (عقد، زار، توصل) before weak ones, then the nearest.
  const type = nearestOfBest(reading.cues, mentionInClause, distance)?.type ?? null;
  let title = titleFromClause(paragraph, clause, mention) || clauseAsTitle(paragraph, clause);
  // A short relative clause (`الذي أعطيت انطلاقته`) says nothing without what it is about: the
  // last words before it name it (`أشغال الطريق الرابط ...، الذي أعطيت انطلاقته`).
  if (RELATIVE_OPENER.test(title) && title.split(' ').length < 6) {
    const antecedent = wordsBefore(paragraph.text, clause.start, ANTECEDENT_WORDS);
    if (antecedent && !/[.!?؟]$/.test(antecedent)) title = `${antecedent.replace(/^[وف](?=\S{4})/u, '')}، ${title}`;
  }
  const titleEn = gloss({
    type,
    place: place?.place ?? null,
    actors: reading.actorMatches.map((match) => match.actor),
  });
  return { title, titleEn, place, actors: [...reading.actors], type };
}
