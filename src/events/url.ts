/**
 * The one rule for links taken from an events document, in the view and in every export:
 * only http(s) URLs leave Tarikh; anything else (javascript:, data:, relative) is dropped.
 */
export function httpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
