/**
 * Anchors: how a correction names an event so that it finds the same event again after the
 * articles are extracted anew (the extractor improved, articles came and went, ids moved).
 *
 * An anchor is a passage, not an id: the article, the text of the event's date phrase, and up
 * to 32 characters on each side, with the paragraph number as a hint. It is found again by
 * exact text only, so a correction is never applied to another event: when the text around
 * it was edited, the correction is reported as orphaned instead.
 */
import { ANCHOR_CONTEXT, type Anchor } from './corrections.ts';
import type { EventSource, EventsDocument, TimelineEvent } from './schema.ts';

/** A passage found in a document: UTF-16 offsets of the anchor's text in that paragraph. */
export interface Passage {
  article: string;
  paragraph: number;
  start: number;
  end: number;
}

export type PassageLookup = { ok: true; passage: Passage } | { ok: false; reason: string };

export type AnchorResolution =
  | { ok: true; passage: Passage; event: TimelineEvent; source: EventSource }
  | { ok: false; reason: string };

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Shortens a quotation for a message: the anchor's text, at most 40 characters. */
export function quote(text: string): string {
  return text.length > 40 ? `«${text.slice(0, 39)}…»` : `«${text}»`;
}

/**
 * The anchor of the text at `start`–`end` of a paragraph (what the review form makes from a
 * selection). Context never cuts a character made of two UTF-16 units in half.
 */
export function anchorAt(document: EventsDocument, article: string, paragraph: number, start: number, end: number): Anchor {
  const text = document.articles.find((candidate) => candidate.id === article)?.paragraphs[paragraph];
  if (text === undefined) throw new Error(`anchorAt: article "${article}" has no paragraph ${paragraph}`);
  if (!(start >= 0 && end > start && end <= text.length)) throw new Error(`anchorAt: ${start}–${end} is not a passage of paragraph ${paragraph} of "${article}"`);
  let from = Math.max(0, start - ANCHOR_CONTEXT);
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from++;
  let to = Math.min(text.length, end + ANCHOR_CONTEXT);
  if (to < text.length && isHighSurrogate(text.charCodeAt(to - 1))) to--;
  return { article, paragraph, text: text.slice(start, end), before: text.slice(from, start), after: text.slice(end, to) };
}

/** The anchor of one of an event's sources (the first when none is named): its date phrase in its paragraph. */
export function anchorOf(document: EventsDocument, event: TimelineEvent, source: EventSource = event.sources[0] as EventSource): Anchor {
  if (!event.sources.includes(source)) throw new Error(`anchorOf: the source is not one of event "${event.id}"'s`);
  return anchorAt(document, source.article, source.paragraph, source.mention.start, source.mention.end);
}

/** Where the anchor's passage is now: its article, then its text with the same context, nearest the hinted paragraph. */
export function locatePassage(document: EventsDocument, anchor: Anchor): PassageLookup {
  const article = document.articles.find((candidate) => candidate.id === anchor.article);
  if (!article) return { ok: false, reason: `article "${anchor.article}" is not in the corpus` };
  const needle = anchor.before + anchor.text + anchor.after;
  const inParagraph = (index: number): Passage | null => {
    const at = article.paragraphs[index]?.indexOf(needle) ?? -1;
    if (at < 0) return null;
    const start = at + anchor.before.length;
    return { article: article.id, paragraph: index, start, end: start + anchor.text.length };
  };
  // The hinted paragraph first, then outwards (earlier before later at the same distance):
  // a paragraph inserted or removed above shifts the numbers by a few.
  const count = article.paragraphs.length;
  for (let distance = 0; distance <= anchor.paragraph + count; distance++) {
    for (const index of distance === 0 ? [anchor.paragraph] : [anchor.paragraph - distance, anchor.paragraph + distance]) {
      if (index < 0 || index >= count) continue;
      const passage = inParagraph(index);
      if (passage) return { ok: true, passage };
    }
  }
  return { ok: false, reason: `the passage ${quote(anchor.text)} is no longer in article "${anchor.article}" with the same words around it: was its text edited?` };
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * The event an anchor names in a document: the one with a source in the passage's paragraph
 * whose date phrase overlaps the passage (a phrase the extractor now reads a little longer
 * or shorter is the same phrase). A source that covers exactly the passage comes first; when
 * two events are still equally near, neither is taken: that is reported, not guessed.
 */
export function resolveAnchor(document: EventsDocument, anchor: Anchor): AnchorResolution {
  const located = locatePassage(document, anchor);
  if (!located.ok) return located;
  const { passage } = located;
  let best: { event: TimelineEvent; source: EventSource; exact: boolean; shared: number } | null = null;
  let tied = false;
  for (const event of document.events) {
    for (const source of event.sources) {
      if (source.article !== passage.article || source.paragraph !== passage.paragraph) continue;
      const shared = overlap(source.mention, passage);
      if (shared === 0) continue;
      const exact = source.mention.start === passage.start && source.mention.end === passage.end;
      if (best === null || Number(exact) > Number(best.exact) || (exact === best.exact && shared > best.shared)) {
        best = { event, source, exact, shared };
        tied = false;
      } else if (exact === best.exact && shared === best.shared && event !== best.event) tied = true;
    }
  }
  if (!best) return { ok: false, reason: `no event is read from the passage ${quote(anchor.text)} in article "${anchor.article}" any more` };
  if (tied) return { ok: false, reason: `the passage ${quote(anchor.text)} in article "${anchor.article}" dates more than one event; which one is meant cannot be told` };
  return { ok: true, passage, event: best.event, source: best.source };
}
