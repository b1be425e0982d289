/**
 * The work one worker thread does for one item: an article source read and extracted, or
 * a batch of JSONL lines answered. The same functions run in the main thread with `--jobs 1`, so
 * the output cannot depend on where an item ran.
 */
import { answerLines, type InputLine, type LineAnswer } from '../jsonl.ts';
import { extractSource, type ArticleSource, type SourceOptions } from '../sources.ts';
import type { ArticleOutcome } from '../corpus.ts';

export type Task = { kind: 'source'; source: ArticleSource; options: SourceOptions } | { kind: 'lines'; lines: InputLine[] };

export type TaskResult<T extends Task> = T extends { kind: 'source' } ? ArticleOutcome : LineAnswer[];

export async function runTask<T extends Task>(task: T): Promise<TaskResult<T>> {
  const result = task.kind === 'source' ? await extractSource(task.source, task.options) : answerLines(task.lines);
  return result as TaskResult<T>;
}
