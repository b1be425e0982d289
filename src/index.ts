/**
 * Tarikh as a library (Node): `import { extract, extractText, findDateMentions } from 'tarikh'`.
 * The same extractor as `tarikh extract`, and the contracts it writes: the events document
 * and the corrections file (types, validators, applying corrections). The view is
 * `tarikh/embed`, the Vite plugin `tarikh/vite`.
 */
import type { Correction } from './events/corrections.ts';
import type { EventsDocument } from './events/schema.ts';
import { extractArticle, type Warning } from './extract/article-events.ts';
import { detectLanguage, type ArticleMetadata } from './extract/article.ts';
import { readCorrectionsFile } from './extract/corrections-file.ts';
import { buildDocument } from './extract/merge.ts';
import { extractSources } from './extract/parallel/extract-sources.ts';
import { publish } from './extract/publish.ts';
import { expandInputs } from './extract/sources.ts';
import type { FetchLimits } from './extract/fetch-page.ts';

export interface ExtractOptions {
  /** The publication date for every article (YYYY-MM-DD), over their metadata. */
  ref?: string;
  /** Worker threads extracting at once (default 1: in this thread). */
  jobs?: number;
  /** Articles (files, pages) larger than this are refused (default 32 MB). */
  maxArticleBytes?: number;
  /** For URLs: time limit, size limit (default maxArticleBytes), redirects. */
  fetch?: Partial<FetchLimits>;
  /** false: leave `articles[].file` out (by default it is the path relative to the working folder). */
  filePaths?: boolean;
  /** A person's corrections to apply: the corrections themselves, or a corrections file's path. */
  corrections?: readonly Correction[] | string;
  /** Publish only the events a correction approved. */
  approvedOnly?: boolean;
  onProgress?: (done: number, total: number) => void;
}

export interface ExtractResult {
  /** The events document, corrections applied. */
  document: EventsDocument;
  /** Articles that could not be read or fetched, each message naming its file or URL; the rest were extracted. */
  errors: string[];
  warnings: Warning[];
  /** Date mentions found, events or not. */
  mentionCount: number;
}

/**
 * Extracts articles into one events document. Each input is a file (.txt, .html, with its
 * .meta.json sidecar), a folder of them, a glob or an http(s) URL of a news page. A bad
 * input is an entry of `errors`, never a rejection; an unusable corrections file rejects
 * (CorrectionsFileError).
 */
export async function extract(inputs: string | readonly string[], options: ExtractOptions = {}): Promise<ExtractResult> {
  const corrections = typeof options.corrections === 'string' ? readCorrectionsFile(options.corrections, { missing: 'error' }) : (options.corrections ?? null);
  const result = await extractSources(expandInputs(typeof inputs === 'string' ? [inputs] : inputs), {
    ref: options.ref ?? null,
    jobs: options.jobs ?? 1,
    ...(options.maxArticleBytes ? { maxArticleBytes: options.maxArticleBytes } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.filePaths === false ? { filePaths: false } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  const published = publish(result, corrections?.length ? corrections : null, {
    approvedOnly: options.approvedOnly ?? false,
    ...(typeof options.corrections === 'string' ? { file: options.corrections } : {}),
  });
  return {
    document: published.document,
    errors: result.errors,
    warnings: [...result.warnings, ...published.warnings],
    mentionCount: result.mentionCount,
  };
}

export interface TextOptions extends Omit<ArticleMetadata, 'encoding'> {
  /** The article's id in the document (letters, digits, - and _). Default `text`. */
  id?: string;
  /** The publication date (YYYY-MM-DD) relative dates are resolved against; `published` too. */
  ref?: string;
}

/** Extracts one text (the first line is its headline) into an events document. */
export function extractText(text: string, options: TextOptions = {}): EventsDocument {
  const { id = 'text', ref, ...metadata } = options;
  const language = metadata.language ?? detectLanguage(text);
  const extraction = extractArticle({ id, text, metadata: { ...metadata, language } }, { ref: ref ?? metadata.published ?? null });
  return buildDocument([extraction]);
}

export { findDateMentions } from './extract/dates/index.ts';
export type { DateMention, FindDatesOptions } from './extract/dates/types.ts';
export { serializeAs, FORMATS, type Format } from './extract/exports/index.ts';
export { readCorrectionsFile, CorrectionsFileError } from './extract/corrections-file.ts';
export { DEFAULT_FETCH_LIMITS, type FetchLimits } from './extract/fetch-page.ts';
export type { Warning } from './extract/article-events.ts';
export type { ArticleMetadata } from './extract/article.ts';

// The contracts: the events document and the corrections file.
export * from './events/index.ts';
