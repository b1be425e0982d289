/**
 * The same synthetic events for all three libraries: Tarikh's events document from
 * src/events/fixtures/dense.ts (deterministic), converted to vis-timeline items and TimelineJS3 JSON.
 */
import { denseDocument } from '../../src/events/fixtures/dense.ts';
import { escapeHtml } from '../../src/extract/exports/timelinejs.ts';

export type Library = 'tarikh' | 'vis' | 'tljs';

interface DenseEvent {
  id: string;
  title: string;
  date: { start: string; end: string; precision: string };
}

/** Events spread over 30 years, like a large archive. */
function tarikhDocument(count: number) {
  return denseDocument(count, 30, 42);
}

/** vis-timeline DataSet items: a point for a day, a range (end exclusive, next day) otherwise. */
function visItems(doc: { events: DenseEvent[] }) {
  return doc.events.map((event) => {
    const item: { id: string; content: string; start: string; end?: string } = { id: event.id, content: escapeHtml(event.title), start: event.date.start };
    if (event.date.precision !== 'day') item.end = nextDay(event.date.end);
    return item;
  });
}

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

const ymd = (iso: string) => {
  const [year, month, day] = iso.split('-').map(Number);
  return { year, month, day };
};

/** TimelineJS3 JSON: one slide per event, with an end date for months, years and ranges. */
function timelineJsJson(doc: { events: DenseEvent[]; articles: { paragraphs: string[] }[] }) {
  const paragraph = doc.articles[0]?.paragraphs[1] ?? '';
  return {
    events: doc.events.map((event) => ({
      unique_id: event.id,
      start_date: ymd(event.date.start),
      ...(event.date.precision !== 'day' ? { end_date: ymd(event.date.end) } : {}),
      text: { headline: escapeHtml(event.title), text: `<p>${escapeHtml(paragraph)}</p>` },
    })),
  };
}

/** JSON bodies per library for one size, built once and served to every run. */
export function documentsFor(count: number): Record<Library, string> {
  const doc = tarikhDocument(count);
  return {
    tarikh: JSON.stringify(doc),
    vis: JSON.stringify(visItems(doc)),
    tljs: JSON.stringify(timelineJsJson(doc)),
  };
}
