/**
 * Tarikh in someone else's project, as npm would deliver it: `npm pack`, the tarball installed
 * into an empty project (from the npm cache that `npm ci` filled, where it can), then the CLI
 * on a folder and on a URL, the API from a Node script, the types from TypeScript, a fresh
 * Vite app built with the plugin and the element, and that app's page in the browser.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';

const REPO = resolve('.');
const SEED = 'data/articles/2025-04-10-al-thawra-us-russia-istanbul-talks';
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const NPX = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function run(command: string, args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(command, args, { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } }, (error, stdout, stderr) =>
      done({ code: error ? Number((error as { code?: unknown }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

async function ok(command: string, args: string[], cwd: string): Promise<string> {
  const result = await run(command, args, cwd);
  if (result.code !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.code}:\n${result.stderr}\n${result.stdout}`);
  return result.stdout;
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };

/** A static server for a folder, on a free port of 127.0.0.1. */
async function serve(folder: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    try {
      const body = readFileSync(join(folder, path.endsWith('/') ? `${path}index.html` : path));
      response.writeHead(200, { 'content-type': TYPES[extname(path) || '.html'] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

test.describe.configure({ mode: 'serial', timeout: 240_000 });

let work: string;
let site: string;
let tarball: string;
const timings: string[] = [];

test.beforeAll(async () => {
  test.setTimeout(600_000);
  work = mkdtempSync(join(tmpdir(), 'tarikh-package-'));
  let started = performance.now();
  // `npm pack` runs prepack: every part of lib/ that is older than its sources is built.
  await ok(NPM, ['pack', '--pack-destination', work, '--silent'], REPO);
  timings.push(`pack ${((performance.now() - started) / 1000).toFixed(1)} s`);
  tarball = readdirSync(work).find((name) => name.endsWith('.tgz'))!;

  site = join(work, 'site');
  mkdirSync(join(site, 'articles'), { recursive: true });
  writeFileSync(join(site, 'package.json'), JSON.stringify({ name: 'a-news-site', private: true, type: 'module' }, null, 2));
  for (const ext of ['.txt', '.meta.json']) copyFileSync(join(REPO, `${SEED}${ext}`), join(site, 'articles', `seed${ext}`));
  started = performance.now();
  await ok(NPM, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', `../${tarball}`, 'vite@8.3.8'], site);
  timings.push(`install ${((performance.now() - started) / 1000).toFixed(1)} s`);
});

test.afterAll(() => {
  process.stderr.write(`package test: ${timings.join(', ')}\n`);
  if (work) rmSync(work, { recursive: true, force: true });
});

test('the tarball holds the compiled package and nothing else', async () => {
  const files = (await ok('tar', ['-tzf', join(work, tarball)], work)).trim().split('\n').map((file) => file.replace(/^package\//, ''));
  for (const needed of ['package.json', 'README.md', 'lib/node/bin.js', 'lib/node/index.js', 'lib/node/vite.js', 'lib/node/worker.js', 'lib/node/world.generated.json', 'lib/node/world.index.generated.json', 'lib/embed/embed.js', 'lib/types/index.d.ts', 'lib/types/extract/vite-plugin.d.ts', 'lib/types/embed/element-types.d.ts', 'lib/schemas/events.schema.json', 'lib/schemas/corrections.schema.json']) {
    expect(files).toContain(needed);
  }
  expect(files.filter((file) => !/^(lib\/(node|embed|types|schemas)\/|package\.json$|README\.md$|LICENSE)/.test(file))).toEqual([]);
  expect(files.filter((file) => /\.tmp|\.test\.|\.map$/.test(file))).toEqual([]);
});

test('npx tarikh: --version, a folder of articles, a URL', async () => {
  expect((await ok(NPX, ['--no', '--', 'tarikh', '--version'], site)).trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);

  await ok(NPX, ['--no', '--', 'tarikh', 'extract', 'articles', '-o', 'events.json', '--quiet'], site);
  const fromFolder = JSON.parse(readFileSync(join(site, 'events.json'), 'utf8'));
  expect(fromFolder.events).toHaveLength(8);
  expect(fromFolder.articles[0].file).toBe('articles/seed.txt');

  const pages = join(work, 'pages');
  mkdirSync(pages);
  const seedText = readFileSync(join(REPO, `${SEED}.txt`), 'utf8').split('\n').filter((line) => line.trim());
  writeFileSync(
    join(pages, 'talks.html'),
    `<!doctype html><html lang="ar"><head><meta charset="utf-8"><title>${seedText[0]}</title>
     <meta property="article:published_time" content="2025-04-10T08:00:00Z"></head>
     <body><nav>الرئيسية</nav><article><h1>${seedText[0]}</h1>${seedText.slice(1).map((line) => `<p>${line}</p>`).join('')}</article></body></html>`,
  );
  const { server, url } = await serve(pages);
  try {
    const fromUrl = await run(NPX, ['--no', '--', 'tarikh', 'extract', `${url}/talks.html`, `${url}/missing.html`], site);
    expect(fromUrl.code).toBe(1);
    expect(fromUrl.stderr).toContain(`${url}/missing.html: the server answered 404`);
    const document = JSON.parse(fromUrl.stdout);
    expect(document.articles).toHaveLength(1);
    expect(document.articles[0]).toMatchObject({ id: '127-0-0-1-talks', published: '2025-04-10', url: `${url}/talks.html` });
    expect(document.events.map((event: { date: { edtf: string } }) => event.date.edtf)).toEqual(fromFolder.events.map((event: { date: { edtf: string } }) => event.date.edtf));
  } finally {
    server.close();
  }
});

test('the API from a Node script, the schema by its export, the types from TypeScript', async () => {
  writeFileSync(
    join(site, 'api.mjs'),
    `import { extract, extractText, findDateMentions, validateEventsDocument, applyCorrections } from 'tarikh';
     import schema from 'tarikh/schema.json' with { type: 'json' };
     const { document, errors } = await extract('articles/*.txt', { jobs: 2 });
     const text = extractText('زيارة\\nزار الوزير موسكو أمس.', { ref: '2024-05-02' });
     console.log(JSON.stringify({
       events: document.events.length, errors, valid: validateEventsDocument(document).ok,
       text: text.events.map((event) => [event.date.edtf, event.place]),
       mentions: findDateMentions('في 27 شباط 2025').map((mention) => mention.value),
       corrected: applyCorrections(document, []).document.events.length,
       schema: schema.title ?? schema.$id ?? Object.keys(schema).length,
     }));`,
  );
  const answer = JSON.parse(await ok(process.execPath, ['api.mjs'], site));
  expect(answer).toMatchObject({ events: 8, errors: [], valid: true, text: [['2024-05-01', 'Moscow']], mentions: ['2025-02-27'], corrected: 8 });
  expect(answer.schema).toBeTruthy();

  writeFileSync(
    join(site, 'types.ts'),
    `import { extract, type EventsDocument, type ExtractOptions } from 'tarikh';
     import tarikh, { type TarikhEventsOptions } from 'tarikh/vite';
     import { TAG, type TarikhTimelineElement } from 'tarikh/embed';
     const options: ExtractOptions = { jobs: 2, filePaths: false };
     const result: Promise<{ document: EventsDocument }> = extract(['articles'], options);
     const plugin = tarikh({ articlesDir: 'articles', approvedOnly: true } satisfies TarikhEventsOptions);
     const element: TarikhTimelineElement | null = document.querySelector(TAG);
     const same: TarikhTimelineElement | null = document.querySelector('tarikh-timeline');
     export { result, plugin, element, same };`,
  );
  // As a Node project (nodenext) and as a bundler's (bundler) would resolve the package; both at once.
  const checks = ['nodenext', 'bundler'].map(async (moduleResolution) => {
    const config = `tsconfig.${moduleResolution}.json`;
    writeFileSync(
      join(site, config),
      JSON.stringify({
        compilerOptions: {
          strict: true, noEmit: true, skipLibCheck: false, target: 'es2022', lib: ['es2023', 'dom'],
          module: moduleResolution === 'bundler' ? 'esnext' : 'nodenext', moduleResolution,
          types: [], typeRoots: [join(REPO, 'node_modules/@types')],
        },
        files: ['types.ts'],
      }),
    );
    const check = await run(process.execPath, [join(REPO, 'node_modules/typescript/bin/tsc'), '-p', config], site);
    return [moduleResolution, check.stdout + check.stderr];
  });
  expect(await Promise.all(checks)).toEqual([['nodenext', ''], ['bundler', '']]);
});

test('a fresh Vite app: the plugin extracts its articles at build, the element renders them from the bundle', async ({ page }) => {
  writeFileSync(join(site, 'vite.config.js'), `import tarikh from 'tarikh/vite';\nexport default { plugins: [tarikh({ articlesDir: 'articles' })] };\n`);
  writeFileSync(join(site, 'main.js'), `import 'tarikh/embed';\n`);
  writeFileSync(
    join(site, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A news site</title></head>
     <body><h1>Our timeline</h1><tarikh-timeline src="./events.json" lang="ar" height="320"></tarikh-timeline>
     <script type="module" src="./main.js"></script></body></html>`,
  );
  const started = performance.now();
  await ok(NPX, ['--no', '--', 'vite', 'build', '--logLevel', 'warn'], site);
  timings.push(`vite build ${((performance.now() - started) / 1000).toFixed(1)} s`);
  expect(JSON.parse(readFileSync(join(site, 'dist', 'events.json'), 'utf8')).events).toHaveLength(8);

  const { server, url } = await serve(join(site, 'dist'));
  try {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('response', (response) => response.status() >= 400 && !response.url().endsWith('/favicon.ico') && errors.push(`${response.status()} ${response.url()}`));
    await page.goto(`${url}/`);
    // Playwright's CSS locators pierce the element's open shadow root.
    const riyadh = page.locator('tarikh-timeline .viewport [data-event-id="2025-02-18-riyadh"]');
    await expect(riyadh).toBeVisible({ timeout: 20_000 });
    await riyadh.click();
    await expect(page.locator('tarikh-timeline section.panel')).toContainText('جرى أول اللقاءات بين وفدي البلدين');
    expect(errors).toEqual([]);
  } finally {
    server.close();
  }
});
