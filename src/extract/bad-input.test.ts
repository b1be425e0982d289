/** What bad input gets from the build step: a clear message, and nothing lost. */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, readdirSync, openSync, ftruncateSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function extract(args: string[], cwd?: string) {
  const run = spawnSync(process.execPath, [join(process.cwd(), 'lib/node/bin.js'), 'extract', ...args], { encoding: 'utf8', cwd });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function folder(): string {
  return mkdtempSync(join(tmpdir(), 'tarikh-bad-'));
}

function encodeWindows1256(text: string): Buffer {
  const decoder = new TextDecoder('windows-1256');
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) table.set(decoder.decode(Uint8Array.of(byte)), byte);
  return Buffer.from(Array.from(text, (ch) => table.get(ch) ?? 0x3f));
}

describe('bad input to the build step', () => {
  it('an empty file is a warning with no events; --strict makes it fatal', () => {
    const dir = folder();
    writeFileSync(join(dir, 'empty.txt'), '');
    const run = extract([join(dir, 'empty.txt')]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/warning: .*empty\.txt: the file is empty/);
    expect(JSON.parse(run.stdout).events).toEqual([]);
    expect(extract([join(dir, 'empty.txt'), '--strict']).code).toBe(1);
  });

  it('a Windows-1256 article is decoded, and the summary says which encoding was assumed', () => {
    const dir = folder();
    writeFileSync(join(dir, 'legacy.txt'), encodeWindows1256('زيارة\nزار وزير الخارجية الروسي دمشق في 14 آذار 2024 والتقى نظيره السوري في قصر الشعب لبحث العلاقات الثنائية.'));
    const run = extract([join(dir, 'legacy.txt')]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/legacy\.txt: not UTF-8; read as windows-1256/);
    const document = JSON.parse(run.stdout);
    expect(document.articles[0].paragraphs[1]).toContain('زار وزير الخارجية');
    expect(document.events[0].date.edtf).toBe('2024-03-14');
  });

  it('a binary file is skipped with an error naming it; the others are processed', () => {
    const dir = folder();
    writeFileSync(join(dir, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    writeFileSync(join(dir, 'good.txt'), 'خبر\nزار الوزير دمشق في 14 آذار 2024.');
    const run = extract([dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/error: .*photo\.txt: this looks like a binary file/);
    expect(JSON.parse(run.stdout).articles.map((a: { id: string }) => a.id)).toEqual(['good']);
  });

  it('a 100 MB article is refused with the stated limit, without reading it', () => {
    const dir = folder();
    const big = join(dir, 'huge.txt');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 100 * 1024 * 1024); // sparse: no 100 MB written to disk
    closeSync(fd);
    const run = extract([big]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/huge\.txt: the file is 100\.0 MB; the limit is 32 MB per article/);
  });

  it('a thousand files: each error collected, the rest processed', () => {
    const dir = folder();
    for (let i = 0; i < 1000; i++) {
      const name = `a${String(i).padStart(4, '0')}.txt`;
      if (i % 250 === 7) writeFileSync(join(dir, name), Buffer.from([0, 1, 2, 3]));
      else writeFileSync(join(dir, name), `خبر ${i}\nالتقى الوفدان في جنيف في ${(i % 28) + 1} شباط 2024.`);
    }
    const run = extract([dir, '--quiet']);
    expect(run.code).toBe(1);
    expect(run.stderr.match(/^error: /gm)).toHaveLength(4);
    expect(JSON.parse(run.stdout).articles).toHaveLength(996);
  }, 60_000);

  it('broken metadata JSON is an error naming the sidecar', () => {
    const dir = folder();
    writeFileSync(join(dir, 'x.txt'), 'خبر');
    writeFileSync(join(dir, 'x.meta.json'), '{"published": ');
    const run = extract([join(dir, 'x.txt')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/x\.meta\.json: broken JSON/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('Ctrl-C never leaves a half-written file nor destroys the previous one', async () => {
    const project = folder();
    const articles = join(project, 'data', 'articles');
    spawnSync('mkdir', ['-p', articles]);
    for (let i = 0; i < 400; i++) writeFileSync(join(articles, `n${i}.txt`), `خبر\nالتقى الوفدان في جنيف في ${(i % 28) + 1} شباط 2024.`);
    const previous = '{"previous": true}\n';
    writeFileSync(join(project, 'data', 'events.json'), previous);
    const child = spawn(process.execPath, [join(process.cwd(), 'lib/node/bin.js'), 'extract'], { cwd: project });
    await new Promise((done) => setTimeout(done, 1500));
    child.kill('SIGINT');
    await new Promise((done) => child.on('exit', done));
    const now = readFileSync(join(project, 'data', 'events.json'), 'utf8');
    // Either the run finished (a whole new document) or it was stopped (the old one, untouched).
    if (now !== previous) expect(JSON.parse(now).articles).toHaveLength(400);
    expect(readdirSync(join(project, 'data')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  }, 30_000);
});
