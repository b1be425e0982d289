import { toJsonSchema } from '@valibot/to-json-schema';
import { EVENTS_VERSION, EventsDocumentSchema } from './schema.ts';
import { CORRECTIONS_VERSION, CorrectionsFileSchema } from './corrections.ts';

/** The JSON Schema of the events document, generated from the valibot schema. */
export function eventsJsonSchema(): Record<string, unknown> {
  const major = EVENTS_VERSION.split('.')[0];
  return {
    ...toJsonSchema(EventsDocumentSchema, { errorMode: 'ignore' }),
    $id: `https://tarikh.invalid/schema/events-v${major}.json`,
    title: 'Tarikh events document',
    description: `Dated events extracted from news articles, with their source paragraphs. Format version ${EVENTS_VERSION}.`,
  };
}

/**
 * The JSON Schema of the corrections file, generated from the valibot schema. What it cannot
 * say (real calendar days, ids used twice) `validateCorrections` checks.
 */
export function correctionsJsonSchema(): Record<string, unknown> {
  const major = CORRECTIONS_VERSION.split('.')[0];
  return {
    ...toJsonSchema(CorrectionsFileSchema, { errorMode: 'ignore' }),
    $id: `https://tarikh.invalid/schema/corrections-v${major}.json`,
    title: 'Tarikh corrections file',
    description: `A person's corrections to extracted events (hide, edit, merge, split, add, review), each naming its event by a passage of an article. Format version ${CORRECTIONS_VERSION}.`,
  };
}
