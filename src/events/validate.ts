/**
 * The one validator of the events document, used by the build step before it writes
 * and by the view before it draws. Beyond the schema it checks what a schema cannot:
 * the format's major version, references between events and articles, and that every
 * mention's offsets point at its text inside the paragraph.
 *
 * The schema check is valibot's verdict, reached fast: a check compiled from the same
 * schema (compile.ts) accepts the usual well-formed document without valibot's copying;
 * whenever it says anything but "valid as is", valibot runs and decides, with its messages.
 */
import * as v from 'valibot';
import { EVENTS_FORMAT, EVENTS_VERSION, EventsDocumentSchema, type EventsDocument } from './schema.ts';
import { compileCheck } from './compile.ts';

/** True only where valibot would accept the document and return it unchanged. */
export const matchesEventsSchema = compileCheck(EventsDocumentSchema);

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
  let document: EventsDocument;
  if (matchesEventsSchema(input)) document = input as EventsDocument;
  else {
    const parsed = v.safeParse(EventsDocumentSchema, input);
    if (!parsed.success) {
      const errors = parsed.issues.slice(0, MAX_ERRORS).map((issue) => `${pathOf(issue)}: ${issue.message}`);
      if (parsed.issues.length > MAX_ERRORS) errors.push(`… and ${parsed.issues.length - MAX_ERRORS} more`);
      return { ok: false, errors };
    }
    document = parsed.output;
  }
  const errors: string[] = [];
  const articles = new Map(document.articles.map((article) => [article.id, article]));
  if (articles.size !== document.articles.length) errors.push('articles: two articles share an id');
  const eventIds = new Set<string>();
  const { events } = document;
  for (let i = 0; i < events.length; i++) {
    const event = events[i] as EventsDocument['events'][number];
    if (eventIds.has(event.id)) errors.push(`events[${i}].id: "${event.id}" is used twice`);
    eventIds.add(event.id);
    if (event.date.start > event.date.end) errors.push(`events[${i}].date: start ${event.date.start} is after end ${event.date.end}`);
    const { sources } = event;
    for (let j = 0; j < sources.length; j++) {
      const source = sources[j] as (typeof sources)[number];
      const article = articles.get(source.article);
      if (!article) {
        errors.push(`events[${i}].sources[${j}].article: no article has id "${source.article}"`);
        continue;
      }
      const paragraph = article.paragraphs[source.paragraph];
      if (paragraph === undefined) {
        errors.push(`events[${i}].sources[${j}].paragraph: article "${source.article}" has no paragraph ${source.paragraph}`);
        continue;
      }
      const { start, end, text } = source.mention;
      if (start > end || paragraph.slice(start, end) !== text) {
        errors.push(`events[${i}].sources[${j}].mention: offsets ${start}–${end} do not point at "${text}" in its paragraph`);
      }
    }
  }
  if (errors.length) return { ok: false, errors: errors.slice(0, MAX_ERRORS) };
  return { ok: true, document };
}
