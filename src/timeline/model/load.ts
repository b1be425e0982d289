/** Fetching and validating an events document; the view never draws an unvalidated one. */
import { validateEventsDocument, type EventsDocument } from '../../events/index.ts';
import { parseHttpUrl } from '../../events/url.ts';

export type LoadResult =
  | { state: 'ok'; document: EventsDocument }
  | { state: 'invalid'; errors: string[] }
  | { state: 'fetch-failed'; message: string }
  | { state: 'bad-src'; src: string };

export async function loadEventsDocument(
  src: string,
  base: string,
  fetchImpl: typeof fetch = fetch,
  signal?: AbortSignal,
): Promise<LoadResult> {
  // Read against the page's URL; null unless it is http(s).
  const url = parseHttpUrl(src, base);
  if (!url) return { state: 'bad-src', src };
  let json: unknown;
  try {
    const response = await fetchImpl(url, { signal, headers: { Accept: 'application/json' } });
    if (!response.ok) return { state: 'fetch-failed', message: `HTTP ${response.status} ${response.statusText}`.trim() };
    json = await response.json();
  } catch (error) {
    if (signal?.aborted) throw error;
    return { state: 'fetch-failed', message: error instanceof Error ? error.message : String(error) };
  }
  return checkDocument(json);
}

export function checkDocument(json: unknown): LoadResult {
  const result = validateEventsDocument(json);
  return result.ok ? { state: 'ok', document: result.document } : { state: 'invalid', errors: result.errors };
}
