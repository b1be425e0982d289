// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { DocumentLoad } from './documentLoad.svelte.ts';
import { denseDocument } from '../../events/fixtures/dense.ts';

const goodDocument = denseDocument(3);

/** A fetch whose responses the test hands out one at a time, recording the URLs asked for. */
function scriptedFetch() {
  const calls: { url: string; signal: AbortSignal | undefined; respond: (response: Response) => void }[] = [];
  const fetchImpl = ((url: URL, init?: RequestInit) =>
    new Promise<Response>((resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      calls.push({ url: String(url), signal: init?.signal ?? undefined, respond: resolve });
    })) as unknown as typeof fetch;
  return { calls, fetchImpl };
}

const settle = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
  await new Promise((r) => setTimeout(r, 0));
  flushSync();
};

function mountLoad(source: { document: unknown; src: string }, fetchImpl: typeof fetch) {
  const state = $state(source);
  let load!: DocumentLoad;
  const destroy = $effect.root(() => {
    load = new DocumentLoad({ document: () => state.document, src: () => state.src, fetch: fetchImpl });
  });
  flushSync();
  return { load, state, destroy };
}

describe('DocumentLoad', () => {
  it('a failed fetch says so, and retry fetches again', async () => {
    const { calls, fetchImpl } = scriptedFetch();
    const { load, destroy } = mountLoad({ document: null, src: 'https://example.org/events.json' }, fetchImpl);
    expect(load.state.state).toBe('loading');
    expect(calls.map((c) => c.url)).toEqual(['https://example.org/events.json']);
    calls[0]!.respond(new Response('down', { status: 503, statusText: 'Service Unavailable' }));
    await settle();
    expect(load.state).toEqual({ state: 'fetch-failed', message: 'HTTP 503 Service Unavailable' });
    expect(load.document).toBeNull();

    load.retry();
    flushSync();
    expect(load.state.state).toBe('loading');
    expect(calls).toHaveLength(2);
    calls[1]!.respond(Response.json(goodDocument));
    await settle();
    expect(load.state.state).toBe('ok');
    expect(load.document?.events).toHaveLength(3);
    destroy();
  });

  it('a new src abandons the fetch in flight: its late answer is not shown', async () => {
    const { calls, fetchImpl } = scriptedFetch();
    const { load, state, destroy } = mountLoad({ document: null, src: 'https://example.org/a.json' }, fetchImpl);
    state.src = 'https://example.org/b.json';
    flushSync();
    expect(calls.map((c) => c.url)).toEqual(['https://example.org/a.json', 'https://example.org/b.json']);
    expect(calls[0]!.signal?.aborted).toBe(true);
    calls[1]!.respond(new Response('{"format": "nope"}'));
    calls[0]!.respond(Response.json(goodDocument));
    await settle();
    expect(load.state.state).toBe('invalid');
    destroy();
  });

  it('a document in hand wins over src and is validated; nothing is fetched', () => {
    const { calls, fetchImpl } = scriptedFetch();
    const { load, state, destroy } = mountLoad({ document: goodDocument, src: 'https://example.org/events.json' }, fetchImpl);
    expect(load.state.state).toBe('ok');
    state.document = { format: 'tarikh-events', version: '1.0.0', articles: [], events: [{}] };
    flushSync();
    expect(load.state.state).toBe('invalid');
    expect(calls).toHaveLength(0);
    destroy();
  });

  it('a src that is not http(s) is refused without a fetch', () => {
    const { calls, fetchImpl } = scriptedFetch();
    const { load, destroy } = mountLoad({ document: null, src: 'javascript:alert(1)' }, fetchImpl);
    return settle().then(() => {
      expect(load.state).toEqual({ state: 'bad-src', src: 'javascript:alert(1)' });
      expect(calls).toHaveLength(0);
      destroy();
    });
  });
});
