/**
 * Where articles come from: what the CLI and the API are given (files, folders, globs,
 * http(s) URLs), expanded in the order given into one list of sources, and each source read
 * into an article.
 */
import { statSync } from 'node:fs';
import { extname } from 'node:path';
import { globSync } from 'tinyglobby';
import { ArticleError, readArticle, type ArticleInput } from './article.ts';
import { ARTICLE_EXTENSIONS, extractRead, listArticleFiles, type ArticleOutcome, type ExtractionOptions } from './corpus.ts';
import { fetchArticle, isHttpUrl, type FetchLimits } from './fetch-page.ts';

export type ArticleSource =
  | { kind: 'file'; path: string }
  | { kind: 'url'; url: string }
  /** A glob that matched no article file: an error in its place, the rest still read. */
  | { kind: 'unmatched'; pattern: string };

const GLOB_CHARACTERS = /[*?[\]{}]/;

/**
 * Files as given; folders as their article files (sorted by name); globs as the article
 * files they match (sorted); URLs as URLs. A path that exists is never read as a glob, and a
 * missing file is reported when it is read.
 */
export function expandInputs(inputs: readonly string[]): ArticleSource[] {
  return inputs.flatMap((input): ArticleSource[] => {
    if (isHttpUrl(input)) return [{ kind: 'url', url: input }];
    let isFolder: boolean | undefined;
    try {
      isFolder = statSync(input).isDirectory();
    } catch {
      // not there: a glob, or a missing file reported when it is read
    }
    if (isFolder) return listArticleFiles(input).map((path) => ({ kind: 'file', path }));
    if (isFolder === false || !GLOB_CHARACTERS.test(input)) return [{ kind: 'file', path: input }];
    const matches = globSync(input, { onlyFiles: true, expandDirectories: false })
      .filter((path) => ARTICLE_EXTENSIONS.has(extname(path).toLowerCase()))
      .sort();
    return matches.length ? matches.map((path) => ({ kind: 'file', path })) : [{ kind: 'unmatched', pattern: input }];
  });
}

export interface ReadOptions {
  maxArticleBytes?: number;
  /** Limits for URLs; maxBytes defaults to maxArticleBytes. */
  fetch?: Partial<FetchLimits>;
}

/** Reads one source into an article; an ArticleError (naming the file or URL) when it cannot. */
export async function readSource(source: ArticleSource, options: ReadOptions = {}): Promise<ArticleInput> {
  switch (source.kind) {
    case 'file':
      return readArticle(source.path, options.maxArticleBytes ? { maxBytes: options.maxArticleBytes } : {});
    case 'url':
      return fetchArticle(source.url, { ...(options.maxArticleBytes ? { maxBytes: options.maxArticleBytes } : {}), ...options.fetch });
    case 'unmatched':
      throw new ArticleError(source.pattern, 'no article file (.txt, .html, …) matches this pattern');
  }
}

/** How a source is named in messages. */
export function sourceName(source: ArticleSource): string {
  return source.kind === 'file' ? source.path : source.kind === 'url' ? source.url : source.pattern;
}

export type SourceOptions = ReadOptions & ExtractionOptions;

/** Reads and extracts one source: the task each worker thread runs for a corpus. */
export async function extractSource(source: ArticleSource, options: SourceOptions = {}): Promise<ArticleOutcome> {
  const name = sourceName(source);
  try {
    return { name, extraction: extractRead(await readSource(source, options), name, options) };
  } catch (error) {
    if (error instanceof ArticleError) return { name, error: error.message };
    throw error;
  }
}
