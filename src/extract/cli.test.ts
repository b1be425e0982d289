/** The CLI contract our evaluation tooling depends on: files mode, --jsonl mode, errors (the compiled CLI, lib/node/bin.js, which loading vite.config.ts rebuilds when a source changed). */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, existsSync, readdirSync, copyFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateEventsDocument } from '../events/validate.ts';

const SEED = 'data/articles/2025-04-10-al-thawra-us-russia-istanbul-talks.txt';

function extract(args: string[], input?: string) {
  const run = spawnSync(process.execPath, ['lib/node/bin.js', 'extract', ...args], { input, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('extract FILE... --ref', () => {
  it('prints a valid events document with the seed\'s eight events', () => {
    const run = extract([SEED, '--ref', '2025-04-10']);
    expect(run.code).toBe(0);
    const document = JSON.parse(run.stdout);
    expect(validateEventsDocument(document).ok).toBe(true);
    expect(document.events.map((event: { date: { edtf: string } }) => event.date.edtf)).toEqual([
      '2022', '2025', '2025-02-18', '2025-02-27', '2025-03-26', '2025-03-31/2025-04-06', '2025-04-09', '2025-04-10',
    ]);
    expect(run.stderr).toMatch(/1 article, \d+ date mentions, 8 events/);
  });

  it('--ref overrides the publication date', () => {
    const document = JSON.parse(extract([SEED, '--ref', '2025-06-02']).stdout);
    const today = document.events.find((event: { sources: { mention: { text: string } }[] }) => event.sources[0]!.mention.text === 'اليوم');
    expect(today.date.edtf).toBe('2025-06-02');
  });

  it('--out writes the file atomically and leaves no temporary file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tarikh-'));
    const out = join(dir, 'events.json');
    expect(extract([SEED, '--out', out, '--quiet']).code).toBe(0);
    expect(validateEventsDocument(JSON.parse(readFileSync(out, 'utf8'))).ok).toBe(true);
    expect(readdirSync(dir)).toEqual(['events.json']);
  });

  it('reports a bad file by name, processes the rest, exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tarikh-'));
    writeFileSync(join(dir, 'bad.txt'), Buffer.from([0xff, 0x00, 0xfe, 0x01]));
    const run = extract([join(dir, 'bad.txt'), SEED]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/bad\.txt: .*binary/);
    expect(JSON.parse(run.stdout).events).toHaveLength(8);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('rejects a wrong --ref with exit 2 and the usage', () => {
    const run = extract([SEED, '--ref', '2025-02-30']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--ref: "2025-02-30" is not a calendar day/);
    expect(run.stdout).toBe('');
  });

  it('an unknown option is a usage error, not a stack trace', () => {
    const run = extract(['--frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Usage:/);
  });
});

describe('extract --jsonl', () => {
  it('answers one line per input line with mentions (UTF-16 offsets, EDTF values) and events', () => {
    const lines = [
      { id: 'a', text: 'وفي الـ18 من شباط الماضي، جرى أول اللقاءات بين الوفدين في الرياض.', ref: '2025-04-10' },
      { id: 'b', text: 'وقعت الحرب عام 2022 وانتهت.' },
      { id: 'c', text: 'لا تاريخ هنا.', ref: '2025-04-10' },
    ];
    const run = extract(['--jsonl'], lines.map((line) => JSON.stringify(line)).join('\n') + '\n');
    expect(run.code).toBe(0);
    const out = run.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(out.map((line) => line.id)).toEqual(['a', 'b', 'c']);
    expect(out[0].mentions).toEqual([{ text: 'الـ18 من شباط الماضي', start: 4, end: 24, value: '2025-02-18' }]);
    expect(lines[0]!.text.slice(4, 24)).toBe('الـ18 من شباط الماضي');
    expect(out[0].events).toHaveLength(1);
    expect(out[0].events[0]).toMatchObject({ place: 'Riyadh', date: { edtf: '2025-02-18', precision: 'day' } });
    expect(out[1].mentions).toEqual([{ text: 'عام 2022', start: 11, end: 19, value: '2022' }]);
    expect(out[2]).toEqual({ id: 'c', mentions: [], events: [] });
  });

  it('without ref, a year-less date keeps its year unknown (never today\'s)', () => {
    const run = extract(['--jsonl'], JSON.stringify({ id: 'x', text: 'اجتمع الوزيران في 27 شباط في دمشق.' }) + '\n');
    const out = JSON.parse(run.stdout);
    expect(out.mentions[0].value).toBe('XXXX-02-27');
    expect(out.events).toEqual([]);
  });

  it('a broken line gets an error line and the rest go on', () => {
    const run = extract(['--jsonl'], '{not json\n' + JSON.stringify({ id: 'ok', text: 'عام 2022' }) + '\n');
    expect(run.code).toBe(1);
    const out = run.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(out[0]).toMatchObject({ error: expect.stringMatching(/line 1: not valid JSON/) });
    expect(out[1]).toMatchObject({ id: 'ok', mentions: [{ value: '2022' }] });
  });
});

describe('extract with no arguments', () => {
  it('extracts data/articles/ into data/events.json', () => {
    const project = mkdtempSync(join(tmpdir(), 'tarikh-'));
    const articles = join(project, 'data', 'articles');
    mkdirSync(articles, { recursive: true });
    writeFileSync(join(articles, 'visit.txt'), 'زيارة\nزار الوزير موسكو أمس.');
    writeFileSync(join(articles, 'visit.meta.json'), JSON.stringify({ published: '2024-05-02' }));
    const run = spawnSync(process.execPath, [resolve('lib/node/bin.js'), 'extract'], { cwd: project, encoding: 'utf8' });
    expect(run.status).toBe(0);
    const document = JSON.parse(readFileSync(join(project, 'data', 'events.json'), 'utf8'));
    expect(document.articles.map((article: { id: string }) => article.id)).toEqual(['visit']);
    expect(document.events[0].date.edtf).toBe('2024-05-01');
    // the document names the file relative to the project, not by this machine's folders
    expect(document.articles[0].file).toBe('data/articles/visit.txt');
    expect(existsSync(join(project, 'data', 'events.json'))).toBe(true);
  });
});

describe('tarikh', () => {
  it('--version is the package\'s, --help lists the commands, anything else is a usage error (exit 2)', () => {
    const tarikh = (...args: string[]) => spawnSync(process.execPath, ['lib/node/bin.js', ...args], { encoding: 'utf8' });
    expect(tarikh('--version').stdout).toBe(`${JSON.parse(readFileSync('package.json', 'utf8')).version}\n`);
    expect(tarikh('--help')).toMatchObject({ status: 0, stdout: expect.stringContaining('tarikh extract FILE|FOLDER|GLOB|URL...') });
    expect(tarikh('extract', '--help')).toMatchObject({ status: 0, stdout: expect.stringContaining('--jobs N') });
    expect(tarikh('frobnicate')).toMatchObject({ status: 2, stdout: '', stderr: expect.stringMatching(/^tarikh: "frobnicate" is not a command/) });
    expect(tarikh()).toMatchObject({ status: 2, stderr: expect.stringMatching(/^tarikh: name a command/) });
  });
});

describe('extract from any folder', { timeout: 60_000 }, () => {
  it('globs, articles outside the working folder recorded by relative path, --no-paths leaving paths out', () => {
    const work = mkdtempSync(join(tmpdir(), 'tarikh-work-'));
    const archive = mkdtempSync(join(tmpdir(), 'tarikh-archive-'));
    mkdirSync(join(archive, '2025'));
    copyFileSync(SEED, join(archive, '2025', 'seed.txt'));
    writeFileSync(join(archive, '2025', 'seed.meta.json'), JSON.stringify({ published: '2025-04-10' }));
    const cli = resolve('lib/node/bin.js');
    const run = spawnSync(process.execPath, [cli, 'extract', join(archive, '*/*.txt')], { cwd: work, encoding: 'utf8' });
    expect(run.status).toBe(0);
    const file = JSON.parse(run.stdout).articles[0].file;
    expect(file).toMatch(/^\.\.\/.*\/2025\/seed\.txt$/); // relative, never this machine's absolute path
    expect(resolve(work, file)).toBe(join(archive, '2025', 'seed.txt'));
    const bare = spawnSync(process.execPath, [cli, 'extract', join(archive, '2025'), '--no-paths'], { cwd: work, encoding: 'utf8' });
    expect(JSON.parse(bare.stdout).articles[0]).not.toHaveProperty('file');
    expect(bare.stdout).not.toContain(archive);
  });

  it('URLs among the inputs: the page read with its metadata, a failure naming its URL, the rest extracted (exit 1)', async () => {
    const page = `<!doctype html><html lang="ar"><head><meta charset="utf-8"><title>زيارة</title>
      <meta property="article:published_time" content="2024-05-02"></head><body><article><h1>زيارة</h1>
      <p>زار وزير الخارجية موسكو أمس، وبحث مع نظيره العلاقات الثنائية والتطورات في المنطقة وسبل تعزيز التعاون بين البلدين.</p></article></body></html>`;
    const server = createServer((request, response) => {
      if (request.url === '/visit.html') response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
      else response.writeHead(404).end();
    });
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const child = spawn(process.execPath, ['lib/node/bin.js', 'extract', `${base}/visit.html`, `${base}/gone.html`, SEED], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      const code = await new Promise((done) => child.on('close', done));
      expect(code).toBe(1);
      expect(stderr).toContain(`error: ${base}/gone.html: the server answered 404 Not Found`);
      const document = JSON.parse(stdout);
      const visit = document.articles.find((article: { id: string }) => article.id === '127-0-0-1-visit');
      expect(visit).toMatchObject({ title: 'زيارة', published: '2024-05-02', language: 'ar', url: `${base}/visit.html` });
      expect(visit).not.toHaveProperty('file');
      expect(document.events.some((event: { date: { edtf: string }; place: string }) => event.date.edtf === '2024-05-01' && event.place === 'Moscow')).toBe(true);
      expect(document.articles).toHaveLength(2);
    } finally {
      server.close();
    }
  });
});
