/**
 * Applying a person's corrections to an extracted events document. Pure: a document and
 * corrections in, a corrected document out, with what was hidden, what applied and what no
 * longer finds its event (an orphan, reported by name, never applied elsewhere, never dropped).
 *
 * The phases run in a fixed order, so the order of the file never matters:
 * add → split → merge → edit → review → hide; then ids are assigned again by the extractor's
 * rule (event-ids.ts). Because merges come after splits, a split never undoes a merge
 * correction: a split whose source a merge joins again with its event is reported, not
 * applied (to split off what a merge brought in, the UI changes that merge).
 *
 * What a person did is written on the events: `corrected` names the fields they set (and
 * `sources` for a merge, a split or an event added by hand), `reviewed` marks an approved
 * event; where the document carries confidences, each event's is worked out again, less the
 * reasons its corrected fields answer (confidence.ts).
 *
 * Applying the same corrections to a document already corrected by them changes nothing,
 * with one exception: an event added by hand and then hidden (itself, or an event it was
 * merged into) comes back, since hiding left no trace of it in the document; so the review
 * UI undoes an `add` (removes it) rather than hiding its event.
 */
import { resolveAnchor, locatePassage, quote, type AnchorResolution, type Passage } from './anchor.ts';
import { compareCorrections, anchorsOf } from './corrections-format.ts';
import { CORRECTION_PHASES, type AddCorrection, type Correction, type CorrectionKind, type EventChanges, type MergeCorrection, type NewEvent } from './corrections.ts';
import { adoptDateReasons, assessEvent, assessmentContext, correctedFieldsOf, markCorrected } from './confidence.ts';
import { dateFromEdtf } from './edtf.ts';
import { assignEventIds } from './event-ids.ts';
import type { Article, EventDate, EventSource, EventsDocument, TimelineEvent } from './schema.ts';

export interface Orphan {
  correction: string;
  kind: CorrectionKind;
  /** What the correction was about, for a person: `edit of «الـ18 من شباط الماضي» in "article-id" (date, title)`. */
  description: string;
  /** Why it is not applied: it no longer finds its event (or, for a split, a merge joins the source again). */
  reason: string;
}

export interface AppliedCorrection {
  correction: string;
  kind: CorrectionKind;
  /** id (after ids are assigned again) of the event it acts on: in the document, or in `hidden` when `hidden` is true. */
  event: string;
  hidden?: true;
}

/** One per hide correction that found its event. */
export interface HiddenEvent {
  correction: string;
  reason?: string;
  /** The event as it would have been published (other corrections applied, id assigned). */
  event: TimelineEvent;
}

export interface CorrectedDocument {
  /** The corrected document: hidden events taken out, ids assigned again. */
  document: EventsDocument;
  hidden: HiddenEvent[];
  orphans: Orphan[];
  /** Every correction that found its event (also when it was already in effect), in the file's order. */
  applied: AppliedCorrection[];
  /** ids of the events a person approved (hidden ones left out). */
  approved: string[];
}

export interface ApplyOptions {
  /**
   * The events of each article before the corpus merge (`ArticleExtraction.events`): a source
   * split off a merged event takes its own date, title and place from its own candidate.
   */
  candidates?: readonly TimelineEvent[];
}

/** The date of an event from a corrected EDTF date (validated before it gets here). */
export function eventDateFrom(edtf: string): EventDate {
  const reading = dateFromEdtf(edtf);
  if (!reading.ok) throw new Error(`not a valid corrected date: ${reading.error}`);
  const { start, end, precision, approximate } = reading.date;
  const date: EventDate = { edtf, start, end, precision };
  if (approximate) date.approximate = true;
  return date;
}

/** A person's summary of a correction, for warnings and lists. */
export function describeCorrection(correction: Correction): string {
  const where = (anchors = anchorsOf(correction)) =>
    anchors.map((anchor) => `${quote(anchor.text)}`).join(', ') + (anchors[0] ? ` in "${anchors[0].article}" (paragraph ${anchors[0].paragraph})` : '');
  switch (correction.kind) {
    case 'hide':
      return `hide ${where()}`;
    case 'edit':
      return `edit of ${where()}: ${Object.keys(correction.set).join(', ')}`;
    case 'merge':
      return `merge of ${where()}`;
    case 'split':
      return `split of ${where()}`;
    case 'review':
      return `approval of ${where()}`;
    case 'add':
      return `event added by hand, ${quote(correction.event.title)}` + (correction.passage ? ` at ${where()}` : ' (a note)');
  }
}

/** The passage a source's date phrase is. */
const passageOf = (source: EventSource): Passage => ({ article: source.article, paragraph: source.paragraph, start: source.mention.start, end: source.mention.end });
const samePassage = (a: Passage, b: Passage) => a.article === b.article && a.paragraph === b.paragraph && a.start === b.start && a.end === b.end;
const sameMention = (a: EventSource, b: Passage) =>
  a.article === b.article && a.paragraph === b.paragraph && a.mention.start === b.start && a.mention.end === b.end;

function compareSources(a: EventSource, b: EventSource): number {
  return (a.article < b.article ? -1 : a.article > b.article ? 1 : 0) || a.paragraph - b.paragraph || a.mention.start - b.mention.start;
}

function dayNumber(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
}
const spanDays = (date: EventDate) => dayNumber(date.end) - dayNumber(date.start);

/** An event a person added: every field theirs, its source too. */
function newEvent(fields: NewEvent, source: EventSource): TimelineEvent {
  const event: TimelineEvent = {
    id: '',
    date: eventDateFrom(fields.date),
    title: fields.title,
    titleEn: fields.titleEn ?? null,
    place: fields.place ?? null,
    placeLocal: fields.placeLocal ?? null,
    coordinates: fields.coordinates ? [...fields.coordinates] : null,
    type: fields.type ?? null,
    actors: [...(fields.actors ?? [])],
    sources: [source],
  };
  markCorrected(event, [...correctedFieldsOf(fields), 'sources']);
  return event;
}

/** Sets what a person changed. A new place without its local name or coordinates clears the old ones (they were the old place's). */
function setFields(event: TimelineEvent, set: EventChanges | NewEvent): void {
  if (set.date !== undefined) event.date = eventDateFrom(set.date);
  if (set.title !== undefined) {
    event.title = set.title;
    // A person's title is in the article's language (corrections.ts), whatever the extractor's was in.
    delete event.language;
  }
  if (set.titleEn !== undefined) event.titleEn = set.titleEn;
  if (set.place !== undefined) {
    event.place = set.place;
    event.placeLocal = set.placeLocal ?? null;
    event.coordinates = set.coordinates ? [...set.coordinates] : null;
    // A person gave the place: it was not read from the article.
    delete event.placeFrom;
  }
  if (set.placeLocal !== undefined) event.placeLocal = set.placeLocal;
  if (set.coordinates !== undefined) event.coordinates = set.coordinates ? [...set.coordinates] : null;
  if (set.type !== undefined) event.type = set.type;
  if (set.actors !== undefined) event.actors = [...set.actors];
}

const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]/;

export function noteArticleId(correction: AddCorrection): string {
  return `note-${correction.id}`;
}

export function applyCorrections(input: EventsDocument, corrections: readonly Correction[], options: ApplyOptions = {}): CorrectedDocument {
  const document: EventsDocument = structuredClone(input);
  const assessed = document.events.length === 0 || document.events.some((event) => event.confidence);
  const orphans: Orphan[] = [];
  /** The event object each correction acted on; a merge forwards the events it absorbed. */
  const actedOn = new Map<string, TimelineEvent>();
  const absorbedInto = new Map<TimelineEvent, TimelineEvent>();
  const mergedGroups = new Set<TimelineEvent>();
  const approved = new Set<TimelineEvent>();
  const hiding: { correction: Correction & { kind: 'hide' }; event: TimelineEvent }[] = [];

  const orphan = (correction: Correction, reason: string) =>
    orphans.push({ correction: correction.id, kind: correction.kind, description: describeCorrection(correction), reason });
  const resolve = (correction: Correction, anchor = anchorsOf(correction)[0]): AnchorResolution =>
    anchor ? resolveAnchor(document, anchor) : { ok: false, reason: 'it names no passage' };

  const ordered = [...corrections].sort(compareCorrections);
  /** Before the splits: the sources each merge names (a split never undoes a merge). */
  let mergedPassages: { id: string; passages: Passage[] }[] = [];
  for (const phase of CORRECTION_PHASES) {
    if (phase === 'split') {
      mergedPassages = ordered
        .filter((correction): correction is MergeCorrection => correction.kind === 'merge')
        .map((merge) => ({
          id: merge.id,
          passages: merge.targets.flatMap((target) => {
            const found = resolveAnchor(document, target);
            return found.ok ? [passageOf(found.source)] : [];
          }),
        }));
    }
    for (const correction of ordered) {
      if (correction.kind !== phase) continue;
      switch (correction.kind) {
        case 'add': {
          const event = correction.passage ? addAtPassage(correction) : addWithNote(correction);
          if (event) actedOn.set(correction.id, event);
          break;
        }
        case 'split': {
          const found = resolve(correction);
          if (!found.ok) {
            orphan(correction, found.reason);
            break;
          }
          // A merge that names this source together with one it is now with joins them again
          // (merges come after splits): the split would hold only until the next application.
          const own = passageOf(found.source);
          const rejoined = mergedPassages.find(
            ({ passages }) =>
              passages.some((passage) => samePassage(passage, own)) &&
              passages.some((passage) => !samePassage(passage, own) && found.event.sources.some((source) => sameMention(source, passage))),
          );
          if (rejoined) {
            orphan(correction, `merge ${rejoined.id} joins this source with its event again, and a split never undoes a merge: change that merge instead`);
            break;
          }
          actedOn.set(correction.id, split(found.event, found.source));
          break;
        }
        case 'merge': {
          const events: TimelineEvent[] = [];
          let failed: string | null = null;
          correction.targets.forEach((target, i) => {
            const found = resolve(correction, target);
            if (!found.ok) failed ??= `targets[${i}]: ${found.reason}`;
            else if (!events.includes(found.event)) events.push(found.event);
          });
          if (failed) {
            orphan(correction, failed);
            break;
          }
          actedOn.set(correction.id, merge(events));
          break;
        }
        case 'edit': {
          const found = resolve(correction);
          if (!found.ok) {
            orphan(correction, found.reason);
            break;
          }
          setFields(found.event, correction.set);
          markCorrected(found.event, correctedFieldsOf(correction.set));
          actedOn.set(correction.id, found.event);
          break;
        }
        case 'review': {
          const found = resolve(correction);
          if (!found.ok) {
            orphan(correction, found.reason);
            break;
          }
          approved.add(found.event);
          found.event.reviewed = true;
          actedOn.set(correction.id, found.event);
          break;
        }
        case 'hide': {
          // Every hide is resolved before any event leaves, so two hides of one event both find it.
          const found = resolve(correction);
          if (!found.ok) {
            orphan(correction, found.reason);
            break;
          }
          hiding.push({ correction, event: found.event });
          actedOn.set(correction.id, found.event);
          break;
        }
      }
    }
  }

  // A document the build step assessed stays assessed, to the last correction (a merged event
  // has several sources, a corrected date no longer counts against it), and so do events added
  // to an empty one; a producer's document without confidences gets none.
  if (assessed) {
    const context = assessmentContext(document.articles);
    for (const event of document.events) assessEvent(event, context);
  }

  // A hidden event keeps the id it has when shown (with its hide removed); the published
  // events are numbered as if it had never been read, so applying again changes nothing.
  assignEventIds(document.events);
  const hiddenEvents = new Set(hiding.map((entry) => entry.event));
  document.events = document.events.filter((event) => !hiddenEvents.has(event));
  assignEventIds(document.events);
  // A note stands in for an article only while its event is shown.
  const cited = new Set(document.events.flatMap((event) => event.sources.map((source) => source.article)));
  document.articles = document.articles.filter((article) => !article.note || cited.has(article.id));

  const finalEvent = (event: TimelineEvent): TimelineEvent => {
    let current = event;
    for (let next = absorbedInto.get(current); next; next = absorbedInto.get(current)) current = next;
    return current;
  };
  const applied: AppliedCorrection[] = [];
  for (const correction of ordered) {
    const event = actedOn.get(correction.id);
    if (!event) continue;
    const final = finalEvent(event);
    applied.push({ correction: correction.id, kind: correction.kind, event: final.id, ...(hiddenEvents.has(final) ? { hidden: true as const } : {}) });
  }
  return {
    document,
    hidden: hiding.map(({ correction, event }) => ({ correction: correction.id, ...(correction.reason !== undefined ? { reason: correction.reason } : {}), event })),
    orphans,
    applied,
    approved: document.events.filter((event) => approved.has(event)).map((event) => event.id),
  };

  /** An event read from a passage: the event already there (added before, or found by the extractor since), else a new one. */
  function addAtPassage(correction: AddCorrection): TimelineEvent | null {
    const located = locatePassage(document, correction.passage!);
    if (!located.ok) {
      orphan(correction, located.reason);
      return null;
    }
    const { passage } = located;
    const existing = document.events.find((event) => event.sources.some((source) => sameMention(source, passage)));
    if (existing) {
      // Alone at its passage it is this correction's event: the person's fields win. Merged
      // with others it is already part of a larger decision, which is left as it is.
      if (existing.sources.length === 1) {
        setFields(existing, correction.event);
        markCorrected(existing, correctedFieldsOf(correction.event));
      }
      return existing;
    }
    const event = newEvent(correction.event, {
      article: passage.article,
      paragraph: passage.paragraph,
      mention: { text: correction.passage!.text, start: passage.start, end: passage.end },
    });
    document.events.push(event);
    return event;
  }

  /** An event with no article text: a small note article stands in for one (every event has a source). */
  function addWithNote(correction: AddCorrection): TimelineEvent | null {
    const id = noteArticleId(correction);
    const present = document.articles.find((article) => article.id === id);
    if (present && !present.note) {
      orphan(correction, `an article of the corpus already has the id "${id}" its note would take`);
      return null;
    }
    if (present) {
      const event = document.events.find((candidate) => candidate.sources.some((source) => source.article === id));
      if (!event) orphan(correction, `its note "${id}" is in the document but no event cites it`);
      return event ?? null;
    }
    const note = correction.note ?? '';
    const article: Article = {
      id,
      title: correction.event.title,
      published: null,
      source: null,
      language: ARABIC_LETTER.test(note + correction.event.title) ? 'ar' : 'en',
      url: correction.link ?? null,
      note: true,
      paragraphs: [note],
    };
    document.articles.push(article);
    document.articles.sort((a, b) => a.id.localeCompare(b.id));
    const event = newEvent(correction.event, { article: id, paragraph: 0, mention: { text: note, start: 0, end: note.length } });
    document.events.push(event);
    return event;
  }

  /** A source leaves its event and becomes one of its own: its own candidate's fields when the extraction has it, else its date and the event's fields. */
  function split(event: TimelineEvent, source: EventSource): TimelineEvent {
    if (event.sources.length === 1) return event; // already on its own
    event.sources = event.sources.filter((other) => other !== source);
    if (event.conflict && !event.sources.some((other) => other.date !== undefined)) delete event.conflict;
    const { date: ownDate, ...alone } = source;
    const candidate = options.candidates?.find((other) => other.sources.length === 1 && sameMention(other.sources[0]!, passageOf(source)));
    const from = candidate ?? event;
    const reading = ownDate !== undefined ? dateFromEdtf(ownDate) : null;
    const date = candidate ? candidate.date : reading?.ok ? eventDateFrom(ownDate!) : event.date;
    const own: TimelineEvent = {
      ...structuredClone({ ...from, sources: [] }),
      id: '',
      date: structuredClone(date),
      sources: [alone],
    };
    delete own.conflict;
    // A day of its own, not its candidate's reading: what that reading knew is not about it.
    if (!candidate && reading?.ok) adoptDateReasons(own, null);
    markCorrected(event, ['sources']);
    markCorrected(own, ['sources']);
    document.events.push(own);
    return own;
  }

  /**
   * Several events are one happening: the first keeps every source, its own fields (a place,
   * type or English title it lacks taken from the others, as the corpus merge does), the most
   * precise date and every actor. An event that an earlier merge (in the file's order) made
   * keeps the fields that merge gave it: one merge decides a group, however it was reached.
   */
  function merge(events: TimelineEvent[]): TimelineEvent {
    const keeper = events.find((event) => mergedGroups.has(event)) ?? (events[0] as TimelineEvent);
    const others = events.filter((event) => event !== keeper);
    mergedGroups.add(keeper);
    for (const other of others) {
      if (spanDays(other.date) < spanDays(keeper.date)) {
        keeper.date = other.date;
        adoptDateReasons(keeper, other);
      }
      if (!keeper.place && other.place) {
        Object.assign(keeper, { place: other.place, placeLocal: other.placeLocal ?? null, coordinates: other.coordinates ?? null });
        if (other.placeFrom) keeper.placeFrom = other.placeFrom;
      }
      if (!keeper.type && other.type) keeper.type = other.type;
      if (!keeper.titleEn && other.titleEn) keeper.titleEn = other.titleEn;
      for (const source of other.sources) {
        if (!keeper.sources.some((kept) => sameMention(kept, passageOf(source)))) keeper.sources.push(source);
      }
      const actors = [...new Set([...(keeper.actors ?? []), ...(other.actors ?? [])])];
      if (actors.length || keeper.actors) keeper.actors = actors;
      if (other.conflict) keeper.conflict = true;
      absorbedInto.set(other, keeper);
    }
    if (others.length) markCorrected(keeper, ['sources']);
    // The keeper's own first source leads; the rest in passage order, whatever the history of
    // merges and splits that brought them (so applying again gives the same order).
    const [lead, ...rest] = keeper.sources as [EventSource, ...EventSource[]];
    keeper.sources = [lead, ...rest.sort(compareSources)];
    document.events = document.events.filter((event) => !absorbedInto.has(event));
    return keeper;
  }
}

/** The corrected document with only the events a person approved (`--approved-only`). */
export function approvedOnly(corrected: CorrectedDocument): EventsDocument {
  const approved = new Set(corrected.approved);
  const events = corrected.document.events.filter((event) => approved.has(event.id));
  const cited = new Set(events.flatMap((event) => event.sources.map((source) => source.article)));
  return {
    ...corrected.document,
    articles: corrected.document.articles.filter((article) => !article.note || cited.has(article.id)),
    events,
  };
}
