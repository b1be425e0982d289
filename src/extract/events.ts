/**
 * From date mentions to events: which mentions date a happening, the clause that tells
 * it, its title, place, actors and type; then one event per happening across a corpus,
 * with every source kept.
 */
import type { Article, EventDate, EventSource, EventsDocument, TimelineEvent } from '../events/schema.ts';
import { EVENTS_FORMAT, EVENTS_VERSION } from '../events/schema.ts';
import { classifyParagraphs, splitParagraphs, detectLanguage, type ArticleInput, type Paragraph } from './article.ts';
import { clauseAround, titleFromClause, type Span } from './clause.ts';
import { findDateMentions } from './dates/index.ts';
import type { DateMention } from './dates/types.ts';
import { findPlaces, findActors, classifyEventAll, gloss, glossaryOf } from './gazetteer/index.ts';
import { normalizeArabic } from './normalize.ts';
import { isAbsolute, relative, sep } from 'node:path';

/** The `length` characters of `text` before `at`, normalized (what rules about a mention's left context read). */
function normalizedBefore(text: string, at: number, length: number): string {
  return normalizeArabic(text.slice(Math.max(0, at - length), at)).text;
}

export interface Warning {
  article?: string;
  message: string;
}

export interface ArticleExtraction {
  article: Article;
  /** Every date expression in the article text, with offsets into the whole text. */
  mentions: DateMention[];
  /** One candidate event per dated happening, before merging across articles. */
  events: TimelineEvent[];
  warnings: Warning[];
}

/** Date phrases that mean "nowadays", "to this day" rather than a day: not events. */
// Matched on normalized text (ى→ي, ة→ه, أ/إ→ا).
const GENERIC_TODAY_BEFORE = /(?:حتي|لغايه|الي|عالم|until|to|of)\s*$/iu;
/**
 * A period named as a deadline or a horizon, not a happening: `قبل نهاية العام الجاري`،
 * `بحلول عام 2030`، `by 2030`, `before the end of the year`.
 */
const DEADLINE_BEFORE = /(?:^|\s)(?:قبل|بحلول|مع حلول|by|before)\s*$/iu;
/** A day that comes back every year (`في 8 فيفري من كل سنة`، `every March 8`): a commemoration, not a happening. */
const RECURRING_AFTER = /^\s{0,3}(?:من\s{1,3})?(?:كل|كـل)\s{1,3}(?:عام|سنه|شهر|اسبوع)|^\s{0,3}(?:سنويا|of\s{1,3}(?:each|every)\s{1,3}year|each\s{1,3}year|every\s{1,3}year)/iu;
const RECURRING_BEFORE = /(?:^|\s)(?:every|each)\s{1,3}$/iu;
const DATELINE_AFTER = /^\s*(?:\([^)]{1,40}\)\s*)?[-–—]/u;

/** A mention at the head of a paragraph in "CITY, DATE (AGENCY) -" form is a dateline. */
function isDateline(paragraph: Paragraph, start: number, end: number): boolean {
  const before = paragraph.text.slice(0, start);
  if (before.split(/\s+/).filter(Boolean).length > 3) return false;
  return paragraph.byline || DATELINE_AFTER.test(paragraph.text.slice(end));
}

function isGenericToday(paragraph: string, mention: DateMention, start: number): boolean {
  if (mention.precision !== 'day' || !mention.relative) return false;
  return GENERIC_TODAY_BEFORE.test(normalizedBefore(paragraph, start, 12));
}

function isRecurring(paragraph: string, mention: DateMention, start: number, end: number): boolean {
  if (mention.precision !== 'day' || mention.relative) return false;
  const after = normalizeArabic(paragraph.slice(end, end + 24)).text;
  return RECURRING_AFTER.test(after) || RECURRING_BEFORE.test(paragraph.slice(Math.max(0, start - 8), start));
}

/**
 * A figure measured over a year or a month (`بلغت المبادلات خلال سنة 2024 أزيد من 400 مليون
 * دولار`، `exports rose 12 percent in 2024`): a statistic, not a happening.
 */
const MEASURE_VERB = /(?:^|\s)[وف]?(?:بلغ|بلغت|ارتفع|ارتفعت|تراجع|تراجعت|انخفض|انخفضت|سجل|سجلت|نما|نمت|تجاوز|تجاوزت|ناهز|ناهزت|reached|rose|fell|grew|totall?ed|exceeded|climbed|dropped)(?:\s|$)/iu;
const QUANTITY = /\d[\d.,]*\s{0,2}(?:%|مليون|مليار|الف|في\s{1,2}الما?[ئي]ه|بالما?[ئي]ه|percent|per\s{1,2}cent|million|billion|trillion)/iu;
function isStatistic(clause: string, mention: DateMention): boolean {
  if (mention.precision !== 'year' && mention.precision !== 'month') return false;
  const text = normalizeArabic(clause).text;
  return MEASURE_VERB.test(text) && QUANTITY.test(text);
}

function isDeadline(paragraph: string, mention: DateMention, start: number): boolean {
  if (!mention.approximate && mention.precision !== 'year') return false;
  return DEADLINE_BEFORE.test(normalizedBefore(paragraph, start, 16));
}

function eventDate(mention: DateMention): EventDate | null {
  if (!mention.startDate || !mention.endDate) return null;
  const date: EventDate = {
    edtf: mention.value,
    start: mention.startDate,
    end: mention.endDate,
    precision: mention.precision,
    certainty: mention.certainty,
  };
  if (mention.approximate) date.approximate = true;
  if (mention.calendar === 'hijri') {
    date.calendar = 'hijri';
    if (mention.original) date.original = mention.original;
  }
  return date;
}

/** Relative pronouns and participles that open a clause about something named before it. */
const RELATIVE_OPENER = /^(?:الذي|التي|الذين|اللذان|اللتان|اللذين|اللتين|which|who)\s/iu;
const ANTECEDENT_WORDS = 6;

const KIND_RANK: Record<string, number> = { capital: 0, city: 0, sea: 1, region: 2, country: 3 };

type PlaceMatch = ReturnType<typeof findPlaces>[number];

/** `حيث` opening the clause: "where", the place told just before. */
const WHERE_OPENER = /^\s*[وف]?حيث\s/u;
/** Words of an office or institution right before a place name: the place says whose, not where. */
const TITLE_BEFORE =
  /(?:^|\s)(?:[وف]?(?:رئيس|رئيسه|حكومه|وزير|وزيره|وزاره|سفير|سفيره|سفاره|قنصل|برلمان|خارجيه|داخليه|دفاع|امير|ملك|نائب|مبعوث|رئاسه)|(?:government|minister|president|prime minister|ambassador|embassy|king|foreign minister) of)\s{1,3}$/iu;
/** `المبعوث الأميركي إلى الشرق الأوسط`، `ambassador to Lebanon`: the place of the office, not of the happening. */
const ENVOY_TO_BEFORE =
  /(?:^|\s)(?:ال)?(?:مبعوث|سفير|ممثل|مندوب|منسق|موفد)(?:ه|ين)?(?:\s{1,3}[^\s]{2,20}){0,2}\s{1,3}(?:الي|لدي)\s{1,3}$|\b(?:envoy|ambassador|representative|coordinator)\s{1,3}to\s{1,3}(?:the\s{1,3})?$/iu;
function inTitle(text: string, match: PlaceMatch): boolean {
  const before = normalizedBefore(text, match.start, 48);
  return TITLE_BEFORE.test(before) || ENVOY_TO_BEFORE.test(before);
}

/**
 * `زاخو بمحافظة دهوك`، `Zakho, in Duhok province`: the second place only says where the first is;
 * the happening is in the first.
 */
const CONTAINER_BETWEEN = /^\s{0,3}[،,]?\s{0,3}(?:(?:ب|في\s{1,3})(?:محافظه|ولايه|اقليم|منطقه|مقاطعه|قضاء|جهه)\s{1,3}|in\s{1,3}(?:the\s{1,3})?(?:province|region|governorate)\s{1,3}of\s{1,3})$/iu;
function withoutContainers(text: string, matches: PlaceMatch[]): PlaceMatch[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start);
  return sorted.filter((match, i) => {
    const previous = sorted[i - 1];
    if (!previous || previous.place.kind === 'country' || previous.place.kind === 'region') return true;
    return !CONTAINER_BETWEEN.test(normalizeArabic(text.slice(previous.end, match.start)).text);
  });
}

/**
 * `الحرب بين إسرائيل وإيران`، `talks between Russia and Ukraine`: two countries as the parties of a
 * happening are its actors, not where it happened.
 */
const BETWEEN_BEFORE = /(?:^|\s)(?:[وف]?بين|between)\s{1,3}(?:the\s{1,3})?$/iu;
const AND_BETWEEN = /^\s{0,3}(?:و|and\s{1,3}(?:the\s{1,3})?)$/iu;
/** `matches` in text order (as withoutContainers returns them). */
function withoutCountryPairs(text: string, sorted: PlaceMatch[]): PlaceMatch[] {
  const parties = new Set<PlaceMatch>();
  sorted.forEach((a, i) => {
    const b = sorted[i + 1];
    if (!b || a.place.kind !== 'country' || b.place.kind !== 'country') return;
    const before = normalizedBefore(text, a.start, 24);
    if (BETWEEN_BEFORE.test(before) && AND_BETWEEN.test(text.slice(a.end, b.start))) parties.add(a).add(b);
  });
  return sorted.filter((match) => !parties.has(match));
}

/** Describes a happening from its clause: title, place, actors and type. */
function describe(paragraph: string, clause: Span, mention: Span, language: 'ar' | 'en') {
  const text = paragraph.slice(clause.start, clause.end);
  const mentionInClause = { start: mention.start - clause.start, end: mention.end - clause.start };
  const distance = (span: Span) =>
    span.end <= mentionInClause.start ? mentionInClause.start - span.end : Math.max(0, span.start - mentionInClause.end);
  const found = withoutCountryPairs(text, withoutContainers(text, findPlaces(text)));
  // A place named in an office (رئيس حكومة إقليم كردستان، وزير خارجية فرنسا) is whose official it is, not where.
  const rank = (match: PlaceMatch) => (KIND_RANK[match.place.kind] ?? 9) + (inTitle(text, match) ? 10 : 0);
  const places = found.sort((a, b) => rank(a) - rank(b) || distance(a) - distance(b));
  let place = places[0] ?? null;
  // `قادماً من أربيل، حيث التقى ...`: حيث ("where") takes the place just named before it.
  if (language === 'ar' && WHERE_OPENER.test(normalizeArabic(text).text)) {
    const before = paragraph.slice(Math.max(0, clause.start - 40), clause.start);
    const previous = findPlaces(before).filter((match) => match.place.kind !== 'country').at(-1);
    if (previous && /^[\s،,]*$/u.test(before.slice(previous.end))) place = previous;
  }
  const actorMatches = findActors(text);
  const actors = [...new Set(actorMatches.map((match) => match.actor.en))];
  // The verb that governs the clause: strong cues (عقد، زار، توصل) before weak ones, then the nearest.
  const cues = classifyEventAll(text).sort((a, b) => Number(b.strength === 'strong') - Number(a.strength === 'strong') || distance(a) - distance(b));
  const type = cues[0]?.type ?? null;
  let title = titleFromClause(paragraph, clause, mention, language) || text.trim();
  // A short relative clause (`الذي أعطيت انطلاقته`) says nothing without what it is about: the
  // last words before it name it (`أشغال الطريق الرابط ...، الذي أعطيت انطلاقته`).
  if (RELATIVE_OPENER.test(title) && title.split(' ').length < 6) {
    const antecedent = paragraph.slice(0, clause.start).replace(/[\s،,]+$/u, '').split(/\s+/).slice(-ANTECEDENT_WORDS).join(' ');
    if (antecedent && !/[.!?؟]$/.test(antecedent)) title = `${antecedent.replace(/^[وف](?=\S{4})/u, '')}، ${title}`;
  }
  const titleEn = gloss({
    type,
    place: place?.place ?? null,
    actors: actorMatches.map((match) => match.actor),
  });
  return { title, titleEn, place, actors, type };
}

function slug(value: string): string {
  return (
    value
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'event'
  );
}

/** Extracts one article: its paragraphs, its date mentions, and the events they date. */
export function extractArticle(input: ArticleInput, options: { ref?: string | null } = {}): ArticleExtraction {
  const warnings: Warning[] = [];
  const language = input.metadata.language ?? detectLanguage(input.text);
  const paragraphs = classifyParagraphs(splitParagraphs(input.text));
  let ref = options.ref ?? input.metadata.published ?? null;

  // Without a publication date, a dateline with a full stated date stands in for it.
  if (!ref) {
    for (const paragraph of paragraphs.slice(0, 4)) {
      const dateline = findDateMentions(paragraph.text, { language }).find(
        (mention) => mention.precision === 'day' && mention.certainty === 'stated' && isDateline(paragraph, mention.start, mention.end),
      );
      if (dateline?.startDate) {
        ref = dateline.startDate;
        warnings.push({ article: input.id, message: `no publication date in metadata; using the dateline's ${ref}` });
        break;
      }
    }
  }

  const mentions = findDateMentions(input.text, { ref, language });
  const article: Article = {
    id: input.id,
    title: input.metadata.title ?? paragraphs[0]?.text ?? input.id,
    published: ref && /^\d{4}-\d{2}-\d{2}$/.test(ref) ? ref : null,
    source: input.metadata.source ?? null,
    byline: input.metadata.byline ?? paragraphs.find((p) => p.byline)?.text ?? null,
    language,
    url: input.metadata.url ?? null,
    paragraphs: paragraphs.map((p) => p.text),
  };
  if (input.file) article.file = portablePath(input.file);

  const events: TimelineEvent[] = [];
  let unplaced = 0;
  for (const mention of mentions) {
    const paragraph = paragraphs.find((p) => mention.start >= p.start && mention.end <= p.start + p.text.length);
    if (!paragraph || paragraph.boilerplate) continue;
    const span = { start: mention.start - paragraph.start, end: mention.end - paragraph.start };
    if (paragraph.index === 0 && paragraphs.length > 1) continue; // the headline repeats the body
    if (isDateline(paragraph, span.start, span.end) || isGenericToday(paragraph.text, mention, span.start)) continue;
    if (isDeadline(paragraph.text, mention, span.start) || isRecurring(paragraph.text, mention, span.start, span.end)) continue;
    const date = eventDate(mention);
    if (!date) {
      unplaced++;
      continue;
    }
    const clause = clauseAround(paragraph.text, span, language);
    if (isStatistic(paragraph.text.slice(clause.start, clause.end), mention)) continue;
    const description = describe(paragraph.text, clause, span, language);
    const source: EventSource = {
      article: input.id,
      paragraph: paragraph.index,
      mention: { text: mention.text, start: span.start, end: span.end },
    };
    const event: TimelineEvent = {
      id: '',
      date,
      title: description.title,
      titleEn: description.titleEn,
      place: description.place?.place.en ?? null,
      placeLocal: description.place?.text ?? null,
      coordinates: description.place?.place.coordinates ?? null,
      type: description.type,
      actors: description.actors,
      sources: [source],
    };
    events.push(event);
  }
  if (unplaced) {
    warnings.push({
      article: input.id,
      message: `${unplaced} date${unplaced > 1 ? 's' : ''} could not be placed in time (no publication date to resolve them against)`,
    });
  }
  return { article, mentions, events, warnings };
}

function sharedActors(a: TimelineEvent, b: TimelineEvent): number {
  const actorsA = new Set(a.actors ?? []);
  return (b.actors ?? []).filter((actor) => actorsA.has(actor)).length;
}

/** Same happening told twice: same place (or the same actors), compatible types. */
function sameStory(a: TimelineEvent, b: TimelineEvent): boolean {
  if (a.type && b.type && a.type !== b.type) return false;
  if (a.place && b.place) return a.place === b.place && (sharedActors(a, b) >= 1 || Boolean(a.type && a.type === b.type));
  const shared = sharedActors(a, b);
  return shared >= 2 || (shared >= 1 && Boolean(a.type) && a.type === b.type);
}

function dayNumber(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
}

/** Same date within its precision: the same interval, or a day inside the other's week or month. */
function sameDate(a: TimelineEvent, b: TimelineEvent): boolean {
  if (a.date.start === b.date.start && a.date.end === b.date.end) return true;
  const aInB = a.date.precision === 'day' && a.date.start >= b.date.start && a.date.end <= b.date.end && b.date.precision !== 'year';
  const bInA = b.date.precision === 'day' && b.date.start >= a.date.start && b.date.end <= a.date.end && a.date.precision !== 'year';
  return aInB || bInA;
}

/** Two sources giving different days, a few days apart, for one happening: a conflict to flag. */
const CONFLICT_WINDOW_DAYS = 3;
function conflictingDate(a: TimelineEvent, b: TimelineEvent): boolean {
  return (
    a.date.precision === 'day' &&
    b.date.precision === 'day' &&
    a.date.start !== b.date.start &&
    Math.abs(dayNumber(a.date.start) - dayNumber(b.date.start)) <= CONFLICT_WINDOW_DAYS &&
    Boolean(a.type) &&
    a.type === b.type &&
    Boolean(a.place) &&
    a.place === b.place
  );
}

/**
 * Merges the candidate events of many articles: the same happening reported by several
 * sources becomes one event with every source; events get stable, readable ids.
 */
export function buildDocument(extractions: ArticleExtraction[]): EventsDocument {
  const merged: TimelineEvent[] = [];
  for (const extraction of extractions) {
    for (const candidate of extraction.events) {
      // One article tells a happening once; twins come from other articles.
      const fromOtherArticle = (event: TimelineEvent) => !event.sources.some((s) => s.article === candidate.sources[0]!.article);
      const twin = merged.find((event) => fromOtherArticle(event) && sameDate(event, candidate) && sameStory(event, candidate));
      if (twin) {
        // Keep the most precise date among the sources.
        if (candidate.date.precision === 'day' && twin.date.precision !== 'day') twin.date = candidate.date;
        if (!twin.place && candidate.place) Object.assign(twin, { place: candidate.place, placeLocal: candidate.placeLocal, coordinates: candidate.coordinates });
        twin.actors = [...new Set([...(twin.actors ?? []), ...(candidate.actors ?? [])])];
        twin.sources.push(...candidate.sources);
        continue;
      }
      const rival = merged.find((event) => fromOtherArticle(event) && conflictingDate(event, candidate) && sameStory(event, candidate));
      if (rival) {
        rival.conflict = true;
        rival.sources.push(...candidate.sources.map((source) => ({ ...source, date: candidate.date.edtf })));
        continue;
      }
      merged.push({ ...candidate, sources: [...candidate.sources] });
    }
  }
  merged.sort((a, b) => a.date.start.localeCompare(b.date.start) || a.date.end.localeCompare(b.date.end) || a.title.localeCompare(b.title));
  const used = new Map<string, number>();
  for (const event of merged) {
    const base = `${event.date.start}-${slug(event.place ?? event.type ?? 'event')}`;
    const count = (used.get(base) ?? 0) + 1;
    used.set(base, count);
    event.id = count === 1 ? base : `${base}-${count}`;
  }
  return {
    format: EVENTS_FORMAT,
    version: EVENTS_VERSION,
    articles: extractions.map((extraction) => extraction.article).sort((a, b) => a.id.localeCompare(b.id)),
    events: merged,
    names: glossaryOf(merged),
  };
}

/**
 * The article's file as the document records it: relative to the working directory with `/`
 * (so a committed events document names no machine's folders), or as given when outside it.
 */
export function portablePath(file: string): string {
  const inside = relative(process.cwd(), file);
  const path = !inside || inside.startsWith('..') || isAbsolute(inside) ? file : inside;
  return path.split(sep).join('/');
}
