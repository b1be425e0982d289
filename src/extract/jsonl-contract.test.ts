/**
 * The contract a map step in Spark (RDD.pipe), Hadoop Streaming or a Beam DoFn relies on,
 * checked on the compiled CLI: one line out for every line in, in input order; a bad line
 * answered with an error line and the rest going on; nothing on standard output but
 * answers; an answer as soon as its line is in.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLines } from './jsonl-stream.ts';

const CLI = resolve('lib/node/bin.js');

function run(args: string[], input: string | Buffer) {
  const result = spawnSync(process.execPath, [CLI, 'extract', '--jsonl', ...args], { input, maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout.toString('utf8'), stderr: result.stderr.toString('utf8') };
}

const good = (i: number) => JSON.stringify({ id: `a${i}`, text: `التقى الوزيران في جنيف في ${(i % 28) + 1} شباط 2024.`, ref: '2024-03-01' });

describe('--jsonl as a map step', { timeout: 120_000 }, () => {
  it('one answer per line, in order, a bad line answered with an error line, nothing else on stdout (with 1 and 2 workers)', () => {
    const bad: Record<number, [string | Buffer, RegExp]> = {
      3: ['{not json', /^line 4: not valid JSON$/],
      10: ['[1, 2]', /^line 11: expected a JSON object/],
      20: [JSON.stringify({ id: 'no-text', text: 42 }), /^line 21: "text" must be a string$/],
      30: [JSON.stringify({ id: 'bad-ref', text: 'x', ref: '2025-02-30' }), /^line 31: ref: "2025-02-30" is not a calendar day/],
      40: ['', /^line 41: blank/],
      50: [Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), /^line 51: not valid UTF-8$/],
      60: [JSON.stringify({ id: 'long', text: 'x'.repeat(3000) }), /^line 61: longer than .* the limit per article/],
    };
    const lines: (string | Buffer)[] = Array.from({ length: 120 }, (_, i) => bad[i]?.[0] ?? good(i));
    const input = Buffer.concat(lines.flatMap((line, i) => [Buffer.from(line), Buffer.from(i % 7 === 0 ? '\r\n' : '\n')]));
    for (const jobs of ['1', '2']) {
      const answers = run(['--jobs', jobs, '--max-article-mb', '0.002'], input);
      expect(answers.code).toBe(1);
      const out = answers.stdout.split('\n');
      expect(out.pop()).toBe(''); // every answer ends with a newline
      expect(out).toHaveLength(lines.length);
      out.forEach((line, i) => {
        const answer = JSON.parse(line);
        expect(Object.keys(answer)).toEqual(bad[i] ? ['id', 'error', 'mentions', 'events'] : ['id', 'mentions', 'events']);
        if (bad[i]) expect(answer.error).toMatch(bad[i]![1]);
        else {
          expect(answer.id).toBe(`a${i}`);
          expect(answer.mentions[0].value).toBe(`2024-02-${String((i % 28) + 1).padStart(2, '0')}`);
          expect(answer.events).toHaveLength(1);
        }
      });
      expect(answers.stderr.trim().split('\n')).toHaveLength(Object.keys(bad).length);
    }
  });

  it('the last line needs no newline, and an empty input has no answer', () => {
    const answers = run([], `${good(1)}\n${good(2)}`);
    expect(answers.stdout.split('\n').map((line) => (line ? JSON.parse(line).id : line))).toEqual(['a1', 'a2', '']);
    expect(run([], '')).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('answers each line as soon as it is in, without waiting for more input (a DoFn that writes a line and reads its answer)', async () => {
    const child = spawn(process.execPath, [CLI, 'extract', '--jsonl', '--jobs', '2'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const answers = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    for (let i = 0; i < 5; i++) {
      child.stdin.write(good(i) + '\n');
      const answer = await answers.next();
      expect(JSON.parse(answer.value as string).id).toBe(`a${i}`);
    }
    child.stdin.end();
    expect(await new Promise((done) => child.on('close', done))).toBe(0);
  });

  it('a reader that stops early (| head -1) ends the run quietly', async () => {
    const child = spawn(process.execPath, [CLI, 'extract', '--jsonl', '--jobs', '1'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.stdin.on('error', () => undefined);
    child.stdin.write(good(0) + '\n');
    const first = await new Promise<string>((done) => child.stdout.once('data', (chunk: Buffer) => done(chunk.toString('utf8'))));
    expect(JSON.parse(first.split('\n')[0]!).id).toBe('a0');
    child.stdout.destroy();
    for (let i = 0; i < 2000 && child.stdin.writable; i++) child.stdin.write(good(i) + '\n');
    child.stdin.end();
    const code = await new Promise((done) => child.on('close', done));
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });
});

describe('readLines', () => {
  it('splits on \\n and \\r\\n across chunks, multi-byte characters cut anywhere', async () => {
    const bytes = Buffer.from('أمس\r\nاليوم\n\nغداً');
    const chunks = async function* () {
      for (let i = 0; i < bytes.length; i += 3) yield bytes.subarray(i, i + 3);
    };
    const lines = [];
    for await (const line of readLines(chunks(), 100)) lines.push(line);
    expect(lines).toEqual([
      { number: 1, text: 'أمس' },
      { number: 2, text: 'اليوم' },
      { number: 3, text: '' },
      { number: 4, text: 'غداً' },
    ]);
  });

  it('skips a line over the limit as it streams past and goes on with the next', async () => {
    const chunks = async function* () {
      yield Buffer.from('short\n');
      for (let i = 0; i < 100; i++) yield Buffer.alloc(1000, 0x61); // 100 KB without a newline
      yield Buffer.from('\nnext\n');
    };
    const lines = [];
    for await (const line of readLines(chunks(), 10_000)) lines.push(line);
    expect(lines).toEqual([
      { number: 1, text: 'short' },
      { number: 2, problem: expect.stringMatching(/^line 2: longer than/) },
      { number: 3, text: 'next' },
    ]);
  });
});
