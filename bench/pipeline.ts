/**
 * The whole build step on one article, as `npm run extract -- --jsonl` does it for one line
 * (src/extract/cli.ts, runJsonl): its date mentions, its events (extracted and merged), and the
 * JSON line written for them. What the benchmark times as "the whole pipeline".
 */
import { detectLanguage } from '../src/extract/article.ts';
import { extractArticle } from '../src/extract/article-events.ts';
import { findDateMentions } from '../src/extract/dates/index.ts';
import { buildDocument } from '../src/extract/merge.ts';

export function extractLine(id: string, text: string, ref: string | null, language: 'ar' | 'en' = detectLanguage(text)): { line: string; mentions: number; events: number } {
  const extraction = extractArticle({ id, text, metadata: { language, ...(ref ? { published: ref } : {}) } }, { ref });
  const read = extraction.article.published === ref ? extraction.mentions : findDateMentions(text, { ref, language });
  const mentions = read.map(({ text, start, end, value }) => ({ text, start, end, value }));
  const events = buildDocument([extraction]).events;
  return { line: JSON.stringify({ id, mentions, events }), mentions: mentions.length, events: events.length };
}
