/**
 * Articles from the web: a page fetched over http(s) and read as a saved page is (html.ts),
 * its metadata included. Only the page itself is fetched: its HTML is parsed, never rendered,
 * so no image, script or style is requested. Within limits: a time limit for the whole
 * exchange (redirects and body included), a size limit counted while the body streams in
 * (after decompression), a few redirects at most, HTML content types only. Every failure is
 * an ArticleError naming the URL.
 */
import { ArticleError, type ArticleInput } from './article.ts';
import { decodeBytes, EncodingError, type DecodedText } from './encoding.ts';
import { readHtmlPage } from './html.ts';

export interface FetchLimits {
  /** For the whole fetch: every redirect and the whole body. */
  timeoutMs: number;
  /** Of the body as it arrives (decompressed). */
  maxBytes: number;
  maxRedirects: number;
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = { timeoutMs: 30_000, maxBytes: 32 * 1024 * 1024, maxRedirects: 5 };

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

export function isHttpUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/** A readable id from the host and path: `https://www.example.org/news/2025/talks.html` → `example-org-news-2025-talks`. */
export function articleIdFromUrl(url: URL): string {
  let path = url.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // a malformed escape: the path as written
  }
  const id = `${url.hostname.replace(/^www\./, '')}${path.replace(/\.(html?|xhtml|php|aspx?)$/i, '')}`
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id || 'page';
}

const size = (bytes: number) => (bytes >= 1048576 ? `${Number((bytes / 1048576).toFixed(1))} MB` : `${Number((bytes / 1024).toFixed(1))} KB`);
const seconds = (ms: number) => `${Number((ms / 1000).toFixed(2))} s`;

/** What went wrong in a fetch that threw ("connect ECONNREFUSED …"; undici keeps it in `cause`). */
function describeFailure(error: unknown): string {
  const cause = (error as { cause?: { message?: string } }).cause;
  return cause?.message || (error as Error).message;
}

class TooLarge extends Error {}

async function readLimited(body: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<Uint8Array> {
  if (!body) return new Uint8Array();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new TooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}

/** The charset a page declares: in its Content-Type, else in a `<meta>` among its first bytes. */
function declaredCharset(contentType: string, bytes: Uint8Array): string | undefined {
  const header = /;\s*charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1];
  if (header) return header;
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
}

/** Fetches a page and reads it as an article (id from the URL, metadata from the page). */
export async function fetchArticle(input: string, limits: Partial<FetchLimits> = {}): Promise<ArticleInput> {
  const { timeoutMs, maxBytes, maxRedirects } = { ...DEFAULT_FETCH_LIMITS, ...limits };
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new ArticleError(input, 'is not a valid URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ArticleError(input, 'only http and https URLs are fetched');
  const requested = url;
  const signal = AbortSignal.timeout(timeoutMs);
  const chain = [url.href];
  let bytes: Uint8Array;
  let contentType: string;
  try {
    let response: Response;
    for (;;) {
      response = await fetch(url, {
        redirect: 'manual',
        signal,
        headers: { accept: 'text/html, application/xhtml+xml;q=0.9', 'user-agent': 'tarikh (news article reader)' },
      });
      const location = response.status >= 300 && response.status < 400 ? response.headers.get('location') : null;
      if (!location) break;
      await response.body?.cancel().catch(() => undefined);
      const next = new URL(location, url);
      if (next.protocol !== 'http:' && next.protocol !== 'https:') throw new ArticleError(input, `redirected to ${next.href}, which is not an http(s) URL`);
      if (chain.includes(next.href)) throw new ArticleError(input, `redirect loop: ${[...chain, next.href].join(' → ')}`);
      if (chain.length > maxRedirects) throw new ArticleError(input, `more than ${maxRedirects} redirects (${chain.join(' → ')} → …)`);
      chain.push(next.href);
      url = next;
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw new ArticleError(input, `the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}${url === requested ? '' : ` (at ${url.href})`}`);
    }
    contentType = response.headers.get('content-type') ?? '';
    const mediaType = contentType.split(';')[0]!.trim().toLowerCase();
    if (!HTML_TYPES.has(mediaType)) {
      await response.body?.cancel().catch(() => undefined);
      throw new ArticleError(input, `is ${mediaType ? `"${mediaType}"` : 'of no stated type'}, not an HTML page (only text/html and application/xhtml+xml are read)`);
    }
    const length = Number(response.headers.get('content-length') ?? NaN);
    if (length > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw new TooLarge();
    }
    bytes = await readLimited(response.body, maxBytes);
  } catch (error) {
    if (error instanceof ArticleError) throw error;
    if (error instanceof TooLarge) {
      throw new ArticleError(input, `the page is larger than ${size(maxBytes)}, the limit per article (raise --max-article-mb)`);
    }
    if (signal.aborted) throw new ArticleError(input, `no complete answer within ${seconds(timeoutMs)}, the time limit`);
    throw new ArticleError(input, `cannot be fetched (${describeFailure(error)})`);
  }

  const notes: string[] = [];
  let decoded: DecodedText | undefined;
  const charset = declaredCharset(contentType, bytes);
  try {
    if (charset) {
      try {
        decoded = decodeBytes(bytes, charset);
      } catch (error) {
        // Pages do misdeclare: read it as an undeclared file would be, and say so.
        if (!(error instanceof EncodingError)) throw error;
        notes.push(`declared as ${charset}, but ${error.message.replace(/^the text/, 'it')}`);
      }
    }
    decoded ??= decodeBytes(bytes);
  } catch (error) {
    if (error instanceof EncodingError) throw new ArticleError(input, error.message);
    throw error;
  }
  if (decoded.how === 'detected') notes.push(`not UTF-8; read as ${decoded.encoding} (detected, confidence ${decoded.confidence}%)`);
  const page = readHtmlPage(decoded.text.replace(/^\uFEFF/, ''));
  // The page's canonical URL when it gives one, else where the page was found.
  const metadata = { ...page.metadata, url: page.metadata.url ?? url.href };
  return { id: articleIdFromUrl(requested), text: page.text, metadata, notes };
}
