/** A corpus of article files → one events document (used by the CLI and the Vite plugin). */
import { readdirSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import { readArticle, ArticleError, type ArticleInput } from './article.ts';
import { HTML_EXTENSIONS } from './html.ts';
import { extractArticle, type ArticleExtraction, type Warning } from './article-events.ts';
import { buildDocument } from './merge.ts';
import { validateEventsDocument } from '../events/validate.ts';
import type { EventsDocument } from '../events/schema.ts';

/** The files a folder's articles are in (their `.meta.json` sidecars are read beside them). */
export const ARTICLE_EXTENSIONS = new Set(['.txt', '.text', '.md', ...HTML_EXTENSIONS]);

/** The article files in a folder (not its metadata sidecars), sorted by name. */
export function listArticleFiles(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => ARTICLE_EXTENSIONS.has(extname(name).toLowerCase()) && !name.startsWith('.'))
    .sort()
    .map((name) => join(folder, name));
}

/** Expands folders among the given paths into their article files. */
export function expandPaths(paths: string[]): string[] {
  return paths.flatMap((path) => {
    try {
      if (statSync(path).isDirectory()) return listArticleFiles(path);
    } catch {
      // a missing file is reported when it is read
    }
    return [path];
  });
}

export interface CorpusResult {
  document: EventsDocument;
  extractions: ArticleExtraction[];
  warnings: Warning[];
  /** Files that could not be read, each with a message naming the file. */
  errors: string[];
  mentionCount: number;
}

export interface ExtractionOptions {
  ref?: string | null;
  /** false: leave `articles[].file` out of the document. */
  filePaths?: boolean;
  /**
   * Keep each article's date mentions in its extraction (the golden test reads them); otherwise
   * they are counted and dropped, so that a folder of thousands of articles holds only its events.
   */
  keepMentions?: boolean;
}

/** One source read and extracted, or the error that stopped it (naming the file or URL). */
export type ArticleOutcome = { name: string; extraction: ArticleExtraction } | { name: string; error: string };

/** Extracts an article that was read; what is worth telling about its file becomes a warning. */
export function extractRead(input: ArticleInput, name: string, options: ExtractionOptions = {}): ArticleExtraction {
  const extraction = extractArticle(input, { ref: options.ref ?? null });
  for (const note of input.notes ?? []) extraction.warnings.push({ article: input.id, message: `${name}: ${note}` });
  if (!input.text.trim()) extraction.warnings.push({ article: input.id, message: `${name}: ${input.file ? 'the file is empty' : 'the page has no text'}; no events` });
  if (options.filePaths === false) delete extraction.article.file;
  if (!options.keepMentions) {
    extraction.mentionCount = extraction.mentions.length;
    extraction.mentions = [];
  }
  return extraction;
}

/** The outcomes of a corpus, in the order of its sources, → one events document. */
export function assembleCorpus(outcomes: Iterable<ArticleOutcome>): CorpusResult {
  const extractions: ArticleExtraction[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  for (const outcome of outcomes) {
    if ('error' in outcome) {
      errors.push(outcome.error);
      continue;
    }
    const { id } = outcome.extraction.article;
    if (seen.has(id)) {
      errors.push(new ArticleError(outcome.name, `another article already has the id "${id}"`).message);
      continue;
    }
    seen.add(id);
    extractions.push(outcome.extraction);
  }
  const document = buildDocument(extractions);
  const validation = validateEventsDocument(document);
  if (!validation.ok) {
    throw new Error(`internal error: the extracted document does not pass its own schema:\n  ${validation.errors.join('\n  ')}`);
  }
  return {
    document,
    extractions,
    warnings: extractions.flatMap((extraction) => extraction.warnings),
    errors,
    mentionCount: extractions.reduce((sum, extraction) => sum + (extraction.mentionCount ?? extraction.mentions.length), 0),
  };
}

/** Files → one events document, in this thread (extractSources in parallel/ runs them on every core). */
export function extractFiles(
  files: string[],
  options: ExtractionOptions & { maxArticleBytes?: number; onProgress?: (done: number, total: number) => void } = {},
): CorpusResult {
  const outcomes = files.map((file, i): ArticleOutcome => {
    let outcome: ArticleOutcome;
    try {
      const input = readArticle(file, options.maxArticleBytes ? { maxBytes: options.maxArticleBytes } : {});
      outcome = { name: file, extraction: extractRead(input, file, options) };
    } catch (error) {
      if (!(error instanceof ArticleError)) throw error;
      outcome = { name: file, error: error.message };
    }
    options.onProgress?.(i + 1, files.length);
    return outcome;
  });
  return assembleCorpus(outcomes);
}

// Moved to atomic-write.ts (which the CLI loads without the extractor); kept here for old imports.
export { writeFileAtomic, removePendingTemporaryFiles } from './atomic-write.ts';
