/**
 * A candidate event's confidence, from what only the reading of its article knows (see
 * src/events/confidence.ts for the reasons and their weights): whether its date phrase is
 * relative, whether the article's reference date came from its dateline, whether its title
 * was cut from a long clause. The rest follows from the event itself (assessEvent), here
 * against its own article and again after the corpus merge against every article.
 */
import { assessEvent, assessmentContext, confidenceOf, type AssessmentContext, type ConfidenceReason } from '../events/confidence.ts';
import type { Article, TimelineEvent } from '../events/schema.ts';
import type { DateMention } from './dates/types.ts';

/** How titleFromClause (clause.ts) ends a title it cut at its word limit. */
const CUT_TITLE = '…';

export interface Reading {
  mention: Pick<DateMention, 'relative' | 'certainty'>;
  article: Article;
  /** The article's reference date is its dateline's, for want of a publication date in its metadata. */
  datelineReference: boolean;
}

export function readingReasons(event: Pick<TimelineEvent, 'title'>, { mention, datelineReference }: Reading): ConfidenceReason[] {
  const reasons: ConfidenceReason[] = [];
  if (mention.relative) reasons.push('relative-date');
  // A dateline may be a wire's filing date, not the day the text speaks from.
  if (datelineReference && mention.certainty === 'inferred') reasons.push('dateline-reference');
  if (event.title.endsWith(CUT_TITLE)) reasons.push('long-title');
  return reasons;
}

/** Each article as its own corpus, made once for all its events. */
const ALONE = new WeakMap<Article, AssessmentContext>();

/** Gives a candidate event its confidence, as its own article alone tells it. */
export function assessCandidate(event: TimelineEvent, reading: Reading): void {
  let context = ALONE.get(reading.article);
  if (!context) ALONE.set(reading.article, (context = assessmentContext([reading.article])));
  event.confidence = confidenceOf(readingReasons(event, reading));
  assessEvent(event, context);
}
