import { describe, expect, it } from 'vitest';
import { classifyEventAll, findActors, findPlaces } from './index.ts';

describe('linear scan', () => {
  it('2 MB of repeated place names in well under 5 s', () => {
    findPlaces('warm up');
    findActors('warm up');
    classifyEventAll('warm up');
    const unit = 'التقى الوفد الأميركي في اسطنبول والعاصمة السعودية الرياض وموسكو وكييف وبالبحر الأسود، then talks in Istanbul and Kyiv. ';
    const text = unit.repeat(Math.ceil(2_000_000 / unit.length));
    expect(text.length).toBeGreaterThanOrEqual(2_000_000);
    const timed = <T>(run: () => T[]): [T[], number] => {
      const started = performance.now();
      const out = run();
      return [out, performance.now() - started];
    };
    const [places, placesMs] = timed(() => findPlaces(text));
    const [actors, actorsMs] = timed(() => findActors(text));
    const [cues, cuesMs] = timed(() => classifyEventAll(text));
    expect(places.length).toBe(7 * Math.ceil(2_000_000 / unit.length));
    expect(actors.length).toBeGreaterThan(10_000);
    expect(cues.length).toBe(2 * Math.ceil(2_000_000 / unit.length));
    // Generous bounds: the scan is linear (a trie walk per word), but CI machines are shared.
    expect(placesMs).toBeLessThan(5_000);
    expect(actorsMs).toBeLessThan(5_000);
    expect(cuesMs).toBeLessThan(5_000);
  }, 60_000);
});
