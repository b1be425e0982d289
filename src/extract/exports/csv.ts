/**
 * CSV for spreadsheets (RFC 4180): one row per event source, UTF-8 with a byte-order
 * mark so that Excel reads Arabic correctly. `type` is the document's word, `type_label` its
 * name in the document's language ("لقاء"); `period` the kind of a named period (season,
 * quarter, half, weekend, to-date), empty for other dates. Review goes along: the machine's
 * `confidence` and its `reasons` (ids, `; `-separated), `reviewed` (`true` when a person approved
 * the event) and `corrected` (the fields a person set), empty where the document says nothing.
 */
import type { EventsDocument } from '../../events/schema.ts';
import { typeLabel } from '../../events/vocabulary.ts';
import { documentLanguage, httpUrl } from './shared.ts';

const CSV_COLUMNS = [
  'event_id', 'start', 'end', 'edtf', 'precision', 'period', 'certainty', 'title', 'title_en', 'place', 'type', 'type_label', 'actors',
  'article', 'outlet', 'published', 'url', 'paragraph', 'date_phrase', 'source_text',
  'confidence', 'reasons', 'reviewed', 'corrected',
] as const;

function cell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  // A cell starting with = + @ would run as a formula in a spreadsheet.
  if (/^[=+@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(document: EventsDocument): string {
  const articles = new Map(document.articles.map((article) => [article.id, article]));
  const lang = documentLanguage(document);
  const rows: string[] = [CSV_COLUMNS.join(',')];
  for (const event of document.events) {
    for (const source of event.sources) {
      const article = articles.get(source.article);
      rows.push(
        [
          event.id, event.date.start, event.date.end, source.date ?? event.date.edtf, event.date.precision, event.date.period ?? '', event.date.certainty ?? '',
          event.title, event.titleEn ?? '', event.place ?? '', event.type ?? '', event.type ? typeLabel(event.type, lang) : '', (event.actors ?? []).join('; '),
          source.article, article?.source ?? '', article?.published ?? '', httpUrl(article?.url) ?? '', source.paragraph,
          source.mention.text, article?.paragraphs[source.paragraph] ?? '',
          event.confidence?.score ?? '', (event.confidence?.reasons ?? []).join('; '), event.reviewed ? 'true' : '', (event.corrected ?? []).join('; '),
        ]
          .map(cell)
          .join(','),
      );
    }
  }
  return '\uFEFF' + rows.join('\r\n') + '\r\n';
}
