/**
 * The review API as connect middleware (Vite's dev and preview servers take it): the state,
 * the operations on the corrections file, a stream of changes for other tabs, and the form's
 * helpers (a typed date read by the date engine, places and actors from the gazetteer).
 * Paths and shapes: src/events/review-api.ts.
 *
 * Only the review page may change the file: a change must be a JSON request (a page of
 * another site cannot send one without asking first, and is never answered yes) from the
 * server's own origin.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CorrectionOperation } from '../../events/corrections.ts';
import { REVIEW_API, type ApiError, type DateRequest, type OperationsResult } from '../../events/review-api.ts';
import { CorrectionsFileError } from '../corrections-file.ts';
import { readTypedDate } from '../dates/typed-date.ts';
import { actorSuggestions, searchPlaces } from '../gazetteer/search.ts';
import type { ReviewSession } from './session.ts';

type Next = (error?: unknown) => void;

const MAX_BODY = 1024 * 1024;
/** A comment line now and then keeps proxies and browsers from closing an idle stream. */
const HEARTBEAT_MS = 25_000;

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiError,
  ) {
    super(body.error);
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(body));
}

/** A change must come from the page itself: JSON, and (when the browser says) from this origin. */
function checkSameOrigin(req: IncomingMessage): void {
  const type = req.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(type)) throw new HttpError(415, { error: 'send JSON (Content-Type: application/json)' });
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `http://${req.headers.host}` && origin !== `https://${req.headers.host}`) {
    throw new HttpError(403, { error: `requests from ${origin} may not change the corrections` });
  }
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') throw new HttpError(403, { error: `a ${site} request may not change the corrections` });
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new HttpError(413, { error: `the request is larger than ${MAX_BODY / 1024} KB` });
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, { error: 'the request is not valid JSON' });
  }
}

/** The shape of the operations; the records themselves are validated by the corrections contract. */
function operationsOf(body: unknown): CorrectionOperation[] {
  const list = (body as { operations?: unknown } | null)?.operations;
  if (!Array.isArray(list) || list.length === 0) throw new HttpError(400, { error: 'operations: expected a non-empty list' });
  return list.map((item, i) => {
    const operation = item as { op?: unknown; id?: unknown; correction?: unknown } | null;
    if (operation?.op === 'remove' && typeof operation.id === 'string') return { op: 'remove', id: operation.id };
    if (operation?.op === 'put' && operation.correction && typeof operation.correction === 'object') {
      return { op: 'put', correction: operation.correction as never };
    }
    throw new HttpError(400, { error: `operations[${i}]: expected {"op": "put", "correction": {…}} or {"op": "remove", "id": "…"}` });
  });
}

function dateRequestOf(body: unknown): DateRequest {
  const request = body as Partial<DateRequest> | null;
  if (typeof request?.text !== 'string') throw new HttpError(400, { error: 'text: expected a string' });
  const ref = request.ref;
  if (ref != null && (typeof ref !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(ref))) throw new HttpError(400, { error: 'ref: expected YYYY-MM-DD' });
  const language = request.language === 'ar' || request.language === 'en' ? request.language : undefined;
  return { text: request.text.slice(0, 200), ref: ref ?? null, ...(language ? { language } : {}) };
}

function streamChanges(session: ReviewSession, req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    // no-transform: a compressing proxy or middleware would hold the events back.
    'Cache-Control': 'no-store, no-transform',
    Connection: 'keep-alive',
  });
  const version = (n: number) => res.write(`event: version\ndata: ${n}\n\n`);
  res.write('retry: 2000\n\n');
  version(session.version);
  const unsubscribe = session.subscribe(version);
  const heartbeat = setInterval(() => res.write(': still here\n\n'), HEARTBEAT_MS);
  req.on('close', () => {
    clearInterval(heartbeat);
    unsubscribe();
  });
}

export function reviewApi(session: ReviewSession) {
  return async function review(req: IncomingMessage, res: ServerResponse, next: Next): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://review.invalid');
    if (!url.pathname.startsWith(REVIEW_API + '/')) return next();
    const route = `${req.method} ${url.pathname.slice(REVIEW_API.length)}`;
    try {
      switch (route) {
        case 'GET /state':
          return send(res, 200, session.state());
        case 'GET /changes':
          return streamChanges(session, req, res);
        case 'POST /operations': {
          checkSameOrigin(req);
          const operations = operationsOf(await readJson(req));
          try {
            const undo = session.apply(operations);
            const result: OperationsResult = { undo, state: session.state() };
            return send(res, 200, result);
          } catch (error) {
            if (!(error instanceof CorrectionsFileError)) throw error;
            // The file on disk is broken (409: fix it first), or a record was refused (400).
            const broken = session.state().correctionsError !== null;
            throw new HttpError(broken ? 409 : 400, { error: error.message, file: error.file, problems: error.problems });
          }
        }
        case 'POST /date': {
          checkSameOrigin(req);
          const request = dateRequestOf(await readJson(req));
          return send(res, 200, readTypedDate(request.text, request));
        }
        case 'GET /places':
          return send(res, 200, searchPlaces((url.searchParams.get('q') ?? '').slice(0, 100)));
        case 'GET /actors':
          return send(res, 200, actorSuggestions());
        default:
          throw new HttpError(404, { error: `no such review API: ${route}` });
      }
    } catch (error) {
      if (error instanceof HttpError) return send(res, error.status, error.body);
      send(res, 500, { error: `the review server failed: ${(error as Error).message}` } satisfies ApiError);
    }
  };
}
