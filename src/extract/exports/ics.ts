/**
 * iCalendar (RFC 5545) through ical-generator: one all-day event per Tarikh event,
 * spanning the days its date covers, with the source paragraph as its description, its kind
 * as category and its place as location, both named in the document's language.
 *
 * An event a person approved is `STATUS:CONFIRMED` ("definite", RFC 5545); the machine's
 * confidence and a person's corrections ride along as extension properties calendars ignore
 * (`X-TARIKH-CONFIDENCE:0.72`, `X-TARIKH-REASONS:year-inferred no-place`, `X-TARIKH-CORRECTED:date place`:
 * ids separated by spaces, which iCalendar does not escape).
 */
import ical, { ICalEventStatus } from 'ical-generator';
import type { EventsDocument, TimelineEvent } from '../../events/schema.ts';
import { placeName } from '../../events/names.ts';
import { periodName } from '../../events/periods.ts';
import { kindLabel, typeKind } from '../../events/vocabulary.ts';
import { documentLanguage, primarySource, httpUrl } from './shared.ts';

function utcDay(iso: string, addDays = 0): Date {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + addDays);
  return date;
}

function reviewProperties(event: TimelineEvent): [string, string][] {
  const properties: [string, string][] = [];
  if (event.confidence) {
    properties.push(['X-TARIKH-CONFIDENCE', String(event.confidence.score)]);
    if (event.confidence.reasons.length) properties.push(['X-TARIKH-REASONS', event.confidence.reasons.join(' ')]);
  }
  if (event.corrected?.length) properties.push(['X-TARIKH-CORRECTED', event.corrected.join(' ')]);
  return properties;
}

export function toIcs(document: EventsDocument): string {
  const lang = documentLanguage(document);
  const calendar = ical({ name: 'Tarikh timeline', prodId: { company: 'Tarikh', product: 'tarikh-extract', language: 'AR' } });
  for (const event of document.events) {
    const { article, paragraph } = primarySource(document, event);
    const kind = typeKind(event.type);
    const sources = event.sources.length > 1 ? `\n\n${event.sources.length} sources.` : '';
    // a season, a quarter, a half by name beside its EDTF (the event spans its days)
    const named = periodName(event.date, lang);
    calendar.createEvent({
      id: `${event.id}@tarikh`,
      start: utcDay(event.date.start),
      // iCalendar all-day events end on the day after the last day they cover.
      end: utcDay(event.date.end, 1),
      allDay: true,
      timezone: null,
      summary: event.title,
      description: `${paragraph}\n\n— ${[article?.source, article?.title, article?.published].filter(Boolean).join(' · ')}${sources}\nEDTF: ${event.date.edtf}${named ? ` (${named})` : ''}`,
      location: placeName(event, lang, document.names),
      url: httpUrl(article?.url),
      categories: kind ? [{ name: kindLabel(kind, lang) }] : [],
      status: event.reviewed ? ICalEventStatus.CONFIRMED : null,
      x: reviewProperties(event),
    });
  }
  return calendar.toString();
}
