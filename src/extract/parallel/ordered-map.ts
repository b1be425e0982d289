/**
 * A map over a stream that runs several items at once and gives the results in the order of
 * the input, whatever order they finish in. At most `window` items are started and not yet
 * taken by the consumer: input is read only as results are taken, so memory stays bounded
 * by the window however long the stream (a slow consumer slows the reading, too).
 *
 * A result is given as soon as it and every result before it are ready, without waiting
 * for more input: a caller that writes one line and waits for its answer gets it.
 */
export async function* orderedMap<T, R>(
  items: Iterable<T> | AsyncIterable<T>,
  run: (item: T) => Promise<R>,
  window: number,
): AsyncGenerator<R> {
  if (!(window >= 1)) throw new RangeError(`window must be at least 1, not ${window}`);
  const started: Promise<R>[] = [];
  let inputDone = false;
  let inputError: { error: unknown } | undefined;
  let stopped = false;
  let wakeOutput: (() => void) | undefined;
  let wakeInput: (() => void) | undefined;
  const wake = (which: 'input' | 'output') => {
    const resume = which === 'input' ? wakeInput : wakeOutput;
    if (which === 'input') wakeInput = undefined;
    else wakeOutput = undefined;
    resume?.();
  };

  void (async () => {
    try {
      for await (const item of items) {
        while (started.length >= window && !stopped) await new Promise<void>((resume) => (wakeInput = resume));
        if (stopped) break;
        const result = run(item);
        result.catch(() => undefined); // it is awaited in its turn; until then its rejection is not unhandled
        started.push(result);
        wake('output');
      }
    } catch (error) {
      inputError = { error };
    } finally {
      inputDone = true;
      wake('output');
    }
  })();

  try {
    for (;;) {
      if (started.length === 0) {
        if (inputDone) break;
        await new Promise<void>((resume) => (wakeOutput = resume));
        continue;
      }
      yield await started[0]!;
      // Only now, once the consumer has taken it and asks for the next, is its place free.
      started.shift();
      wake('input');
    }
    if (inputError) throw inputError.error;
  } finally {
    // The consumer stopped early (or a run failed): read no further. (Not awaited: the input
    // may be waiting for a line that never comes.)
    stopped = true;
    wake('input');
  }
}
