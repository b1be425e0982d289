/**
 * One event per happening across a corpus: the candidate events of every article merged
 * (the same happening told by several sources becomes one event with every source, sources
 * that disagree by a few days are kept and flagged), then given stable, readable ids.
 */
import type { EventsDocument, TimelineEvent } from '../events/schema.ts';
import { EVENTS_FORMAT, EVENTS_VERSION, isCalendarDay } from '../events/schema.ts';
import type { ArticleExtraction } from './article-events.ts';
import { glossaryOf } from './gazetteer/index.ts';
import { assignEventIds } from '../events/event-ids.ts';
import { adoptDateReasons, assessEvent, assessmentContext } from '../events/confidence.ts';

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

const DAY_MS = 86_400_000;
function dayNumber(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
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

/** The events merged so far, and which of them may share a date with a candidate. */
export interface MergedEvents {
  add(event: TimelineEvent): void;
  /** `event.date` has changed: find it under its new date too. */
  redated(event: TimelineEvent): void;
  /**
   * In the order they were added, every merged event that may have the same date as the
   * candidate or conflict with it (sameDate, conflictingDate); others may come along.
   */
  near(candidate: TimelineEvent): readonly TimelineEvent[];
}

/** The straightforward lookup: every merged event is near every candidate (quadratic; the oracle for DateIndex). */
export class EveryMergedEvent implements MergedEvents {
  private readonly all: TimelineEvent[] = [];
  add(event: TimelineEvent): void {
    this.all.push(event);
  }
  redated(): void {}
  near(): readonly TimelineEvent[] {
    return this.all;
  }
}

/** An interval at most this long is filed under each of its days; a longer one under each of its months. */
const SHORT_SPAN_DAYS = 62;
/** An interval over this many months is filed nowhere in particular: it is near every candidate. */
const WIDE_SPAN_MONTHS = 1200;

/** The day number of a calendar day as the index files it; NaN for a string that is not one (Date.parse would roll 2025-02-30 over). */
function indexDay(iso: string): number {
  return isCalendarDay(iso) ? dayNumber(iso) : NaN;
}

function monthOf(day: number): number {
  const date = new Date(day * DAY_MS);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

/** Adds every event filed under the keys from..to (whichever is fewer: the keys or the map's entries). */
function collect(into: Set<TimelineEvent>, map: Map<number, TimelineEvent[]>, from: number, to: number): void {
  if (to - from + 1 <= map.size) {
    for (let key = from; key <= to; key++) for (const event of map.get(key) ?? []) into.add(event);
  } else {
    for (const [key, events] of map) if (key >= from && key <= to) for (const event of events) into.add(event);
  }
}

function file(map: Map<number, TimelineEvent[]>, key: number, event: TimelineEvent): void {
  const events = map.get(key);
  if (events) events.push(event);
  else map.set(key, [event]);
}

/**
 * Merged events filed by date, so that a candidate is compared with the few events whose
 * interval can meet its own, not with every event of the corpus. What sameDate and
 * conflictingDate can match, and where it is found:
 * - the same interval: by interval;
 * - a day inside the candidate (not a year): a short event under one of the candidate's days,
 *   or, for a long candidate, under one of its months;
 * - an interval (not a year) around a day candidate, or a day a few days from it: under the
 *   days around it (short events) or their months (long events).
 * A year meets only the same year, so years are filed by interval alone. A date that does not
 * read as a day is near everything.
 */
export class DateIndex implements MergedEvents {
  private readonly order = new Map<TimelineEvent, number>();
  private readonly byInterval = new Map<string, TimelineEvent[]>();
  /** Short intervals (not years) under each of their days. */
  private readonly shortByDay = new Map<number, TimelineEvent[]>();
  /** Short intervals (not years) under each of their months. */
  private readonly shortByMonth = new Map<number, TimelineEvent[]>();
  /** Long intervals (not years) under each of their months. */
  private readonly longByMonth = new Map<number, TimelineEvent[]>();
  private readonly wide: TimelineEvent[] = [];
  private readonly everything: TimelineEvent[] = [];

  add(event: TimelineEvent): void {
    this.order.set(event, this.order.size);
    this.everything.push(event);
    this.file(event);
  }

  // The old filing stays: it only brings the event along to a few more comparisons.
  redated(event: TimelineEvent): void {
    this.file(event);
  }

  private file(event: TimelineEvent): void {
    const { start, end, precision } = event.date;
    const key = `${start}/${end}`;
    const same = this.byInterval.get(key);
    if (same) same.push(event);
    else this.byInterval.set(key, [event]);
    if (precision === 'year') return;
    const first = indexDay(start);
    const last = indexDay(end);
    if (!Number.isFinite(first) || !Number.isFinite(last) || last < first || monthOf(last) - monthOf(first) > WIDE_SPAN_MONTHS) {
      this.wide.push(event);
      return;
    }
    const short = last - first < SHORT_SPAN_DAYS;
    if (short) for (let day = first; day <= last; day++) file(this.shortByDay, day, event);
    const byMonth = short ? this.shortByMonth : this.longByMonth;
    for (let month = monthOf(first), lastMonth = monthOf(last); month <= lastMonth; month++) file(byMonth, month, event);
  }

  near(candidate: TimelineEvent): readonly TimelineEvent[] {
    if (this.everything.length === 0) return this.everything;
    const { start, end, precision } = candidate.date;
    const first = indexDay(start);
    const last = indexDay(end);
    if (!Number.isFinite(first) || !Number.isFinite(last) || last < first) return this.everything;
    const found = new Set<TimelineEvent>(this.byInterval.get(`${start}/${end}`));
    for (const event of this.wide) found.add(event);
    if (precision !== 'year') {
      // Days inside the candidate.
      if (last - first < SHORT_SPAN_DAYS) collect(found, this.shortByDay, first, last);
      else {
        collect(found, this.shortByMonth, monthOf(first), monthOf(last));
        collect(found, this.longByMonth, monthOf(first), monthOf(last));
      }
    }
    if (precision === 'day') {
      // Intervals around the day, and days a few days away.
      collect(found, this.shortByDay, first - CONFLICT_WINDOW_DAYS, first + CONFLICT_WINDOW_DAYS);
      collect(found, this.longByMonth, monthOf(first - CONFLICT_WINDOW_DAYS), monthOf(first + CONFLICT_WINDOW_DAYS));
    }
    return [...found].sort((a, b) => this.order.get(a)! - this.order.get(b)!);
  }
}

/**
 * Merges the candidate events of many articles: the same happening reported by several
 * sources becomes one event with every source; events get stable, readable ids.
 * `merged` finds the events a candidate may join (DateIndex; EveryMergedEvent gives the same
 * document in quadratic time).
 */
export function buildDocument(extractions: ArticleExtraction[], merged: MergedEvents = new DateIndex()): EventsDocument {
  const events: TimelineEvent[] = [];
  /** The articles each merged event is told by. */
  const articles = new Map<TimelineEvent, Set<string>>();
  // One article tells a happening once: a candidate never joins an event its own article made.
  // Those events are filed once the article is done, so that the candidates of an article with
  // thousands of dates on one day are not each compared with all the others.
  let pending: TimelineEvent[] = [];
  let pendingArticle: string | null = null;
  const fileEvents = () => {
    for (const event of pending) merged.add(event);
    pending = [];
  };
  for (const extraction of extractions) {
    for (const candidate of extraction.events) {
      // Twins come from other articles.
      const article = candidate.sources[0]!.article;
      if (article !== pendingArticle) {
        fileEvents();
        pendingArticle = article;
      }
      const fromOtherArticle = (event: TimelineEvent) => !articles.get(event)!.has(article);
      const near = merged.near(candidate);
      const twin = near.find((event) => fromOtherArticle(event) && sameDate(event, candidate) && sameStory(event, candidate));
      if (twin) {
        // Keep the most precise date among the sources.
        if (candidate.date.precision === 'day' && twin.date.precision !== 'day') {
          twin.date = candidate.date;
          adoptDateReasons(twin, candidate);
          merged.redated(twin);
        }
        if (!twin.place && candidate.place) {
          Object.assign(twin, { place: candidate.place, placeLocal: candidate.placeLocal, coordinates: candidate.coordinates });
          if (candidate.placeFrom) twin.placeFrom = candidate.placeFrom;
        }
        twin.actors = [...new Set([...(twin.actors ?? []), ...(candidate.actors ?? [])])];
        twin.sources.push(...candidate.sources);
        for (const source of candidate.sources) articles.get(twin)!.add(source.article);
        continue;
      }
      const rival = near.find((event) => fromOtherArticle(event) && conflictingDate(event, candidate) && sameStory(event, candidate));
      if (rival) {
        rival.conflict = true;
        rival.sources.push(...candidate.sources.map((source) => ({ ...source, date: candidate.date.edtf })));
        for (const source of candidate.sources) articles.get(rival)!.add(source.article);
        continue;
      }
      const event = { ...candidate, sources: [...candidate.sources] };
      events.push(event);
      articles.set(event, new Set(event.sources.map((source) => source.article)));
      pending.push(event);
    }
  }
  // (The last article's events are never filed: no candidate is left to meet them.)
  assignEventIds(events);
  const corpus = extractions.map((extraction) => extraction.article).sort((a, b) => a.id.localeCompare(b.id));
  // What only the corpus knows: other sources, a conflict, every article's publication date.
  const context = assessmentContext(corpus);
  for (const event of events) if (event.confidence) assessEvent(event, context);
  return {
    format: EVENTS_FORMAT,
    version: EVENTS_VERSION,
    articles: corpus,
    events,
    names: glossaryOf(events),
  };
}
