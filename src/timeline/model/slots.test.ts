import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SlotKeeper } from './slots.ts';

describe('SlotKeeper', () => {
  it('keeps the slot of a key drawn in the previous frame', () => {
    const keeper = new SlotKeeper();
    const first = keeper.assign(['a', 'b', 'c']);
    const second = keeper.assign(['b', 'c', 'd']);
    expect(second[0]).toBe(first[1]);
    expect(second[1]).toBe(first[2]);
  });

  it('gives a new key the slot freed at its place, so nothing has to move', () => {
    const keeper = new SlotKeeper();
    const [a, b, c] = keeper.assign(['a', 'b', 'c']);
    // b re-formed as x (a cluster with another first event): x takes b's button.
    expect(keeper.assign(['a', 'x', 'c'])).toEqual([a, b, c]);
    // Everything re-formed: every button is reused, in the same order.
    expect(keeper.assign(['p', 'q', 'r'])).toEqual([a, b, c]);
  });

  it('makes new slots only when no freed one is left', () => {
    const keeper = new SlotKeeper();
    keeper.assign(['a', 'b']);
    const grown = keeper.assign(['c', 'd', 'e', 'f']);
    expect(new Set(grown).size).toBe(4);
    expect(Math.max(...grown)).toBe(3);
  });

  it('property: distinct slots, kept keys keep theirs, a new slot only when there are more items than last frame had', () => {
    const frames = fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 30 }), { maxLength: 25 }), { minLength: 1, maxLength: 20 });
    fc.assert(
      fc.property(frames, (keysPerFrame) => {
        const keeper = new SlotKeeper();
        let previous = new Map<string, number>();
        for (const numbers of keysPerFrame) {
          const keys = numbers.map(String);
          const slots = keeper.assign(keys);
          expect(slots).toHaveLength(keys.length);
          expect(new Set(slots).size).toBe(keys.length);
          keys.forEach((key, i) => {
            if (previous.has(key)) expect(slots[i]).toBe(previous.get(key));
          });
          const before = new Set(previous.values());
          expect(slots.filter((slot) => !before.has(slot)).length).toBe(Math.max(0, keys.length - before.size));
          previous = new Map(keys.map((key, i) => [key, slots[i] as number]));
        }
      }),
    );
  });
});
