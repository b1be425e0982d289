/**
 * TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html), so that a
 * TimelineJS user can load Tarikh's events, and switch either way.
 *
 * TimelineJS renders `headline` and `text` as HTML: every piece of article text is
 * escaped here, so nothing from an article becomes markup.
 */
import type { EventsDocument, TimelineEvent } from '../../events/schema.ts';
import { placeName } from '../../events/names.ts';
import { periodName } from '../../events/periods.ts';
import { kindLabel, typeKind } from '../../events/vocabulary.ts';
import { documentLanguage, primarySource, httpUrl } from './shared.ts';

export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
  display_date?: string;
}

export interface TimelineJsSlide {
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  text: { headline: string; text: string };
  group?: string;
  unique_id: string;
  display_date?: string;
}

export interface TimelineJsDocument {
  title?: { text: { headline: string; text: string } };
  events: TimelineJsSlide[];
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

/** A TimelineJS date carrying only what the precision states. */
function timelineDate(iso: string, precision: TimelineEvent['date']['precision']): TimelineJsDate {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  if (precision === 'year' || precision === 'decade') return { year };
  if (precision === 'month') return { year, month };
  return { year, month, day };
}

/**
 * Types become groups by kind, named in the document's language ("talks" and "meeting" are one
 * group, "محادثات ولقاءات"); places are named in it from the document's glossary.
 */
export function toTimelineJs(document: EventsDocument): TimelineJsDocument {
  const lang = documentLanguage(document);
  const outlets = [...new Set(document.articles.map((article) => article.source).filter(Boolean))];
  return {
    title: {
      text: {
        headline: escapeHtml(document.articles.length === 1 ? document.articles[0]!.title : 'Tarikh timeline'),
        text: escapeHtml(outlets.join(' · ')),
      },
    },
    events: document.events.map((event) => {
      const { article, paragraph } = primarySource(document, event);
      const { start, end } = event.sources[0]!.mention;
      const url = httpUrl(article?.url);
      const cite = [article?.source, article?.title, article?.published].filter(Boolean).map((part) => escapeHtml(String(part))).join(' · ');
      const body =
        `<p>${escapeHtml(paragraph.slice(0, start))}<mark>${escapeHtml(paragraph.slice(start, end))}</mark>${escapeHtml(paragraph.slice(end))}</p>` +
        (cite ? `<p><cite>${url ? `<a href="${escapeHtml(url)}">${cite}</a>` : cite}</cite></p>` : '');
      const place = placeName(event, lang, document.names);
      const slide: TimelineJsSlide = {
        start_date: timelineDate(event.date.start, event.date.precision),
        text: { headline: escapeHtml(place ? `${event.title} · ${place}` : event.title), text: body },
        unique_id: event.id,
      };
      if (event.date.end !== event.date.start && event.date.precision !== 'year' && event.date.precision !== 'month') {
        slide.end_date = timelineDate(event.date.end, 'day');
      } else if (event.date.precision === 'decade') {
        slide.end_date = timelineDate(event.date.end, 'year');
      }
      const kind = typeKind(event.type);
      if (kind) slide.group = kindLabel(kind, lang);
      // TimelineJS shows a range as its two days: a season, a quarter, a half is said by name
      const named = periodName(event.date, lang);
      if (named) slide.display_date = named;
      else if (event.date.approximate || event.date.precision === 'week') slide.display_date = event.date.edtf;
      return slide;
    }),
  };
}
