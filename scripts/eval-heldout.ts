/**
 * Prints the held-out evaluation (src/extract/evaluation/heldout.ts): the score table and
 * every missed, extra or misplaced event and every phrase wrongly read as a date.
 *
 *   npm run eval:heldout                    the eight held-out articles
 *   npm run eval:heldout -- --validation    the later batch of four
 *   npm run eval:heldout -- --third         the third batch (issue #18: datelines, two languages)
 */
import { parseArgs } from 'node:util';
import { HELDOUT_DIR, THIRD_DIR, VALIDATION_DIR, formatTable, scoreAll } from '../src/extract/evaluation/heldout.ts';

const { values } = parseArgs({ options: { validation: { type: 'boolean', default: false }, third: { type: 'boolean', default: false } } });
const scores = scoreAll(values.third ? THIRD_DIR : values.validation ? VALIDATION_DIR : HELDOUT_DIR);
console.log(formatTable(scores));
for (const s of scores) {
  const problems = [
    ...s.misses.map((m) => `  missed   ${m}`),
    ...s.extras.map((m) => `  extra    ${m}`),
    ...s.wrongPlaces.map((m) => `  place    ${m}`),
    ...s.notDateHits.map((m) => `  not-date ${m}`),
  ];
  if (problems.length) console.log(`\n${s.id}\n${problems.join('\n')}`);
}
