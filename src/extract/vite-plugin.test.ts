/**
 * The Vite plugin in another site (the compiled plugin, lib/node/vite.js, as `tarikh/vite`
 * gives it): the site's articles extracted at build and in dev, the document served and
 * emitted under its name, regenerated in dev when an article changes.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, createServer } from 'vite';
import { describe, expect, it } from 'vitest';
import type { EventsDocument } from '../events/schema.ts';

const { tarikhEvents } = (await import(resolve('lib/node/vite.js'))) as typeof import('./vite-plugin.ts');

function site(): string {
  const root = mkdtempSync(join(tmpdir(), 'tarikh-site-'));
  mkdirSync(join(root, 'content', 'news'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>site</title><script type="module" src="./main.js"></script>');
  writeFileSync(join(root, 'main.js'), 'document.title = "site";');
  writeFileSync(join(root, 'content', 'news', 'visit.txt'), 'زيارة\nزار وزير الخارجية موسكو أمس.');
  writeFileSync(join(root, 'content', 'news', 'visit.meta.json'), JSON.stringify({ published: '2024-05-02' }));
  return root;
}

const edtfs = (document: EventsDocument) => document.events.map((event) => event.date.edtf);

describe('tarikh/vite', { timeout: 120_000 }, () => {
  it('vite build: extracts the articles folder and emits the document under its name; the corrections file applies', async () => {
    const root = site();
    writeFileSync(join(root, 'content', 'news', 'call.txt'), 'اتصال\nوأجرى الرئيس اتصالاً هاتفياً مع نظيره في 9 نيسان 2024.');
    const hideVisit = { id: 'hide-visit', kind: 'hide', target: { article: 'visit', paragraph: 1, text: 'أمس', before: 'زار وزير الخارجية موسكو ', after: '.' } };
    writeFileSync(join(root, 'review.json'), JSON.stringify({ format: 'tarikh-corrections', version: '1.0.0', corrections: [hideVisit] }));
    await build({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [tarikhEvents({ articlesDir: 'content/news', fileName: 'data/timeline.json', correctionsFile: 'review.json', filePaths: false })],
    });
    const document = JSON.parse(readFileSync(join(root, 'dist', 'data', 'timeline.json'), 'utf8')) as EventsDocument;
    expect(document.articles.map((article) => article.id)).toEqual(['call', 'visit']);
    expect(edtfs(document)).toEqual(['2024-04-09']); // the visit hidden by the correction
    expect(document.articles[0]).not.toHaveProperty('file');
  });

  it('vite build: an articles folder that cannot be extracted fails the build with the CLI\'s message', async () => {
    const root = site();
    await expect(
      build({ root, configFile: false, logLevel: 'silent', plugins: [tarikhEvents({ articlesDir: 'content/news', correctionsFile: 'content/news/visit.meta.json' })] }),
    ).rejects.toThrow(/tarikh: extracting .*content\/news failed:[\s\S]*corrections file/);
  });

  it('vite (dev): serves the document, and regenerates it when an article changes or is added', async () => {
    const root = site();
    const server = await createServer({
      root,
      configFile: false,
      logLevel: 'silent',
      server: { host: '127.0.0.1', port: 0 },
      plugins: [tarikhEvents({ articlesDir: 'content/news', eventsFile: 'public-events.json' })],
    });
    await server.listen();
    try {
      const url = `${server.resolvedUrls!.local[0]}events.json`;
      const served = async () => (await (await fetch(url)).json()) as EventsDocument;
      expect(edtfs(await served())).toEqual(['2024-05-01']);
      expect(JSON.parse(readFileSync(join(root, 'public-events.json'), 'utf8'))).toEqual(await served());

      const until = async (check: (document: EventsDocument) => boolean) => {
        for (let waited = 0; waited < 60_000; waited += 250) {
          if (check(await served())) return;
          await new Promise((done) => setTimeout(done, 250));
        }
        throw new Error(`the document did not change: ${JSON.stringify(edtfs(await served()))}`);
      };
      writeFileSync(join(root, 'content', 'news', 'visit.txt'), 'زيارة\nزار وزير الخارجية موسكو أمس.\nووقع البلدان اتفاقاً في 3 آذار 2024 في جنيف.');
      await until((document) => edtfs(document).includes('2024-03-03'));
      writeFileSync(join(root, 'content', 'news', 'call.txt'), 'اتصال\nوأجرى الرئيس اتصالاً هاتفياً مع نظيره في 9 نيسان 2024.');
      await until((document) => document.articles.length === 2);
    } finally {
      await server.close();
    }
  });
});
