/**
 * One article's candidate events: which of its date mentions date a happening, and what
 * each happening is (described from the clause of its date). Merging the candidates of a
 * corpus is merge.ts's job.
 */
import type { Article, EventDate, TimelineEvent } from '../events/schema.ts';
import { classifyParagraphs, splitParagraphs, detectLanguage, portablePath, type ArticleInput, type Paragraph } from './article.ts';
import { clauseAround } from './clause.ts';
import { findDateMentions } from './dates/index.ts';
import type { DateMention } from './dates/types.ts';
import { describeEvent } from './description.ts';
import { isDateline, isDeadline, isGenericToday, isRecurring, isStatistic } from './not-events.ts';
import { ParagraphText } from './paragraph-text.ts';
import { normalizeArabic, normalizedSlice } from './normalize.ts';

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

/** How many opening paragraphs may hold a dateline that stands in for a missing publication date. */
const DATELINE_PARAGRAPHS = 4;

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
  const language = input.metadata.language ?? detectLanguage(input.text);
  const paragraphs = classifyParagraphs(splitParagraphs(input.text));
  let ref = options.ref ?? input.metadata.published ?? null;

  // Without a publication date, a dateline with a full stated date stands in for it.
  if (!ref) {
    for (const paragraph of paragraphs.slice(0, DATELINE_PARAGRAPHS)) {
      const dateline = findDateMentions(paragraph.text, { language }).find(
        (mention) => mention.precision === 'day' && mention.certainty === 'stated' && isDateline(paragraph.text, mention, paragraph.byline),
      );
      if (dateline?.startDate) {
        ref = dateline.startDate;
        warnings.push({ article: input.id, message: `no publication date in metadata; using the dateline's ${ref}` });
        break;
      }
    }
  }

  // Arabic text is normalized once: the date engine parses it, and each paragraph reads its slice.
  const normalized = language === 'ar' ? normalizeArabic(input.text) : undefined;
  const mentions = findDateMentions(input.text, { ref, language, normalized });
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
  // Each paragraph is read once, when a mention in it first needs it.
  const paragraphTexts = new Map<Paragraph, ParagraphText>();
  for (const mention of mentions) {
    const paragraph = paragraphHolding(paragraphs, mention.start, mention.end);
    if (!paragraph || paragraph.boilerplate) continue;
    if (paragraph.index === 0 && paragraphs.length > 1) continue; // the headline repeats the body
    const span = { start: mention.start - paragraph.start, end: mention.end - paragraph.start };
    let text = paragraphTexts.get(paragraph);
    if (!text) {
      const slice = normalized && normalizedSlice(normalized, paragraph.start, paragraph.start + paragraph.text.length);
      paragraphTexts.set(paragraph, (text = new ParagraphText(paragraph.text, language, slice)));
    }
    if (isDateline(paragraph.text, span, paragraph.byline) || isGenericToday(text, mention, span)) continue;
    if (isDeadline(text, mention, span) || isRecurring(text, mention, span)) continue;
    const date = eventDate(mention);
    if (!date) {
      unplaced++;
      continue;
    }
    const clause = clauseAround(text, span);
    if (isStatistic(mention, clause)) continue;
    const description = describeEvent(clause, span);
    events.push({
      id: '',
      date,
      title: description.title,
      titleEn: description.titleEn,
      place: description.place?.place.en ?? null,
      placeLocal: description.place?.text ?? null,
      coordinates: description.place?.place.coordinates ?? null,
      type: description.type,
      actors: description.actors,
      sources: [{ article: input.id, paragraph: paragraph.index, mention: { text: mention.text, start: span.start, end: span.end } }],
    });
  }
  if (unplaced) {
    warnings.push({
      article: input.id,
      message: `${unplaced} date${unplaced > 1 ? 's' : ''} could not be placed in time (no publication date to resolve them against)`,
    });
  }
  return { article, mentions, events, warnings };
}
