/**
 * Vite plugin: runs the build step inside Vite. `vite build` and `vite` (dev) extract
 * data/articles/ into data/events.json; in dev, changing an article regenerates the
 * document and reloads the page. The document is served at /events.json and emitted
 * into the build output.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve, relative } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';

export interface TarikhEventsOptions {
  articlesDir?: string;
  eventsFile?: string;
  /** false: serve and emit data/events.json as it is, without extracting. */
  extract?: boolean;
}

export function tarikhEvents(options: TarikhEventsOptions = {}): Plugin {
  const articlesDir = resolve(options.articlesDir ?? 'data/articles');
  const eventsFile = resolve(options.eventsFile ?? 'data/events.json');
  let enabled = options.extract !== false && !process.env.VITEST;

  async function regenerate(log: (message: string) => void): Promise<void> {
    // Loaded on demand so that `vite` starts even while an article is being edited.
    const { extractFiles, listArticleFiles, serializeDocument, writeFileAtomic } = await import('./corpus.ts');
    const files = existsSync(articlesDir) ? listArticleFiles(articlesDir) : [];
    const result = extractFiles(files);
    for (const error of result.errors) log(`tarikh: error: ${error}`);
    const json = serializeDocument(result.document);
    const previous = existsSync(eventsFile) ? readFileSync(eventsFile, 'utf8') : '';
    if (json !== previous) writeFileAtomic(eventsFile, json);
    log(
      `tarikh: ${result.document.articles.length} articles, ${result.document.events.length} events → ${relative(process.cwd(), eventsFile)}`,
    );
  }

  return {
    name: 'tarikh-events',
    config(_config, env) {
      if (env.mode === 'test') enabled = false;
    },
    async buildStart() {
      if (!enabled) return;
      try {
        await regenerate((message) => this.info(message));
      } catch (error) {
        // TEMPORARY while the date engine lands: keep the committed document.
        this.warn(`tarikh: extracting ${relative(process.cwd(), articlesDir)} failed: ${(error as Error).message}`);
      }
    },
    configureServer(server: ViteDevServer) {
      server.middlewares.use('/events.json', (_req, res) => {
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.setHeader('Cache-Control', 'no-store');
        res.end(readFileSync(eventsFile));
      });
      if (!enabled) return;
      server.watcher.add(articlesDir);
      const onChange = (file: string) => {
        if (!resolve(file).startsWith(articlesDir)) return;
        regenerate((message) => server.config.logger.info(message)).then(
          () => server.ws.send({ type: 'full-reload' }),
          (error: unknown) => server.config.logger.error(`tarikh: extraction failed: ${(error as Error).message}`),
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
