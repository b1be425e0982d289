/**
 * The one rule for URLs that come from outside (an article's link in an events document, the
 * `src` of a document to fetch, the origin of a page embedding the frame), in the view, the
 * embed and every export: only http(s) URLs are used; anything else (javascript:, data:,
 * file:, not a URL) is dropped.
 */

/** `url`, read against `base` when one is given, as a URL when it is http(s); else null. */
export function parseHttpUrl(url: string | null | undefined, base?: string): URL | null {
  if (url == null) return null;
  try {
    const parsed = new URL(url, base);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : null;
  } catch {
    return null;
  }
}

/** An absolute http(s) link, normalized, else null (a relative link has nothing to be read against). */
export function httpUrl(url: string | null | undefined): string | null {
  return parseHttpUrl(url)?.href ?? null;
}
