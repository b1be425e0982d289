import { toJsonSchema } from '@valibot/to-json-schema';
import { EVENTS_VERSION, EventsDocumentSchema } from './schema.ts';

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
