/**
 * Writes src/extract/gazetteer/world.index.generated.json: what world.ts's build() makes of the
 * generated rows and the hand lists (which rows are curated places' records, every accepted
 * spelling and its place), so that a run loads it instead of working it out (about a second).
 *
 *   npm run gazetteer:index      after editing a hand list (countries.ts, cities.ts, ambiguity.ts,
 *                                actors-data.ts) or world.ts; `npm run gazetteer` runs it too
 *
 * Until it is run, a run works the spellings out itself (same results, slower start) and
 * src/extract/gazetteer/world.test.ts fails, naming this command.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serializeWorldIndex } from '../../src/extract/gazetteer/world.ts';

const OUT = fileURLToPath(new URL('../../src/extract/gazetteer/world.index.generated.json', import.meta.url));

const started = Date.now();
const body = serializeWorldIndex();
const temporary = `${OUT}.${process.pid}.tmp`;
writeFileSync(temporary, body);
renameSync(temporary, OUT);
console.log(`world.index.generated.json: ${(Buffer.byteLength(body) / 1024).toFixed(0)} KB, in ${Date.now() - started} ms`);
