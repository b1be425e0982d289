/** A 2 MB text: every name and cue in it is found, as in each sentence alone (the time it takes is in `npm run bench`, scaling section). */
import { describe, expect, it } from 'vitest';
import { classifyEventAll, findActors, findPlaces } from './index.ts';
import { NAMES_UNIT, repeatUnit } from '../fixtures/hostile.ts';

describe('a long text', () => {
  it('2 MB of repeated place names, actors and cues: each copy gives what one sentence gives', () => {
    const text = repeatUnit(NAMES_UNIT, 2_000_000);
    const copies = text.length / NAMES_UNIT.length;
    expect(text.length).toBeGreaterThanOrEqual(2_000_000);
    expect(findPlaces(NAMES_UNIT)).toHaveLength(7);
    expect(findActors(NAMES_UNIT).length).toBeGreaterThan(0);
    expect(classifyEventAll(NAMES_UNIT)).toHaveLength(2);
    expect(findPlaces(text)).toHaveLength(7 * copies);
    expect(findActors(text)).toHaveLength(findActors(NAMES_UNIT).length * copies);
    expect(classifyEventAll(text)).toHaveLength(2 * copies);
  }, 60_000);
});
