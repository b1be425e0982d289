/**
 * The whole build step on one article, as `tarikh extract --jsonl` does it for one line: the
 * line's JSON read, its date mentions, its events (extracted and merged), and the JSON line
 * written for them (src/extract/jsonl.ts answerLine, the very function the CLI's workers run).
 * What the benchmark times as "the whole pipeline".
 */
import { answerLine } from '../src/extract/jsonl.ts';

export function extractLine(id: string, text: string, ref: string | null): { line: string; mentions: number; events: number } {
  const answer = answerLine(JSON.stringify({ id, text, ref }), 1);
  if (answer.error) throw new Error(`bench: ${id}: ${answer.error}`);
  return { line: answer.line, mentions: answer.mentions ?? 0, events: answer.events ?? 0 };
}
