/**
 * The shapes of a `--jsonl` line in and of its answer out, and the error answer: what the main
 * thread needs to run a stream through workers, without loading the extractor (jsonl.ts).
 */

export interface LineAnswer {
  /** The answer, one JSON object, without its newline. */
  line: string;
  /** Set when the answer is an error line. */
  error?: string;
  /** How many mentions and events the answer holds (0 in an error line). */
  mentions?: number;
  events?: number;
}

/** A line as read: its text, or why it has none (too long, not UTF-8). */
export type InputLine = { number: number; text: string } | { number: number; problem: string };

/** The error line for a line that could not be read. */
export function errorAnswer(message: string): LineAnswer {
  return { line: JSON.stringify({ id: null, error: message, mentions: [], events: [] }), error: message };
}
