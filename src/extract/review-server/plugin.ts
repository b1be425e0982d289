/**
 * The review server as a Vite plugin: the API (api.ts) in the server's middleware, the page at
 * /review.html (and /), and watchers that extract again when an article changes and read the
 * corrections again when their file changes on disk (a `git pull`, an edit by hand). Works on
 * Vite's preview server (what `npm run review` runs: the built page under the same strict CSP
 * as the app) and on its dev server (`npm run review -- --dev`, for working on the page).
 */
import { watch, type FSWatcher } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename, dirname } from 'node:path';
import type { Plugin } from 'vite';
import { reviewApi } from './api.ts';
import type { ReviewSession } from './session.ts';

/** The app's policy (e2e/csp-strict.spec.ts): no inline scripts or styles, no eval. */
export const REVIEW_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export interface ReviewPluginOptions {
  /** Send REVIEW_CSP with every response (the built page; Vite's dev client needs inline styles). */
  csp: boolean;
  /** Quiet period before a burst of file events is acted on. */
  debounceMs?: number;
  log?: (message: string) => void;
}

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

function debounced(run: () => void, ms: number): { (): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const call = () => {
    clearTimeout(timer);
    timer = setTimeout(run, ms);
  };
  call.cancel = () => clearTimeout(timer);
  return call;
}

/** Watches the articles folder and the corrections file; returns the function that stops it. */
export function watchReviewFiles(session: ReviewSession, options: Pick<ReviewPluginOptions, 'debounceMs' | 'log'> = {}): () => void {
  const ms = options.debounceMs ?? 150;
  const log = options.log ?? (() => {});
  const { articlesDir, correctionsFile } = session.options;
  const extract = debounced(() => {
    log(`articles changed: extracting ${articlesDir} again`);
    session.extract();
    const state = session.state();
    log(state.extractionError ?? `${state.extraction?.articles} articles, ${state.extraction?.events} events`);
  }, ms);
  const reload = debounced(() => {
    if (session.reloadCorrections()) {
      const error = session.state().correctionsError;
      log(error ? `the corrections file cannot be used: ${error.problems.join('; ')}` : `corrections read again from ${correctionsFile}`);
    }
  }, ms);
  const watchers: FSWatcher[] = [];
  const follow = (folder: string, listener: (changed: string | null) => void) => {
    try {
      watchers.push(watch(folder, (_event, changed) => listener(changed === null ? null : String(changed))));
    } catch (error) {
      // A folder that is not there (yet): the page says what is wrong; nothing to follow.
      log(`cannot watch ${folder}: ${(error as Error).message}`);
    }
  };
  follow(articlesDir, () => extract());
  // The folder, not the file: an atomic write replaces the file, and it may not exist yet.
  const name = basename(correctionsFile);
  follow(dirname(correctionsFile), (changed) => (changed === null || changed === name) && reload());
  return () => {
    extract.cancel();
    reload.cancel();
    for (const watcher of watchers) watcher.close();
  };
}

export function tarikhReview(session: ReviewSession, options: ReviewPluginOptions): Plugin {
  const api = reviewApi(session);
  const page: Middleware = (req, res, next) => {
    if (options.csp) res.setHeader('Content-Security-Policy', REVIEW_CSP);
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/' || path === '/index.html') {
      res.statusCode = 302;
      res.setHeader('Location', '/review.html');
      return res.end();
    }
    // No icon: say so without an error in the page's console.
    if (path === '/favicon.ico') {
      res.statusCode = 204;
      return res.end();
    }
    next();
  };
  const install = (server: { middlewares: { use(handler: Middleware): unknown }; httpServer: { once(event: 'close', listener: () => void): unknown } | null }) => {
    server.middlewares.use(page);
    server.middlewares.use((req, res, next) => void api(req, res, next));
    const stop = watchReviewFiles(session, { ...(options.debounceMs !== undefined ? { debounceMs: options.debounceMs } : {}), ...(options.log ? { log: options.log } : {}) });
    server.httpServer?.once('close', stop);
  };
  return {
    name: 'tarikh-review',
    configureServer: (server) => install(server),
    configurePreviewServer: (server) => install(server),
  };
}
