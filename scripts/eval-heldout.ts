/**
 * Prints the held-out evaluation (src/extract/evaluation/heldout.ts): the score table and
 * every missed, extra or misplaced event and every phrase wrongly read as a date.
 *
 *   npm run eval:heldout                    the eight held-out articles
 *   npm run eval:heldout -- --validation    the later batch of four
 *   npm run eval:heldout -- --third         the third batch (issue #18: datelines, two languages)
 *   npm run eval:heldout -- --places        the batch for places (issue #16)
 *   npm run eval:heldout -- --places --validation   its validation batch
 *   --table                                 the table alone, without the misses
 */
import { parseArgs } from 'node:util';
import { HELDOUT_DIR, PLACES_DIR, PLACES_VALIDATION_DIR, THIRD_DIR, VALIDATION_DIR, formatTable, scoreAll } from '../src/extract/evaluation/heldout.ts';

const { values } = parseArgs({
  options: {
    validation: { type: 'boolean', default: false },
    third: { type: 'boolean', default: false },
    places: { type: 'boolean', default: false },
    table: { type: 'boolean', default: false },
  },
});
const dir = values.places ? (values.validation ? PLACES_VALIDATION_DIR : PLACES_DIR) : values.third ? THIRD_DIR : values.validation ? VALIDATION_DIR : HELDOUT_DIR;
const scores = scoreAll(dir);
console.log(formatTable(scores));
for (const s of values.table ? [] : scores) {
  const problems = [
    ...s.misses.map((m) => `  missed   ${m}`),
    ...s.extras.map((m) => `  extra    ${m}`),
    ...s.wrongPlaces.map((m) => `  place    ${m}`),
    ...s.notDateHits.map((m) => `  not-date ${m}`),
  ];
  if (problems.length) console.log(`\n${s.id}\n${problems.join('\n')}`);
}
