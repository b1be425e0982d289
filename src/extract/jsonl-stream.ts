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
import type { LineAnswer } from './jsonl.ts';
import { orderedMap } from './parallel/ordered-map.ts';
import { taskRunner } from './parallel/worker-pool.ts';

/** A line as read: its text, or why it has none (too long, not UTF-8). */
export type InputLine = { number: number; text: string } | { number: number; problem: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The lines of a byte stream (`\n` or `\r\n`), each at most `maxBytes`: a longer line is
 * skipped as it streams past, never held whole, and reported in its place.
 */
export async function* readLines(input: AsyncIterable<Uint8Array | string>, maxBytes: number): AsyncGenerator<InputLine> {
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
      yield line();
      parts = [];
      size = 0;
      tooLong = false;
      start = newline + 1;
    }
  }
  if (size > 0 || tooLong) yield line();
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
  const answer = (line: InputLine): Promise<LineAnswer> => {
    if ('problem' in line) return Promise.resolve({ line: JSON.stringify({ id: null, error: line.problem, mentions: [], events: [] }), error: line.problem });
    // A worker that died on this line (out of memory, say) answers it with an error too.
    return runner.run({ kind: 'line', text: line.text, number: line.number }).catch((error: Error) => {
      const message = `line ${line.number}: internal error: ${error.message}`;
      return { line: JSON.stringify({ id: null, error: message, mentions: [], events: [] }), error: message };
    });
  };
  let lines = 0;
  let errors = 0;
  try {
    const window = options.jobs === 1 ? 1 : options.jobs * 4;
    for await (const answered of orderedMap(readLines(input, options.maxLineBytes ?? 32 * 1024 * 1024), answer, window)) {
      lines++;
      if (answered.error) {
        errors++;
        options.onError?.(answered.error);
      }
      if (!output.write(answered.line + '\n')) await once(output, 'drain');
    }
  } finally {
    await runner.close();
  }
  return { lines, errors };
}
