/** Writes src/events/events.schema.json from the valibot schema (the single source). */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { eventsJsonSchema } from '../src/events/json-schema.ts';

const target = fileURLToPath(new URL('../src/events/events.schema.json', import.meta.url));
writeFileSync(target, JSON.stringify(eventsJsonSchema(), null, 2) + '\n');
console.log(`wrote ${target}`);
