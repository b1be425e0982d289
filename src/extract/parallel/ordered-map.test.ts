import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { orderedMap } from './ordered-map.ts';

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** An input whose items arrive only when the test pushes them (a pipe written line by line). */
function pushedInput<T>() {
  const queue: T[] = [];
  let wake: (() => void) | undefined;
  let ended = false;
  let pulled = 0;
  return {
    push(item: T) {
      queue.push(item);
      wake?.();
    },
    end() {
      ended = true;
      wake?.();
    },
    get pulled() {
      return pulled;
    },
    async *[Symbol.asyncIterator]() {
      for (;;) {
        while (!queue.length && !ended) await new Promise<void>((resume) => (wake = resume));
        if (!queue.length) return;
        pulled++;
        yield queue.shift()!;
      }
    },
  };
}

describe('orderedMap', () => {
  it('gives results in input order whatever order the runs finish in', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: 8 }), { maxLength: 30 }), fc.integer({ min: 1, max: 6 }), async (delays, window) => {
        const results = await collect(orderedMap(delays.entries(), async ([i, delay]) => (await pause(delay), i), window));
        expect(results).toEqual(delays.map((_, i) => i));
      }),
      { numRuns: 40 },
    );
  });

  it('holds at most `window` items started and not yet taken, however slow the consumer', async () => {
    let started = 0;
    let taken = 0;
    let most = 0;
    const input = Array.from({ length: 200 }, (_, i) => i);
    for await (const _ of orderedMap(input, async (i) => {
      started++;
      most = Math.max(most, started - taken);
      await pause(i % 3);
      return i;
    }, 5)) {
      taken++;
      if (taken % 10 === 0) await pause(5); // a consumer that stalls now and then (stdout full)
    }
    expect(taken).toBe(200);
    expect(most).toBeLessThanOrEqual(5);
    expect(most).toBe(5); // and it does use the window
  });

  it('answers an item without waiting for the next one to arrive (a caller writing one line and waiting for its answer)', async () => {
    const input = pushedInput<number>();
    const results = orderedMap(input, async (n) => n * 10, 4);
    input.push(1);
    expect((await results.next()).value).toBe(10);
    input.push(2);
    expect((await results.next()).value).toBe(20);
    input.end();
    expect((await results.next()).done).toBe(true);
  });

  it('reads no further once the consumer stops', async () => {
    const input = pushedInput<number>();
    for (let i = 0; i < 100; i++) input.push(i);
    let runs = 0;
    for await (const result of orderedMap(input, async (n) => (runs++, n), 3)) {
      if (result === 1) break;
    }
    await pause(10);
    expect(runs).toBeLessThanOrEqual(5);
    expect(input.pulled).toBeLessThanOrEqual(5);
  });

  it('a run that fails throws in its turn, after the results before it', async () => {
    const seen: number[] = [];
    await expect(async () => {
      for await (const n of orderedMap([1, 2, 3, 4], async (n) => {
        if (n === 3) throw new Error('three');
        return n;
      }, 4)) seen.push(n);
    }).rejects.toThrow('three');
    expect(seen).toEqual([1, 2]);
  });
});
