/**
 * The one validator of the events document, used by the build step before it writes
 * and by the view before it draws. Beyond the schema it checks what a schema cannot:
 * the format's major version, references between events and articles, and that every
 * mention's offsets point at its text inside the paragraph.
 */
import * as v from 'valibot';
import { EVENTS_FORMAT, EVENTS_VERSION, EventsDocumentSchema, type EventsDocument } from './schema.ts';

export type ValidationResult =
  | { ok: true; document: EventsDocument }
  | { ok: false; errors: string[] };

const MAX_ERRORS = 20;

function pathOf(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key?: unknown }).key;
    out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  }
  return out || '(document)';
}

export function validateEventsDocument(input: unknown): ValidationResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, errors: ['the document is not a JSON object'] };
  }
  const record = input as Record<string, unknown>;
  if (record.format !== EVENTS_FORMAT) {
    return { ok: false, errors: [`format: expected "${EVENTS_FORMAT}", got ${JSON.stringify(record.format)}`] };
  }
  const major = EVENTS_VERSION.split('.')[0];
  if (typeof record.version !== 'string' || record.version.split('.')[0] !== major) {
    return {
      ok: false,
      errors: [`version: this reader understands version ${major}.x, the document says ${JSON.stringify(record.version)}`],
    };
  }
  const parsed = v.safeParse(EventsDocumentSchema, input);
  if (!parsed.success) {
    const errors = parsed.issues.slice(0, MAX_ERRORS).map((issue) => `${pathOf(issue)}: ${issue.message}`);
    if (parsed.issues.length > MAX_ERRORS) errors.push(`… and ${parsed.issues.length - MAX_ERRORS} more`);
    return { ok: false, errors };
  }
  const document = parsed.output;
  const errors: string[] = [];
  const articles = new Map(document.articles.map((article) => [article.id, article]));
  if (articles.size !== document.articles.length) errors.push('articles: two articles share an id');
  const eventIds = new Set<string>();
  document.events.forEach((event, i) => {
    if (eventIds.has(event.id)) errors.push(`events[${i}].id: "${event.id}" is used twice`);
    eventIds.add(event.id);
    if (event.date.start > event.date.end) errors.push(`events[${i}].date: start ${event.date.start} is after end ${event.date.end}`);
    event.sources.forEach((source, j) => {
      const where = `events[${i}].sources[${j}]`;
      const article = articles.get(source.article);
      if (!article) return errors.push(`${where}.article: no article has id "${source.article}"`);
      const paragraph = article.paragraphs[source.paragraph];
      if (paragraph === undefined) {
        return errors.push(`${where}.paragraph: article "${source.article}" has no paragraph ${source.paragraph}`);
      }
      const { start, end, text } = source.mention;
      if (start > end || paragraph.slice(start, end) !== text) {
        errors.push(`${where}.mention: offsets ${start}–${end} do not point at "${text}" in its paragraph`);
      }
    });
  });
  if (errors.length) return { ok: false, errors: errors.slice(0, MAX_ERRORS) };
  return { ok: true, document };
}
