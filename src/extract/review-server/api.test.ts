import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anchorOf } from '../../events/anchor.ts';
import type { OperationsResult, ReviewState } from '../../events/review-api.ts';
import { reviewApi } from './api.ts';
import { ReviewSession } from './session.ts';

let server: Server;
let base: string;
let session: ReviewSession;
let correctionsFile: string;

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'tarikh-review-api-'));
  const articlesDir = join(root, 'articles');
  mkdirSync(articlesDir);
  for (const name of readdirSync('data/articles')) copyFileSync(join('data/articles', name), join(articlesDir, name));
  correctionsFile = join(root, 'corrections.json');
  session = new ReviewSession({ articlesDir, eventsFile: join(root, 'events.json'), correctionsFile });
  session.extract();
  const api = reviewApi(session);
  server = createServer((req, res) => void api(req, res, () => ((res.statusCode = 404), res.end('not the API'))));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

const post = (path: string, body: unknown, headers: Record<string, string> = { 'Content-Type': 'application/json' }) =>
  fetch(base + '/api/review' + path, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });

async function hideOperation() {
  const state = (await (await fetch(base + '/api/review/state')).json()) as ReviewState;
  const document = state.document!;
  const event = document.events.find((candidate) => candidate.sources[0]!.mention.text === 'الأسبوع الماضي')!;
  return { op: 'put', correction: { id: 'h-api', kind: 'hide', target: anchorOf(document, event), reason: 'test' } };
}

describe('the review API', () => {
  it('GET state; anything else under the API that it does not know is 404; other paths pass through', async () => {
    const state = (await (await fetch(base + '/api/review/state')).json()) as ReviewState;
    expect(state.document?.events.length).toBeGreaterThan(3);
    expect((await fetch(base + '/api/review/nothing')).status).toBe(404);
    expect(await (await fetch(base + '/review.html')).text()).toBe('not the API');
  });

  it('POST operations: applied, answered with the undo and the new state; the undo restores the file', async () => {
    const response = await post('/operations', { operations: [await hideOperation()] });
    expect(response.status).toBe(200);
    const result = (await response.json()) as OperationsResult;
    expect(result.undo).toEqual([{ op: 'remove', id: 'h-api' }]);
    expect(result.state.hidden.map((entry) => entry.correction)).toEqual(['h-api']);
    expect(JSON.parse(readFileSync(correctionsFile, 'utf8')).corrections).toHaveLength(1);
    const undone = (await (await post('/operations', { operations: result.undo })).json()) as OperationsResult;
    expect(undone.state.hidden).toEqual([]);
    expect(undone.undo[0]).toMatchObject({ op: 'put', correction: { id: 'h-api' } });
  });

  it('only the page itself may change the file: JSON from this origin', async () => {
    const operations = { operations: [await hideOperation()] };
    expect((await post('/operations', operations, { 'Content-Type': 'text/plain' })).status).toBe(415);
    const foreign = await post('/operations', operations, { 'Content-Type': 'application/json', Origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect(((await foreign.json()) as { error: string }).error).toMatch(/evil\.example/);
    expect((await post('/operations', operations, { 'Content-Type': 'application/json', Origin: base })).status).toBe(200);
    await post('/operations', { operations: [{ op: 'remove', id: 'h-api' }] });
  });

  it('a refused record is 400 naming the field; a malformed request 400; nothing written', async () => {
    const before = readFileSync(correctionsFile, 'utf8');
    const operation = await hideOperation();
    const bad = await post('/operations', { operations: [{ ...operation, correction: { ...operation.correction, id: 'no spaces allowed' } }] });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { problems: string[] }).problems.join()).toMatch(/id: letters, digits/);
    expect((await post('/operations', { operations: [{ op: 'rename' }] })).status).toBe(400);
    expect((await post('/operations', '{"operations": [')).status).toBe(400);
    expect(readFileSync(correctionsFile, 'utf8')).toBe(before);
  });

  it('a broken corrections file: 409 with the file and the place, and the file stays as it was', async () => {
    const before = readFileSync(correctionsFile, 'utf8');
    const operation = await hideOperation();
    writeFileSync(correctionsFile, '{"format": "tarikh-corrections",\n "version": "1.0.0", "corrections": [}');
    session.reloadCorrections();
    const response = await post('/operations', { operations: [operation] });
    expect(response.status).toBe(409);
    const body = (await response.json()) as { file: string; problems: string[] };
    expect(body.file).toBe(correctionsFile);
    expect(body.problems).toEqual([expect.stringMatching(/^line 2, column \d+: not valid JSON/)]);
    expect(readFileSync(correctionsFile, 'utf8')).toMatch(/\[\}$/);
    writeFileSync(correctionsFile, before);
    session.reloadCorrections();
  });

  it('streams versions: the current one at once, then one per change', async () => {
    const versions: number[] = [];
    await new Promise<void>((done, fail) => {
      const req = request(base + '/api/review/changes', (res) => {
        expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          for (const match of chunk.matchAll(/event: version\ndata: (\d+)/g)) versions.push(Number(match[1]));
          if (versions.length === 1) void hideOperation().then((operation) => post('/operations', { operations: [operation] }));
          if (versions.length === 2) {
            req.destroy();
            done();
          }
        });
      });
      req.on('error', (error) => (versions.length >= 2 ? done() : fail(error)));
      req.end();
    });
    expect(versions[1]).toBe(versions[0]! + 1);
    await post('/operations', { operations: [{ op: 'remove', id: 'h-api' }] });
  });

  it('reads a typed date with the date engine, against the given reference', async () => {
    const read = async (text: string) => (await (await post('/date', { text, ref: '2025-04-10' })).json()) as Record<string, unknown>;
    expect(await read('18 شباط 2025')).toMatchObject({ ok: true, edtf: '2025-02-18' });
    expect(await read('أمس')).toMatchObject({ ok: true, edtf: '2025-04-09' });
    expect(await read('31 شباط')).toEqual({ ok: false, problem: { code: 'day', day: 31, month: 2, year: null, days: 29 } });
    expect((await post('/date', { text: 'x', ref: 'yesterday' })).status).toBe(400);
  });

  it('finds places in either language, and lists actors', async () => {
    const places = (await (await fetch(base + '/api/review/places?q=' + encodeURIComponent('الريا'))).json()) as { en: string; ar: string }[];
    expect(places[0]).toMatchObject({ en: 'Riyadh', ar: 'الرياض' });
    const english = (await (await fetch(base + '/api/review/places?q=damas')).json()) as { en: string }[];
    expect(english[0]?.en).toBe('Damascus');
    const actors = (await (await fetch(base + '/api/review/actors')).json()) as { en: string; ar: string }[];
    expect(actors).toContainEqual({ en: 'Russia', ar: 'روسيا' });
  });
});
