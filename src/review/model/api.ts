/** Calls to the review server (paths and shapes: events/review-api.ts). */
import type { CorrectionOperation } from '../../events/index.ts';
import { REVIEW_API, type ActorSuggestion, type ApiError, type DateRequest, type OperationsResult, type PlaceSuggestion, type ReviewState, type TypedDate } from '../../events/review-api.ts';

/** A request the server refused or could not answer; `problems` lists a broken corrections file's. */
export class ReviewApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly problems: string[] = [],
  ) {
    super(message);
  }
}

async function call<T>(path: string, init: RequestInit = {}, fetchImpl: typeof fetch = fetch): Promise<T> {
  let response: Response;
  try {
    response = await fetchImpl(REVIEW_API + path, { ...init, headers: { Accept: 'application/json', ...(init.body ? { 'Content-Type': 'application/json' } : {}) } });
  } catch (error) {
    throw new ReviewApiError((error as Error).message, 0);
  }
  const body = (await response.json().catch(() => null)) as (T & Partial<ApiError>) | null;
  if (!response.ok || body === null) {
    const problems = body?.problems ?? [];
    throw new ReviewApiError(problems.length ? problems.join('; ') : (body?.error ?? `HTTP ${response.status}`), response.status, problems);
  }
  return body;
}

export const reviewApi = {
  state: (fetchImpl?: typeof fetch) => call<ReviewState>('/state', {}, fetchImpl),
  operations: (operations: CorrectionOperation[], fetchImpl?: typeof fetch) =>
    call<OperationsResult>('/operations', { method: 'POST', body: JSON.stringify({ operations }) }, fetchImpl),
  date: (request: DateRequest, fetchImpl?: typeof fetch) => call<TypedDate>('/date', { method: 'POST', body: JSON.stringify(request) }, fetchImpl),
  places: (query: string, fetchImpl?: typeof fetch) => call<PlaceSuggestion[]>(`/places?q=${encodeURIComponent(query)}`, {}, fetchImpl),
  actors: (fetchImpl?: typeof fetch) => call<ActorSuggestion[]>('/actors', {}, fetchImpl),
  changesUrl: REVIEW_API + '/changes',
};
