/** Writes the JSON Schemas in src/events/ from the valibot schemas (the single source). */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { correctionsJsonSchema, eventsJsonSchema } from '../src/events/json-schema.ts';

for (const [name, schema] of [
  ['events.schema.json', eventsJsonSchema()],
  ['corrections.schema.json', correctionsJsonSchema()],
] as const) {
  const target = fileURLToPath(new URL(`../src/events/${name}`, import.meta.url));
  writeFileSync(target, JSON.stringify(schema, null, 2) + '\n');
  console.log(`wrote ${target}`);
}
