/**
 * One article's candidate events: which of its date mentions date a happening, and what
 * each happening is (described from the clause of its date). Merging the candidates of a
 * corpus is merge.ts's job.
 */
import type { Article, EventDate, TimelineEvent } from '../events/schema.ts';
import { classifyParagraphs, splitParagraphs, detectLanguage, portablePath, type ArticleInput, type Paragraph } from './article.ts';
import { readArticleMentions, type Language } from './article-mentions.ts';
import { Clause, clauseAround, type Span } from './clause.ts';
import { datelineFrom } from './dateline-city.ts';
import { dateArticle, dateLineOptions, mayHoldDateLines, readDateLines, type DateLine } from './dateline.ts';
import type { DateMention } from './dates/types.ts';
import { describeEvent, tellsHappening } from './description.ts';
import { assessCandidate } from './event-confidence.ts';
import { ArticlePlaces } from './event-place.ts';
import { classifyEventAll, forgetScans } from './gazetteer/index.ts';
import { isBaseline, isDateList, isDeadline, isGenericToday, isRecurring, isRunningTally, isStatistic } from './not-events.ts';
import { ParagraphText } from './paragraph-text.ts';
import { toldAsPast, yearEarlier } from './tense.ts';
import { normalizeArabic, normalizedSlice } from './normalize.ts';

export interface Warning {
  article?: string;
  message: string;
}

export interface ArticleExtraction {
  article: Article;
  /** Every date expression in the article text, with offsets into the whole text (empty when a corpus dropped them). */
  mentions: DateMention[];
  /** How many mentions there were, when a corpus dropped them (corpus.ts keepMentions). */
  mentionCount?: number;
  /** One candidate event per dated happening, before merging across articles. */
  events: TimelineEvent[];
  warnings: Warning[];
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
  if (mention.period) date.period = mention.period;
  if (mention.calendar === 'hijri') {
    date.calendar = 'hijri';
    if (mention.original) date.original = mention.original;
  }
  return date;
}

/** The paragraph that holds [start, end) of the article text, if one does (paragraphs are in text order). */
function paragraphHolding(paragraphs: Paragraph[], start: number, end: number): Paragraph | undefined {
  let lo = 0;
  let hi = paragraphs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (paragraphs[mid]!.start <= start) lo = mid + 1;
    else hi = mid;
  }
  const paragraph = paragraphs[lo - 1];
  return paragraph && end <= paragraph.start + paragraph.text.length ? paragraph : undefined;
}

/** Extracts one article: its paragraphs, its date mentions, and the events they date. */
export function extractArticle(input: ArticleInput, options: { ref?: string | null } = {}): ArticleExtraction {
  const warnings: Warning[] = [];
  forgetScans();
  const language = input.metadata.language ?? detectLanguage(input.text);
  const paragraphs = classifyParagraphs(splitParagraphs(input.text));
  const given = options.ref
    ? { published: options.ref, from: 'given' as const }
    : input.metadata.published
      ? { published: input.metadata.published, from: input.publishedFrom ?? ('metadata' as const) }
      : null;
  // Arabic text is normalized once: the date engine parses it, and each paragraph reads its slice.
  const normalized = language === 'ar' || /[\u0600-\u06FF]/.test(input.text) ? normalizeArabic(input.text) : undefined;
  // The dates are read against the given publication date; without one, the dateline or a
  // publication line stands in for it (date lines state whole days, which no reference changes,
  // so the first reading finds them) and the dates are read again against it.
  const provisional = given?.published ?? null;
  let reading = readArticleMentions(input.text, paragraphs, language, provisional, normalized);
  const first = reading;
  // Each paragraph's date lines (a dateline, a publication line), read once: for the article's
  // dating and for its events (none of which a date line is).
  const dateLines = new Map<number, DateLine[]>();
  const linesOf = (index: number): DateLine[] => {
    let lines = dateLines.get(index);
    if (!lines) {
      const paragraph = paragraphs[index]!;
      lines = mayHoldDateLines(paragraph.text) ? readDateLines(paragraph.text, mentionsIn(first.mentions, paragraph), dateLineOptions(index, provisional)) : [];
      dateLines.set(index, lines);
    }
    return lines;
  };
  const dating = dateArticle(paragraphs, input.pageLines ?? [], language, given, linesOf);
  const ref = dating.published;
  if (ref !== provisional) reading = readArticleMentions(input.text, paragraphs, language, ref, normalized);
  const { mentions, languageOf, paragraphLanguages } = reading;
  const headline = headlineOf(paragraphs, linesOf);
  const article: Article = {
    id: input.id,
    title: input.metadata.title ?? headline?.text ?? (paragraphs[0] ? leadTitle(paragraphs[0].text, linesOf(0)) : input.id),
    published: ref && /^\d{4}-\d{2}-\d{2}$/.test(ref) ? ref : null,
    source: input.metadata.source ?? null,
    byline: input.metadata.byline ?? paragraphs.find((p) => p.byline)?.text ?? null,
    language,
    ...(dating.publishedFrom && ref ? { publishedFrom: dating.publishedFrom } : {}),
    ...(dating.updated ? { updated: dating.updated } : {}),
    ...(dating.dateline ? { dateline: dating.dateline } : {}),
    url: input.metadata.url ?? null,
    paragraphs: paragraphs.map((p) => p.text),
  };
  if (input.file) article.file = portablePath(input.file);
  // Relative dates resolved against a dateline (a wire's filing day, perhaps), not a stated publication date.
  const datelineReference = ref !== null && dating.publishedFrom === 'dateline';

  const events: TimelineEvent[] = [];
  let unplaced = 0;
  // Each paragraph is read once per language it is read in, when something in it first needs it
  // (its own language unless a mention of the other language asks).
  const paragraphTexts = new Map<string, ParagraphText>();
  const textOf = (paragraph: Paragraph, textLanguage: Language = paragraphLanguages[paragraph.index] ?? language): ParagraphText => {
    const key = `${paragraph.index} ${textLanguage}`;
    let text = paragraphTexts.get(key);
    if (!text) {
      const slice = textLanguage === 'ar' && normalized ? normalizedSlice(normalized, paragraph.start, paragraph.start + paragraph.text.length) : undefined;
      paragraphTexts.set(key, (text = new ParagraphText(paragraph.text, textLanguage, slice)));
    }
    return text;
  };
  // The dates of each paragraph, date lines left out: a place in one's clause is that date's.
  const dates = new Map<number, Span[]>();
  const dated: { mention: DateMention; paragraph: Paragraph; span: Span; lines: DateLine[] }[] = [];
  for (const mention of mentions) {
    const paragraph = paragraphHolding(paragraphs, mention.start, mention.end);
    if (!paragraph) continue;
    const span = { start: mention.start - paragraph.start, end: mention.end - paragraph.start };
    const lines = linesOf(paragraph.index);
    if (lines.some((line) => line.start < span.end && span.start < line.end)) continue;
    let spans = dates.get(paragraph.index);
    if (!spans) dates.set(paragraph.index, (spans = []));
    spans.push(span);
    dated.push({ mention, paragraph, span, lines });
  }
  const places = new ArticlePlaces(
    paragraphs,
    headline,
    (paragraph) => textOf(paragraph),
    datelineFrom(dating.dateline, paragraphs),
    headline ? classifyEventAll(headline.text).map((cue) => cue.type) : [],
    (index) => dates.get(index) ?? [],
  );
  for (const { mention, paragraph, span, lines } of dated) {
    if (paragraph.boilerplate || paragraph.byline) continue;
    if (paragraph === headline) continue; // the headline repeats the body
    const mentionLanguage = languageOf.get(mention) ?? language;
    const text = textOf(paragraph, mentionLanguage);
    if (isGenericToday(text, mention, span)) continue;
    if (isDeadline(text, mention, span) || isRecurring(text, mention, span)) continue;
    const date = eventDate(mention);
    if (!date) {
      unplaced++;
      continue;
    }
    let clause = clauseAround(text, span);
    // The dateline heading the paragraph (`رام الله 19-11-2025 وفا- استقبل …`) is no part of the sentence after it.
    const head = lines.find((line) => line.end <= span.start && line.end > clause.start);
    if (head) clause = new Clause(text, head.end, clause.end);
    if (isRunningTally(mention, clause, span, tellsHappening(clause)) || isBaseline(text, clause, span)) continue;
    if (isStatistic(mention, clause) || isDateList(clause, dates.get(paragraph.index) ?? [])) continue;
    if (ref && mention.certainty === 'inferred' && date.start > ref && mention.calendar !== 'hijri' && (mention.precision === 'day' || mention.precision === 'month') && toldAsPast(text, clause, span)) {
      // A day whose year the engine guessed ahead, told as past (tense.ts): last year's.
      const [edtf, start, end] = [yearEarlier(date.edtf), yearEarlier(date.start), yearEarlier(date.end)];
      if (edtf && start && end) Object.assign(date, { edtf, start, end });
    }
    const description = describeEvent(clause, span, { places, paragraph: paragraph.index, relative: mention.relative, dates: dates.get(paragraph.index) });
    const place = description.place?.place ?? null;
    const event: TimelineEvent = {
      id: '',
      date,
      title: description.title,
      titleEn: description.titleEn,
      ...(mentionLanguage !== language ? { language: mentionLanguage } : {}),
      place: place?.en ?? null,
      placeLocal: description.place?.text ?? null,
      // A border has no one point.
      coordinates: place && place.kind !== 'border' ? place.coordinates : null,
      type: description.type,
      actors: description.actors,
      sources: [{ article: input.id, paragraph: paragraph.index, mention: { text: mention.text, start: span.start, end: span.end } }],
    };
    if (place && description.placeFrom) event.placeFrom = description.placeFrom;
    assessCandidate(event, { mention, article, datelineReference });
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

/** A first paragraph of more words than this that ends its sentence is prose: the lead, not a headline. */
const HEADLINE_MAX_WORDS = 30;
/** A dateline heading this many words of prose or more heads the lead (a line alone may stand under a headline). */
const LEAD_AFTER_DATELINE_WORDS = 8;
const SENTENCE_ENDED = /[.!?؟]["'”»)\]]*\s*$/u;
const wordCount = (text: string): number => text.match(/\S+/g)?.length ?? 0;

/**
 * The article's headline: its first paragraph, unless that paragraph plainly is its lead (a
 * dateline heading prose, `JOHANNESBURG, Nov 3 (Reuters) - South Africa's …`, or a long sentence
 * ended by a full stop): a file of article text need not start with a headline, and the lead's
 * dates are the article's first events, not a repetition of the body.
 */
function headlineOf(paragraphs: readonly Paragraph[], linesOf: (index: number) => readonly DateLine[]): Paragraph | undefined {
  const first = paragraphs[0];
  if (!first || paragraphs.length < 2) return undefined;
  const text = first.text;
  if (linesOf(0).some((line) => wordCount(text.slice(line.end)) >= LEAD_AFTER_DATELINE_WORDS)) return undefined;
  if (SENTENCE_ENDED.test(text) && wordCount(text) > HEADLINE_MAX_WORDS) return undefined;
  return first;
}

/** The longest title made from a lead, in characters. */
const LEAD_TITLE_MAX = 120;

/**
 * A title for an article with no headline and no metadata: its lead's first sentence, the
 * dateline heading it left out, cut at a word before {@link LEAD_TITLE_MAX} characters.
 */
function leadTitle(lead: string, lines: readonly DateLine[]): string {
  const from = lines.reduce((end, line) => Math.max(end, line.end), 0);
  const prose = lead.slice(from).replace(/^[\s\-–—:]+/u, '') || lead;
  // Its first full stop after a few words (not the one of "U.S." or "Mr." at its start).
  const sentence = prose.match(/^.{24,}?[.!?؟](?=\s|$)/su)?.[0] ?? prose;
  if (sentence.length <= LEAD_TITLE_MAX) return sentence;
  const cut = sentence.lastIndexOf(' ', LEAD_TITLE_MAX);
  return `${sentence.slice(0, cut > 0 ? cut : LEAD_TITLE_MAX).replace(/[\s،,;:]+$/u, '')}…`;
}

/** The mentions inside a paragraph, with offsets into it (mentions are in text order). */
function mentionsIn(mentions: DateMention[], paragraph: Paragraph): DateMention[] {
  const end = paragraph.start + paragraph.text.length;
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (mentions[mid]!.start < paragraph.start) lo = mid + 1;
    else hi = mid;
  }
  const inside: DateMention[] = [];
  for (let i = lo; i < mentions.length && mentions[i]!.end <= end; i++) {
    inside.push({ ...mentions[i]!, start: mentions[i]!.start - paragraph.start, end: mentions[i]!.end - paragraph.start });
  }
  return inside;
}
