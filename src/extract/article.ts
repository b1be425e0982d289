/**
 * Reading an article: its text, its sidecar metadata, its paragraphs (with their
 * offsets in the text), and which paragraphs are page furniture rather than article.
 */
import { readFileSync, existsSync, statSync } from 'node:fs';
import { basename, extname, dirname, join, isAbsolute, relative, sep } from 'node:path';
import * as v from 'valibot';
import { ID_PATTERN, isCalendarDay } from '../events/schema.ts';
import { letterCounts } from '../events/script.ts';
import { decodeBytes, EncodingError, type DecodedText } from './encoding.ts';
import { readHtmlPage, HTML_EXTENSIONS } from './html.ts';

/** Metadata sidecar: `<article>.meta.json` next to `<article>.txt`. Every field is optional. */
export const ArticleMetadataSchema = v.object({
  id: v.optional(v.pipe(v.string(), v.regex(ID_PATTERN, 'letters, digits, - and _ only'))),
  title: v.optional(v.string()),
  published: v.optional(v.pipe(v.string(), v.check(isCalendarDay, 'published must be a real calendar day written YYYY-MM-DD'))),
  source: v.optional(v.string()),
  byline: v.optional(v.string()),
  language: v.optional(v.picklist(['ar', 'en'], 'language must be "ar" or "en"')),
  url: v.optional(v.pipe(v.string(), v.url('url must be an absolute URL'))),
  encoding: v.optional(v.pipe(v.string(), v.description('The file\'s text encoding when it is not UTF-8, e.g. "windows-1256".'))),
});
export type ArticleMetadata = v.InferOutput<typeof ArticleMetadataSchema>;

export interface Paragraph {
  index: number;
  text: string;
  /** Offset of the paragraph's first character in the article text. */
  start: number;
  /** Page furniture: a news ticker, "read also" links, share or copyright lines. */
  boilerplate: boolean;
  /** A byline or dateline rather than article prose. */
  byline: boolean;
}

export interface ArticleInput {
  id: string;
  file?: string;
  text: string;
  metadata: ArticleMetadata;
  /** Things worth telling about how the file was read (an assumed encoding). */
  notes?: string[];
  /** Where `metadata.published` comes from: the metadata file (the default) or the saved page's own markup. */
  publishedFrom?: 'metadata' | 'page';
  /** Lines of a saved page outside its article text that may date it: its header's byline and date lines. */
  pageLines?: string[];
}

export class ArticleError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'ArticleError';
  }
}

/** How much of a text its language is read from. */
const LANGUAGE_SAMPLE = 20000;

/**
 * The language of an article from its script: Arabic when its Arabic letters are as many as its
 * Latin ones or more (scriptOf, the classifier the paragraphs and the view read with) in its first
 * LANGUAGE_SAMPLE code units; English when it has neither (a file of figures).
 */
export function detectLanguage(text: string): 'ar' | 'en' {
  const { arabic, latin } = letterCounts(text, LANGUAGE_SAMPLE);
  return arabic >= latin && arabic > 0 ? 'ar' : 'en';
}

/** A URL- and id-safe name from a file name. */
export function articleIdFromFile(file: string): string {
  const stem = basename(file, extname(file));
  const id = stem
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id || 'article';
}

/**
 * The article's file as the document records it: relative to the working folder, with `/`
 * (`../archive/a.txt` when outside it), so that a published document never names this
 * machine's folders; the file name alone when there is no relative path (another drive).
 */
export function portablePath(file: string): string {
  const path = relative(process.cwd(), file);
  if (!path || isAbsolute(path)) return basename(file);
  return path.split(sep).join('/');
}

/** Splits text into its non-blank lines, trimmed, keeping where each starts. */
export function splitParagraphs(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const line = /[^\r\n\u2028\u2029]+/g;
  for (let match = line.exec(text); match; match = line.exec(text)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) out.push({ text: trimmed, start: match.index + lead });
  }
  return out;
}

// Headings that open page furniture: everything from them to the end is not the article.
const TRAILING_FURNITURE = [
  /^(آخر|اخر|أحدث|احدث|أهم|اهم) (الأخبار|الاخبار|الأنباء|المقالات)\s*:?$/,
  /^(اقرأ|إقرأ|اقرا|إقرا) (أيضا|أيضاً|ايضا|ايضاً|المزيد)\s*:?$/,
  /^(أخبار|اخبار|مقالات|مواضيع) (ذات صلة|متعلقة|مشابهة)\s*:?$/,
  /^(الأكثر|الاكثر) (قراءة|مشاهدة)\s*:?$/,
  /^(related (stories|articles|news)|read (more|also)|more (news|stories)|latest news|most read)\s*:?$/i,
];
// Single lines of furniture anywhere in the page.
const FURNITURE_LINE = [
  /^(شارك|شارك المقال|مشاركة|share( this( article)?)?)\s*:?\s*(فيسبوك|تويتر|facebook|twitter|x|whatsapp|واتساب|\s|،|,|\|)*$/i,
  /(جميع الحقوق محفوظة|all rights reserved|©|copyright)/i,
  /^(اقرأ|إقرأ|اقرا) (أيضا|أيضاً|ايضا|ايضاً)\s*:/,
  /^(read (more|also))\s*:/i,
  /^(tags|الوسوم|كلمات مفتاحية)\s*:/i,
];
// A byline such as "الثورة: أسماء الفريح:" or "By Jane Doe" or "دمشق - سانا".
const BYLINE = [
  /^[^\s:]{2,20}(\s[^\s:]{2,20}){0,2}\s*:\s*[^:.،,]{2,40}:?$/,
  /^(by|بقلم|كتب|كتبت|إعداد|اعداد|تقرير)\s*:?\s+[^.،,]{2,60}$/i,
];

/** Decides for every paragraph whether it is article prose, a byline, or page furniture. */
export function classifyParagraphs(lines: { text: string; start: number }[]): Paragraph[] {
  let furnitureFrom = lines.length;
  for (let i = 1; i < lines.length; i++) {
    if (TRAILING_FURNITURE.some((pattern) => pattern.test(lines[i]!.text))) {
      furnitureFrom = i;
      break;
    }
  }
  return lines.map((line, index) => ({
    index,
    text: line.text,
    start: line.start,
    boilerplate: index >= furnitureFrom || FURNITURE_LINE.some((pattern) => pattern.test(line.text)),
    byline: index > 0 && index <= 2 && line.text.length < 80 && BYLINE.some((pattern) => pattern.test(line.text)),
  }));
}

/** Reads `<name>.meta.json` beside the article when there is one. */
function readMetadata(file: string): ArticleMetadata {
  const sidecar = join(dirname(file), `${basename(file, extname(file))}.meta.json`);
  if (!existsSync(sidecar)) return {};
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(sidecar, 'utf8'));
  } catch (error) {
    throw new ArticleError(sidecar, `broken JSON (${(error as Error).message})`);
  }
  const parsed = v.safeParse(ArticleMetadataSchema, json);
  if (!parsed.success) {
    const issue = parsed.issues[0]!;
    const key = issue.path?.map((item) => String((item as { key?: unknown }).key)).join('.');
    throw new ArticleError(sidecar, `${key ? key + ': ' : ''}${issue.message}`);
  }
  return parsed.output;
}

/** Articles larger than this are refused rather than read into memory whole. */
const MAX_ARTICLE_BYTES = 32 * 1024 * 1024;

export function readArticle(file: string, options: { maxBytes?: number } = {}): ArticleInput {
  const maxBytes = options.maxBytes ?? MAX_ARTICLE_BYTES;
  let bytes: Uint8Array;
  try {
    const size = statSync(file).size;
    if (size > maxBytes) {
      throw new ArticleError(
        file,
        `the file is ${(size / 1048576).toFixed(1)} MB; the limit is ${(maxBytes / 1048576).toFixed(0)} MB per article (split it, or raise --max-article-mb)`,
      );
    }
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof ArticleError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new ArticleError(file, code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : `cannot be read (${code})`);
  }
  const metadata = readMetadata(file);
  let decoded: DecodedText;
  try {
    decoded = decodeBytes(bytes, metadata.encoding);
  } catch (error) {
    if (error instanceof EncodingError) throw new ArticleError(file, error.message);
    throw error;
  }
  const notes: string[] = [];
  if (decoded.how === 'detected') {
    notes.push(`not UTF-8; read as ${decoded.encoding} (detected, confidence ${decoded.confidence}%)`);
  }
  const id = metadata.id ?? articleIdFromFile(file);
  if (HTML_EXTENSIONS.has(extname(file).toLowerCase())) {
    const page = readHtmlPage(decoded.text, metadata.url);
    const publishedFrom = metadata.published ? 'metadata' : page.metadata.published ? 'page' : undefined;
    return { id, file, text: page.text, metadata: { ...page.metadata, ...metadata }, notes, ...(publishedFrom ? { publishedFrom } : {}), pageLines: page.dateLines };
  }
  return { id, file, text: decoded.text.replace(/^\uFEFF/, ''), metadata, notes };
}
