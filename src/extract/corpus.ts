/** A corpus of article files → one events document (used by the CLI and the Vite plugin). */
import { readdirSync, statSync, writeFileSync, renameSync, rmSync } from 'node:fs';
import { join, extname, dirname, basename } from 'node:path';
import { readArticle, ArticleError } from './article.ts';
import { HTML_EXTENSIONS } from './html.ts';
import { extractArticle, type ArticleExtraction, type Warning } from './article-events.ts';
import { buildDocument } from './merge.ts';
import { validateEventsDocument } from '../events/validate.ts';
import type { EventsDocument } from '../events/schema.ts';

const ARTICLE_EXTENSIONS = new Set(['.txt', '.text', '.md', ...HTML_EXTENSIONS]);

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
  /**
   * Each article's extraction. Its date mentions are kept only with `keepMentions` (tests and
   * evaluations read them): a corpus of thousands of articles keeps their count, not the
   * mentions, so that memory follows the largest article rather than the whole corpus.
   */
  extractions: ArticleExtraction[];
  warnings: Warning[];
  /** Files that could not be read, each with a message naming the file. */
  errors: string[];
  mentionCount: number;
}

export function extractFiles(
  files: string[],
  options: { ref?: string | null; maxArticleBytes?: number; keepMentions?: boolean; onProgress?: (done: number, total: number) => void } = {},
): CorpusResult {
  const extractions: ArticleExtraction[] = [];
  const errors: string[] = [];
  let mentionCount = 0;
  const seen = new Set<string>();
  files.forEach((file, i) => {
    try {
      const input = readArticle(file, options.maxArticleBytes ? { maxBytes: options.maxArticleBytes } : {});
      if (seen.has(input.id)) throw new ArticleError(file, `another article already has the id "${input.id}"`);
      seen.add(input.id);
      const extraction = extractArticle(input, { ref: options.ref ?? null });
      for (const note of input.notes ?? []) extraction.warnings.push({ article: input.id, message: `${file}: ${note}` });
      if (!input.text.trim()) extraction.warnings.push({ article: input.id, message: `${file}: the file is empty; no events` });
      mentionCount += extraction.mentions.length;
      extractions.push(options.keepMentions ? extraction : { ...extraction, mentions: [] });
    } catch (error) {
      if (error instanceof ArticleError) errors.push(error.message);
      else throw error;
    }
    options.onProgress?.(i + 1, files.length);
  });
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
    mentionCount,
  };
}

/**
 * Writes a file so that readers see the old content or the new, never half of it:
 * the text goes to a temporary file beside the target, which is then renamed over it.
 */
const pendingTemporaryFiles = new Set<string>();

/** Removes temporary files of writes cut short (the CLI calls it on Ctrl-C). */
export function removePendingTemporaryFiles(): void {
  for (const file of pendingTemporaryFiles) rmSync(file, { force: true });
  pendingTemporaryFiles.clear();
}

export function writeFileAtomic(target: string, content: string): void {
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  pendingTemporaryFiles.add(temporary);
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  } finally {
    pendingTemporaryFiles.delete(temporary);
  }
}
