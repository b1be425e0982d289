/**
 * Vite plugin: runs the build step inside Vite. `vite build` and `vite` (dev) run the
 * same extraction as `npm run extract` (data/articles/ → data/events.json, with the
 * corrections in data/corrections.json applied); in dev, changing an article or the
 * corrections regenerates the document and reloads the page. The document is served at
 * /events.json and emitted into the build output.
 *
 * The extractor runs as the CLI in a child process (through tsx), so Vite's config
 * bundle stays small and the messages are the CLI's own.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';

export interface TarikhEventsOptions {
  articlesDir?: string;
  eventsFile?: string;
  /** A person's corrections (default data/corrections.json; applied when the file exists). */
  correctionsFile?: string;
  /** Publish only the events a person approved. */
  approvedOnly?: boolean;
  /** false: serve and emit the events file as it is, without extracting. */
  extract?: boolean;
}

export function tarikhEvents(options: TarikhEventsOptions = {}): Plugin {
  const articlesDir = resolve(options.articlesDir ?? 'data/articles');
  const eventsFile = resolve(options.eventsFile ?? 'data/events.json');
  const correctionsFile = resolve(options.correctionsFile ?? 'data/corrections.json');
  let enabled = options.extract !== false && !process.env.VITEST;

  function regenerate(): Promise<string> {
    const tsx = resolve('node_modules/.bin/tsx');
    const cli = resolve('src/extract/cli.ts');
    const args = [cli, articlesDir, '--out', eventsFile];
    // Named only when it exists: before the first review there is none, and that is no error.
    if (existsSync(correctionsFile)) args.push('--corrections', correctionsFile);
    if (options.approvedOnly) args.push('--approved-only');
    return new Promise((done, fail) => {
      // Exit 2 (a broken corrections file among others) fails: nothing was written.
      execFile(tsx, args, { maxBuffer: 64 * 1024 * 1024 }, (error, _stdout, stderr) => {
        if (error && !existsSync(eventsFile)) fail(new Error(stderr.trim() || error.message));
        else if (error && (error as { code?: unknown }).code !== 1) fail(new Error(stderr.trim() || error.message));
        else done(stderr.trim()); // exit 1: some articles failed, the rest were written; the summary says so
      });
    });
  }

  return {
    name: 'tarikh-events',
    config(_config, env) {
      if (env.mode === 'test') enabled = false;
    },
    async buildStart() {
      if (!enabled) return;
      try {
        this.info(await regenerate());
      } catch (error) {
        this.error(`tarikh: extracting ${articlesDir} failed:\n${(error as Error).message}`);
      }
    },
    configureServer(server: ViteDevServer) {
      server.middlewares.use('/events.json', (_req, res) => {
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.setHeader('Cache-Control', 'no-store');
        res.end(readFileSync(eventsFile));
      });
      if (!enabled) return;
      server.watcher.add([articlesDir, correctionsFile]);
      const onChange = (file: string) => {
        if (!resolve(file).startsWith(articlesDir) && resolve(file) !== correctionsFile) return;
        regenerate().then(
          (summary) => {
            server.config.logger.info(summary);
            server.ws.send({ type: 'full-reload' });
          },
          (error: unknown) => server.config.logger.error(`tarikh: extraction failed:\n${(error as Error).message}`),
        );
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'events.json', source: readFileSync(eventsFile) });
    },
  };
}
