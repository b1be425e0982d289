/**
 * iCalendar (RFC 5545) through ical-generator: one all-day event per Tarikh event,
 * spanning the days its date covers, with the source paragraph as its description.
 */
import ical from 'ical-generator';
import type { EventsDocument } from '../../events/schema.ts';
import { primarySource, httpUrl } from './shared.ts';

function utcDay(iso: string, addDays = 0): Date {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + addDays);
  return date;
}

export function toIcs(document: EventsDocument): string {
  const calendar = ical({ name: 'Tarikh timeline', prodId: { company: 'Tarikh', product: 'tarikh-extract', language: 'AR' } });
  for (const event of document.events) {
    const { article, paragraph } = primarySource(document, event);
    const sources = event.sources.length > 1 ? `\n\n${event.sources.length} sources.` : '';
    calendar.createEvent({
      id: `${event.id}@tarikh`,
      start: utcDay(event.date.start),
      // iCalendar all-day events end on the day after the last day they cover.
      end: utcDay(event.date.end, 1),
      allDay: true,
      timezone: null,
      summary: event.title,
      description: `${paragraph}\n\n— ${[article?.source, article?.title, article?.published].filter(Boolean).join(' · ')}${sources}\nEDTF: ${event.date.edtf}`,
      location: event.place ?? null,
      url: httpUrl(article?.url),
      categories: event.type ? [{ name: event.type }] : [],
    });
  }
  return calendar.toString();
}
