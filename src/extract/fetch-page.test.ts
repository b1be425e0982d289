/** Articles fetched from URLs: read like saved pages, within limits that each fail with a clear error naming the URL. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleError } from './article.ts';
import { articleIdFromUrl, fetchArticle } from './fetch-page.ts';

const PAGE = `<!doctype html><html lang="ar"><head><meta charset="utf-8"><title>محادثات في الرياض | الصحيفة</title>
<meta property="article:published_time" content="2025-04-10T09:00:00Z">
<link rel="stylesheet" href="/style.css"><script src="/app.js"></script></head>
<body><nav>الرئيسية</nav><article><h1>محادثات في الرياض</h1>
<p>وفي الـ18 من شباط الماضي، جرى أول اللقاءات بين وفدي البلدين في العاصمة السعودية الرياض، وبحث الجانبان العلاقات الثنائية.</p>
<img src="/photo.jpg"><p>وقال المتحدث إن الجولة المقبلة ستعقد في اسطنبول، وإن الوفدين اتفقا على مواصلة الحوار في الأسابيع المقبلة.</p>
</article></body></html>`;

const requests: string[] = [];
let base = '';
const server = createServer((request: IncomingMessage, response: ServerResponse) => {
  const path = request.url ?? '/';
  requests.push(path);
  const send = (status: number, type: string | null, body: string | Buffer, headers: Record<string, string> = {}) => {
    response.writeHead(status, { ...(type ? { 'content-type': type } : {}), ...headers });
    response.end(body);
  };
  if (path === '/article.html') return send(200, 'text/html; charset=utf-8', PAGE);
  if (path === '/xhtml') return send(200, 'application/xhtml+xml', PAGE);
  if (path === '/windows-1256') {
    const arabic = Buffer.from([0xe3, 0xcd, 0xc7, 0xcf, 0xcb, 0xc7, 0xca]); // محادثات
    return send(200, 'text/html; charset=windows-1256', Buffer.concat([Buffer.from('<html><body><p>'), arabic, Buffer.from('</p></body></html>')]));
  }
  if (path === '/moved') return send(301, null, '', { location: '/article.html' });
  if (path === '/loop-a') return send(302, null, '', { location: '/loop-b' });
  if (path === '/loop-b') return send(302, null, '', { location: '/loop-a' });
  if (path.startsWith('/chain/')) return send(302, null, '', { location: `/chain/${Number(path.slice(7)) + 1}` });
  if (path === '/to-file') return send(302, null, '', { location: 'file:///etc/passwd' });
  if (path === '/pdf') return send(200, 'application/pdf', '%PDF-1.4');
  if (path === '/image') return send(200, 'image/png', Buffer.alloc(10));
  if (path === '/untyped') return send(200, null, PAGE);
  if (path === '/missing') return send(404, 'text/html', '<p>not here</p>');
  if (path === '/huge-declared') return send(200, 'text/html', Buffer.alloc(3000, 0x61), { 'content-length': '3000' });
  if (path === '/huge-streamed') {
    // No Content-Length: the limit has to be counted as the body arrives.
    response.writeHead(200, { 'content-type': 'text/html' });
    const chunk = Buffer.alloc(1024, 0x61);
    let sent = 0;
    const more = () => {
      if (response.destroyed || sent > 1000) return response.end();
      sent++;
      response.write(chunk, () => setImmediate(more));
    };
    return more();
  }
  if (path === '/slow-headers') return; // never answers
  if (path === '/slow-body') {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.write('<p>');
    const drip = setInterval(() => (response.destroyed ? clearInterval(drip) : response.write('.')), 50);
    return;
  }
  send(404, 'text/plain', 'no');
});

beforeAll(async () => {
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

async function failure(url: string, limits = {}): Promise<string> {
  try {
    await fetchArticle(url, limits);
  } catch (error) {
    expect(error).toBeInstanceOf(ArticleError);
    return (error as Error).message;
  }
  throw new Error(`${url} was read`);
}

describe('fetchArticle', () => {
  it('reads a page as a saved page is read: main text, headline, publication date, language; nothing else is fetched', async () => {
    requests.length = 0;
    const article = await fetchArticle(`${base}/article.html`);
    expect(article.id).toBe('127-0-0-1-article');
    expect(article.metadata).toMatchObject({ title: 'محادثات في الرياض', published: '2025-04-10', language: 'ar', url: `${base}/article.html` });
    expect(article.text.split('\n')[0]).toBe('محادثات في الرياض');
    expect(article.text).toContain('الـ18 من شباط الماضي');
    expect(article.text).not.toContain('الرئيسية'); // navigation dropped
    expect(article.file).toBeUndefined();
    expect(requests).toEqual(['/article.html']); // no stylesheet, script or image
  });

  it('follows a redirect, and reads application/xhtml+xml and a declared legacy charset', async () => {
    const moved = await fetchArticle(`${base}/moved`);
    expect(moved.id).toBe('127-0-0-1-moved');
    expect(moved.metadata.url).toBe(`${base}/article.html`);
    expect((await fetchArticle(`${base}/xhtml`)).metadata.title).toBe('محادثات في الرياض');
    expect((await fetchArticle(`${base}/windows-1256`)).text).toBe('محادثات');
  });

  it('a redirect loop is an error that shows the loop', async () => {
    expect(await failure(`${base}/loop-a`)).toBe(`${base}/loop-a: redirect loop: ${base}/loop-a → ${base}/loop-b → ${base}/loop-a`);
  });

  it('more redirects than allowed is an error', async () => {
    expect(await failure(`${base}/chain/0`, { maxRedirects: 3 })).toMatch(/^http:\S+\/chain\/0: more than 3 redirects \(.*\/chain\/3 → …\)$/);
  });

  it('a redirect away from http(s) is refused', async () => {
    expect(await failure(`${base}/to-file`)).toMatch(/to-file: redirected to file:\/\/\/etc\/passwd, which is not an http\(s\) URL/);
  });

  it('only HTML pages are read: a PDF, an image, or no stated type is an error', async () => {
    expect(await failure(`${base}/pdf`)).toBe(`${base}/pdf: is "application/pdf", not an HTML page (only text/html and application/xhtml+xml are read)`);
    expect(await failure(`${base}/image`)).toMatch(/is "image\/png", not an HTML page/);
    expect(await failure(`${base}/untyped`)).toMatch(/is of no stated type, not an HTML page/);
  });

  it('a page over the size limit is refused, by its Content-Length or while it streams', async () => {
    expect(await failure(`${base}/huge-declared`, { maxBytes: 2048 })).toMatch(/huge-declared: the page is larger than 2 KB, the limit per article/);
    const started = performance.now();
    expect(await failure(`${base}/huge-streamed`, { maxBytes: 64 * 1024 })).toMatch(/huge-streamed: the page is larger than 64 KB/);
    expect(performance.now() - started).toBeLessThan(5000); // stopped at the limit, not after the whole megabyte
  });

  it('a server that is too slow runs into the time limit, before its headers or during its body', async () => {
    expect(await failure(`${base}/slow-headers`, { timeoutMs: 300 })).toBe(`${base}/slow-headers: no complete answer within 0.3 s, the time limit`);
    expect(await failure(`${base}/slow-body`, { timeoutMs: 300 })).toBe(`${base}/slow-body: no complete answer within 0.3 s, the time limit`);
  });

  it('an HTTP error, a refused connection and a URL that is not http(s) are errors naming the URL', async () => {
    expect(await failure(`${base}/missing`)).toBe(`${base}/missing: the server answered 404 Not Found`);
    const closed = createServer();
    await new Promise<void>((listening) => closed.listen(0, '127.0.0.1', listening));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((done) => closed.close(done));
    expect(await failure(`http://127.0.0.1:${port}/x`)).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${port}/x: cannot be fetched \\(connect ECONNREFUSED 127\\.0\\.0\\.1:${port}\\)$`));
    expect(await failure('ftp://example.org/a')).toBe('ftp://example.org/a: only http and https URLs are fetched');
  });
});

describe('articleIdFromUrl', () => {
  it('makes a readable id from the host and path', () => {
    expect(articleIdFromUrl(new URL('https://www.example.org/news/2025/04/talks.html?ref=home'))).toBe('example-org-news-2025-04-talks');
    expect(articleIdFromUrl(new URL('https://example.org/'))).toBe('example-org');
  });
});
