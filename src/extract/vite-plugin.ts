/**
 * The Vite plugin, `import tarikh from 'tarikh/vite'`: the build step inside Vite, for this
 * repository's app and for anyone's site. `vite build` and `vite` (dev) extract the articles
 * folder as `tarikh extract` does, serve the events document at `/<fileName>` in dev and
 * emit it into the build; in dev, a changed article or corrections file regenerates the
 * document and reloads the page.
 *
 * The extraction runs as the package's compiled CLI in a child process, so the document and
 * the messages are the CLI's own and loading Vite's config does not load the extractor.
 * Paths are relative to Vite's root.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin, ResolvedConfig, ViteDevServer } from 'vite';
import { writeFileAtomic } from './atomic-write.ts';

export interface TarikhEventsOptions {
  /** The folder of articles (.txt, .html, with .meta.json sidecars). Default `data/articles`. */
  articlesDir?: string;
  /** Where the document is served in dev and its name in the build output. Default `events.json`. */
  fileName?: string;
  /** Also write the document to this file (atomically); with `extract: false`, the document served as it is. Default: none. */
  eventsFile?: string;
  /** A person's corrections, applied when the file exists. Default `data/corrections.json`. */
  correctionsFile?: string;
  /** Publish only the events a person approved. */
  approvedOnly?: boolean;
  /** The publication date for articles that give none (YYYY-MM-DD). */
  ref?: string;
  /** Worker threads (default: one per core). */
  jobs?: number;
  /** false: leave the articles' file paths out of the document. */
  filePaths?: boolean;
  /** false: do not extract; serve and emit `eventsFile` as it is. */
  extract?: boolean;
}

/** The package's CLI, beside this module in the built package (lib/). */
const CLI = fileURLToPath(new URL('./bin.js', import.meta.url));

interface Extraction {
  document: Buffer;
  /** The CLI's summary and messages (standard error). */
  messages: string;
}

/** Runs `tarikh extract` on the articles; fails (nothing written) when it exits 2 or prints nothing. */
function runCli(args: string[], cwd: string): Promise<Extraction> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CLI, 'extract', ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (code) => {
      const document = Buffer.concat(stdout);
      // Exit 1: some articles could not be read; the rest were extracted and the messages say which.
      if ((code === 0 || code === 1) && document.length) done({ document, messages: stderr.trim() });
      else fail(new Error(stderr.trim() || `tarikh extract exited with code ${code}`));
    });
  });
}

export function tarikhEvents(options: TarikhEventsOptions = {}): Plugin {
  const fileName = (options.fileName ?? 'events.json').replace(/^\/+/, '');
  let enabled = options.extract !== false;
  let root = process.cwd();
  const path = (file: string) => resolve(root, file);
  let document: Buffer | null = null;

  function cliArguments(): string[] {
    const articlesDir = path(options.articlesDir ?? 'data/articles');
    const correctionsFile = path(options.correctionsFile ?? 'data/corrections.json');
    const args = [articlesDir];
    // Named only when it exists: before the first review there is none, and that is no error.
    if (existsSync(correctionsFile)) args.push('--corrections', correctionsFile);
    if (options.approvedOnly) args.push('--approved-only');
    if (options.ref) args.push('--ref', options.ref);
    if (options.jobs) args.push('--jobs', String(options.jobs));
    if (options.filePaths === false) args.push('--no-paths');
    return args;
  }

  async function regenerate(): Promise<string> {
    const extraction = await runCli(cliArguments(), root);
    document = extraction.document;
    if (options.eventsFile) writeFileAtomic(path(options.eventsFile), document.toString('utf8'));
    return extraction.messages;
  }

  /** The document as it is now: extracted in this run, else the events file. */
  function currentDocument(): Buffer {
    if (document) return document;
    if (!options.eventsFile) throw new Error('tarikh: nothing to serve: extraction is off (extract: false) and no eventsFile is named');
    return readFileSync(path(options.eventsFile));
  }

  // Changes while an extraction runs start one more after it, never two at once.
  let running: Promise<void> | null = null;
  let again = false;
  function regenerateInDev(server: ViteDevServer): void {
    if (running) {
      again = true;
      return;
    }
    running = regenerate()
      .then(
        (messages) => {
          server.config.logger.info(messages);
          server.ws.send({ type: 'full-reload' });
        },
        (error: unknown) => server.config.logger.error(`tarikh: extraction failed:\n${(error as Error).message}`),
      )
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          regenerateInDev(server);
        }
      });
  }

  return {
    name: 'tarikh-events',
    config(_config, env) {
      // Vitest loads a project's Vite config in mode "test": tests do not extract.
      if (env.mode === 'test') enabled = false;
    },
    configResolved(config: ResolvedConfig) {
      root = config.root;
    },
    async buildStart() {
      if (!enabled) return;
      try {
        this.info(await regenerate());
      } catch (error) {
        this.error(`tarikh: extracting ${path(options.articlesDir ?? 'data/articles')} failed:\n${(error as Error).message}`);
      }
    },
    configureServer(server: ViteDevServer) {
      server.middlewares.use(`/${fileName}`, (_req, res) => {
        try {
          const body = currentDocument();
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.setHeader('Cache-Control', 'no-store');
          res.end(body);
        } catch (error) {
          res.statusCode = 500;
          res.end((error as Error).message);
        }
      });
      if (!enabled) return;
      const articlesDir = path(options.articlesDir ?? 'data/articles');
      const correctionsFile = path(options.correctionsFile ?? 'data/corrections.json');
      server.watcher.add([articlesDir, correctionsFile]);
      const onChange = (file: string) => {
        const inArticles = relative(articlesDir, resolve(file));
        if ((inArticles.startsWith('..') || isAbsolute(inArticles)) && resolve(file) !== correctionsFile) return;
        regenerateInDev(server);
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName, source: currentDocument() });
    },
  };
}

export default tarikhEvents;
