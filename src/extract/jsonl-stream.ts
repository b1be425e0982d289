/**
 * `tarikh extract --jsonl` over a stream: a pure map from a line to a line, so that any
 * engine that streams lines through a program (Spark's RDD.pipe, Hadoop Streaming, a Beam
 * DoFn, a shell pipe) can run it as its map step. Every input line gets exactly one output
 * line, in input order, whichever worker answered it first; a line that cannot be read gets
 * an error line and the rest go on; standard output holds nothing but answers. Memory stays
 * bounded however long the stream: lines are read only as answers are written, at most a
 * window of them in hand, and a line longer than the limit is skipped as it streams past.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
// Not jsonl.ts: the extractor is loaded where lines are answered (a worker, or this thread for one job).
import { errorAnswer, type InputLine, type LineAnswer } from './jsonl-line.ts';
import { orderedMap } from './parallel/ordered-map.ts';
import { taskRunner } from './parallel/worker-pool.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Lines handed to a worker at once: enough to make a message's cost small beside their extraction. */
const MAX_BATCH = 256;

/**
 * The lines of a byte stream (`\n` or `\r\n`), each at most `maxBytes`: a longer line is
 * skipped as it streams past, never held whole, and reported in its place. Lines come in
 * batches of those complete in one chunk of input, so a line that arrives alone (a caller
 * waiting for its answer) is passed on at once.
 */
export async function* readLineBatches(input: AsyncIterable<Uint8Array | string>, maxBytes: number): AsyncGenerator<InputLine[]> {
  let parts: Uint8Array[] = [];
  let size = 0;
  let tooLong = false;
  let number = 0;
  const line = (): InputLine => {
    number++;
    if (tooLong) return { number, problem: `line ${number}: longer than ${(maxBytes / 1048576).toFixed(0)} MB, the limit per article (raise --max-article-mb)` };
    let bytes = Buffer.concat(parts, size);
    if (bytes[bytes.length - 1] === 13) bytes = bytes.subarray(0, bytes.length - 1);
    try {
      return { number, text: utf8.decode(bytes) };
    } catch {
      return { number, problem: `line ${number}: not valid UTF-8` };
    }
  };
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let batch: InputLine[] = [];
    let start = 0;
    for (;;) {
      const newline = bytes.indexOf(10, start);
      const end = newline === -1 ? bytes.length : newline;
      if (!tooLong && end > start) {
        if (size + (end - start) > maxBytes) {
          tooLong = true;
          parts = [];
        } else {
          parts.push(bytes.subarray(start, end));
          size += end - start;
        }
      }
      if (newline === -1) break;
      batch.push(line());
      if (batch.length === MAX_BATCH) {
        yield batch;
        batch = [];
      }
      parts = [];
      size = 0;
      tooLong = false;
      start = newline + 1;
    }
    if (batch.length) yield batch;
  }
  if (size > 0 || tooLong) yield [line()];
}

/** The lines of a byte stream one by one (readLineBatches). */
export async function* readLines(input: AsyncIterable<Uint8Array | string>, maxBytes: number): AsyncGenerator<InputLine> {
  for await (const batch of readLineBatches(input, maxBytes)) yield* batch;
}

export interface JsonlOptions {
  /** Worker threads; 1 answers in this thread. */
  jobs: number;
  /** The longest line read (default 32 MB). */
  maxLineBytes?: number;
  /** Each error line's message, as it is written. */
  onError?: (message: string) => void;
}

/** Answers every line of `input` on `output`, in order. Resolves to the number of lines and of error lines. */
export async function streamJsonl(input: AsyncIterable<Uint8Array | string>, output: Writable, options: JsonlOptions): Promise<{ lines: number; errors: number }> {
  const runner = taskRunner(options.jobs);
  // A worker that died on a batch (out of memory, say) answers each of its lines with an error.
  const answer = (batch: InputLine[]): Promise<LineAnswer[]> =>
    runner.run({ kind: 'lines', lines: batch }).catch((error: Error) => batch.map((line) => errorAnswer(`line ${line.number}: internal error: ${error.message}`)));
  let lines = 0;
  let errors = 0;
  try {
    const window = options.jobs === 1 ? 1 : options.jobs * 2;
    for await (const answers of orderedMap(readLineBatches(input, options.maxLineBytes ?? 32 * 1024 * 1024), answer, window)) {
      for (const answered of answers) {
        lines++;
        if (answered.error) {
          errors++;
          options.onError?.(answered.error);
        }
        if (!output.write(answered.line + '\n')) await once(output, 'drain');
      }
    }
  } finally {
    await runner.close();
  }
  return { lines, errors };
}
