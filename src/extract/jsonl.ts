/**
 * `tarikh extract --jsonl`, one line: `{"id", "text", "ref"}` in, `{"id", "mentions",
 * "events"}` out, or an error line `{"id", "error", "mentions": [], "events": []}`. A pure
 * function of the line (jsonl-stream.ts runs it over a stream, on every core).
 */
import { isCalendarDay, ID_PATTERN } from '../events/schema.ts';
import { detectLanguage } from './article.ts';
import { extractArticle } from './article-events.ts';
import { findDateMentions } from './dates/index.ts';
import { errorAnswer, type InputLine, type LineAnswer } from './jsonl-line.ts';
import { buildDocument } from './merge.ts';

export { errorAnswer, type InputLine, type LineAnswer };

class LineError extends Error {}

const EXPECTED = 'expected a JSON object {"id", "text", "ref"}';

/** One input line → its answer: `{id, mentions, events}`, or `{id, error, mentions: [], events: []}`. */
export function answerLine(text: string, lineNumber: number): LineAnswer {
  let id: unknown = null;
  try {
    if (!text.trim()) throw new LineError(`line ${lineNumber}: blank; ${EXPECTED}`);
    let input: { id?: unknown; text?: unknown; ref?: unknown } | null;
    try {
      input = JSON.parse(text);
    } catch {
      throw new LineError(`line ${lineNumber}: not valid JSON`);
    }
    if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new LineError(`line ${lineNumber}: ${EXPECTED}`);
    id = input.id ?? null;
    if (typeof input.text !== 'string') throw new LineError(`line ${lineNumber}: "text" must be a string`);
    const ref = input.ref == null || input.ref === '' ? undefined : String(input.ref);
    if (ref !== undefined && !isCalendarDay(ref)) throw new LineError(`line ${lineNumber}: ref: "${ref}" is not a calendar day written YYYY-MM-DD`);
    const article = input.text;
    const language = detectLanguage(article);
    const articleId = typeof id === 'string' && ID_PATTERN.test(id) ? id : `line-${lineNumber}`;
    const extraction = extractArticle({ id: articleId, text: article, metadata: { language, ...(ref ? { published: ref } : {}) } }, { ref: ref ?? null });
    // The line's mentions are read against its own ref: the extraction's, unless a dateline stood in for a missing one.
    const read = extraction.article.published === (ref ?? null) ? extraction.mentions : findDateMentions(article, { ref: ref ?? null, language });
    const mentions = read.map(({ text, start, end, value }) => ({ text, start, end, value }));
    const events = buildDocument([extraction]).events;
    return { line: JSON.stringify({ id, mentions, events }), mentions: mentions.length, events: events.length };
  } catch (error) {
    // A bug met on one line must not stop a pipeline's other million: it is that line's answer.
    const message = error instanceof LineError ? error.message : `line ${lineNumber}: internal error: ${(error as Error)?.message ?? error}`;
    return { line: JSON.stringify({ id, error: message, mentions: [], events: [] }), error: message };
  }
}

/** Answers lines as read (those that could not be read with their error line). */
export function answerLines(lines: readonly InputLine[]): LineAnswer[] {
  return lines.map((line) => ('problem' in line ? errorAnswer(line.problem) : answerLine(line.text, line.number)));
}
