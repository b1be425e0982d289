/**
 * `--jobs`: however many worker threads extract, and in whatever order they finish, the
 * output is the same bytes as one thread's (files mode and --jsonl). Runs the compiled CLI.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MIN_SOURCES_PER_WORKER } from './extract-sources.ts';

const CLI = resolve('lib/node/bin.js');
const ARTICLE_FOLDERS = ['data/articles', 'src/extract/fixtures/story', 'src/extract/fixtures/heldout', 'src/extract/fixtures/heldout/validation'];

function run(args: string[], cwd: string, input?: string) {
  const result = spawnSync(process.execPath, [CLI, 'extract', ...args], { cwd, input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The real articles of the repository, each also cut short and re-dated: long and short ones mixed, so workers finish out of order. */
function articles(): { name: string; text: string; meta?: string }[] {
  const out: { name: string; text: string; meta?: string }[] = [];
  for (const folder of ARTICLE_FOLDERS) {
    for (const name of readdirSync(folder)) {
      if (!/\.(txt|html)$/.test(name)) continue;
      const text = readFileSync(join(folder, name), 'utf8');
      const metaFile = join(folder, `${basename(name, extname(name))}.meta.json`);
      const meta = existsSync(metaFile) ? readFileSync(metaFile, 'utf8') : undefined;
      out.push({ name, text, ...(meta ? { meta } : {}) });
      if (name.endsWith('.txt')) {
        const lines = text.split('\n');
        out.push({ name: `short-${name}`, text: lines.slice(0, Math.max(2, lines.length >> 2)).join('\n'), meta: JSON.stringify({ published: '2025-06-01' }) });
        out.push({ name: `tail-${name}`, text: [lines[0], ...lines.slice(-3)].join('\n') });
      }
    }
  }
  return out;
}

let corpus: string;
let sources = 0;

beforeAll(() => {
  corpus = mkdtempSync(join(tmpdir(), 'tarikh-jobs-'));
  for (const article of articles()) {
    writeFileSync(join(corpus, article.name), article.text);
    if (article.meta) writeFileSync(join(corpus, `${basename(article.name, extname(article.name))}.meta.json`), article.meta);
    sources++;
  }
  // Failures have their place in the order too: a binary file, a broken sidecar, an id taken twice.
  writeFileSync(join(corpus, 'm-binary.txt'), Buffer.from([0xff, 0x00, 0xfe, 0x01]));
  writeFileSync(join(corpus, 'n-broken.txt'), 'خبر');
  writeFileSync(join(corpus, 'n-broken.meta.json'), '{"published": ');
  writeFileSync(join(corpus, 'z-twin.txt'), 'خبر\nالتقى الوزيران في جنيف في 3 آذار 2025.');
  writeFileSync(join(corpus, 'z-twin.meta.json'), JSON.stringify({ id: 'short-dz-2025-03-12-attaf-nafti' }));
  copyFileSync(join(corpus, 'dz-2025-03-12-attaf-nafti.txt'), join(corpus, 'dz-copy.txt'));
  sources += 4;
});

describe('--jobs', { timeout: 240_000 }, () => {
  it('files: the same document, messages and exit code with 1, 2 and 4 worker threads', () => {
    expect(sources).toBeGreaterThanOrEqual(4 * MIN_SOURCES_PER_WORKER); // enough for four workers to be used
    const one = run(['.', '--jobs', '1'], corpus);
    expect(one.code).toBe(1); // the three bad files
    expect(JSON.parse(one.stdout).articles.length).toBe(sources - 3);
    expect(one.stderr).toMatch(/m-binary\.txt: .*binary/);
    expect(one.stderr).toMatch(/n-broken\.meta\.json: broken JSON/);
    expect(one.stderr).toMatch(/z-twin\.txt: another article already has the id "short-dz-2025-03-12-attaf-nafti"/);
    expect(one.stderr).not.toMatch(/worker threads/);
    for (const jobs of [2, 4]) {
      const many = run(['.', '--jobs', String(jobs)], corpus);
      expect(many.stderr).toMatch(new RegExp(`\\(${jobs} worker threads\\)\\n$`));
      expect(many.code).toBe(one.code);
      expect(many.stdout === one.stdout, `--jobs ${jobs} wrote another document`).toBe(true);
      expect(many.stderr.replace(/ \(\d worker threads\)/, '')).toBe(one.stderr);
    }
  });

  it('--jsonl: the same lines in the same order with 1 and 3 worker threads', () => {
    const lines = articles().map((article, i) => JSON.stringify({ id: `n${i}`, text: article.text, ...(i % 2 ? { ref: '2025-04-10' } : {}) }));
    lines.splice(5, 0, '{broken');
    const input = lines.join('\n') + '\n';
    const one = run(['--jsonl', '--jobs', '1'], corpus, input);
    const three = run(['--jsonl', '--jobs', '3'], corpus, input);
    expect(one.stdout.split('\n').length - 1).toBe(lines.length);
    expect(three.code).toBe(one.code);
    expect(three.stdout === one.stdout, '--jobs 3 answered differently').toBe(true);
    expect(three.stderr).toBe(one.stderr);
  });
});
