/**
 * npm run review: the review UI. Extracts the articles, builds the review page and serves it
 * with the review API (src/extract/review-server/) on Vite's preview server.
 *
 *   npm run review [-- --articles DIR] [--events FILE] [--corrections FILE] [--port N] [--host H] [--by NAME] [--dev]
 *
 * --dev serves the page from source through Vite's dev server (hot reload, for working on the
 * page itself; Vite's client needs inline styles there, so the strict CSP is not sent).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build, createServer, preview } from 'vite';
import { tarikhReview } from '../src/extract/review-server/plugin.ts';
import { ReviewSession } from '../src/extract/review-server/session.ts';
import { tarikhTypeColours } from '../src/timeline/components/typeColours.ts';

const USAGE = `Usage: npm run review [-- options]

  --articles DIR      the articles (default data/articles)
  --events FILE       where the published events are written (default data/events.json)
  --corrections FILE  the corrections file (default data/corrections.json; created at the first change)
  --port N            default 4175
  --host HOST         default 127.0.0.1 (the review server can change files: keep it local)
  --by NAME           written as the author of new corrections
  --dev               serve the page from source with hot reload (working on the review page)
  -h, --help`;

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: 'data/articles' },
    events: { type: 'string', default: 'data/events.json' },
    corrections: { type: 'string', default: 'data/corrections.json' },
    port: { type: 'string', default: '4175' },
    host: { type: 'string', default: '127.0.0.1' },
    by: { type: 'string' },
    dev: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const port = Number(values.port);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`tarikh review: --port: "${values.port}" is not a port number\n\n${USAGE}`);
  process.exit(2);
}

const root = resolve(import.meta.dirname, '..');
const session = new ReviewSession({
  articlesDir: resolve(values.articles),
  eventsFile: resolve(values.events),
  correctionsFile: resolve(values.corrections),
  reviewer: values.by ?? null,
});
const log = (message: string) => console.log(`tarikh review: ${message}`);

session.extract();
const state = session.state();
if (state.extractionError) log(`extraction failed: ${state.extractionError}`);
else log(`${state.extraction?.articles} articles, ${state.extraction?.events} events extracted from ${session.options.articlesDir}`);
if (state.correctionsError) log(`the corrections file cannot be used (fix it; the page says where):\n  ${state.correctionsError.problems.join('\n  ')}`);
else log(`${state.corrections.length} corrections in ${session.options.correctionsFile}, ${state.orphans.length} orphaned`);

const plugins = () => [svelte(), tarikhTypeColours()];
let server: { close(): Promise<void>; printUrls(): void };
if (values.dev) {
  const dev = await createServer({
    configFile: false,
    root,
    base: '/',
    appType: 'mpa',
    plugins: [...plugins(), tarikhReview(session, { csp: false, log })],
    server: { port, host: values.host, strictPort: true },
  });
  await dev.listen();
  server = dev;
} else {
  const outDir = mkdtempSync(join(tmpdir(), 'tarikh-review-'));
  process.on('exit', () => rmSync(outDir, { recursive: true, force: true }));
  await build({
    configFile: false,
    root,
    base: '/',
    logLevel: 'warn',
    publicDir: false,
    plugins: plugins(),
    build: { outDir, emptyOutDir: true, rollupOptions: { input: { review: resolve(root, 'review.html') } } },
  });
  server = await preview({
    configFile: false,
    root,
    base: '/',
    appType: 'mpa',
    build: { outDir },
    plugins: [tarikhReview(session, { csp: true, log })],
    preview: { port, host: values.host, strictPort: true },
  });
}
server.printUrls();
log(`open http://${values.host}:${port}/review.html`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void server.close().finally(() => process.exit(0));
  });
}
