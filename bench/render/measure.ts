/**
 * One benchmark case in Chromium: a library, a number of events, one run. Loads the page,
 * times the first render, then plays the same scripted zoom and pan and records the frames.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { Library } from './data.ts';
import { probeScript } from './probe.ts';

export const READY_SELECTOR: Record<Library, string> = {
  tarikh: '.viewport .mark',
  vis: '.vis-item',
  tljs: '.tl-timemarker',
};
/** The element the gestures happen over. */
const GESTURE_AREA: Record<Library, string> = {
  tarikh: '.viewport',
  vis: '.vis-panel.vis-center',
  tljs: '.tl-timenav',
};

export interface Frames {
  intervals: number[];
  work: number[];
  wallMs: number;
  /** The gesture hit the time limit and was cut short. */
  cut: boolean;
}

export interface CaseResult {
  library: Library;
  count: number;
  state: 'ok' | 'timeout' | 'error';
  message?: string;
  /** ms from navigation start until marks are in the DOM and a frame was painted. */
  firstRenderMs?: number;
  /** ms from the data's last byte (Resource Timing responseEnd) to the same point. */
  afterDataMs?: number;
  marksInDom?: number;
  /** ms since navigation start: the page's JSON parsed, the library's constructor returned, marks in the DOM. */
  phases?: { dataParsed?: number; constructed?: number; marksAt?: number };
  domElements?: number;
  zoom?: Frames;
  pan?: Frames;
}

export const ZOOM_STEPS = 20;
export const PAN_STEPS = 40;
const STEP_GAP_MS = 16;

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

class TimeLimit extends Error {}
function withLimit<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, fail) => (timer = setTimeout(() => fail(new TimeLimit(`over ${ms} ms`)), ms))),
  ]);
}

export async function runCase(
  browser: Browser,
  origin: string,
  library: Library,
  count: number,
  limitMs: number,
  gestureLimitMs = limitMs,
): Promise<{ result: CaseResult; context: BrowserContext }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  // Nothing leaves the machine (TimelineJS would ask for fonts and analytics).
  await context.route((url) => url.hostname !== '127.0.0.1', (route) => route.abort());
  const page = await context.newPage();
  await page.addInitScript({ content: probeScript(READY_SELECTOR[library]) });
  const data = `/data/${library}-${count}.json`;
  const url =
    library === 'tarikh' ? `${origin}/?src=${encodeURIComponent(data)}` : `${origin}/pages/${library}.html?src=${encodeURIComponent(data)}`;
  const result: CaseResult = { library, count, state: 'ok' };
  try {
    await withLimit(
      (async () => {
        await page.goto(url, { waitUntil: 'commit' });
        await page.waitForFunction(() => (window as any).__bench?.paintedAt !== null || (window as any).__benchError, null, {
          polling: 50,
          timeout: 0,
        });
      })(),
      limitMs,
    );
    const info = await page.evaluate(
      ({ selector, data }) => {
        const bench = (window as any).__bench;
        const resource = performance.getEntriesByType('resource').find((entry) => entry.name.includes(data)) as PerformanceResourceTiming | undefined;
        return {
          error: (window as any).__benchError as string | undefined,
          errors: bench.errors as string[],
          paintedAt: bench.paintedAt as number | null,
          dataEnd: resource?.responseEnd ?? null,
          parsed: (window as any).__dataParsedAt as number | undefined,
          constructed: (window as any).__constructedAt as number | undefined,
          marksAt: bench.marksAt as number | null,
          marks: document.querySelectorAll(selector).length,
          elements: document.getElementsByTagName('*').length,
        };
      },
      { selector: READY_SELECTOR[library], data },
    );
    if (info.paintedAt === null) throw new Error(info.error ?? info.errors.join('; ') ?? 'no marks');
    result.firstRenderMs = info.paintedAt;
    result.afterDataMs = info.dataEnd !== null ? info.paintedAt - info.dataEnd : undefined;
    result.marksInDom = info.marks;
    result.phases = { dataParsed: info.parsed, constructed: info.constructed, marksAt: info.marksAt ?? undefined };
    result.domElements = info.elements;
    await settle(page);
    result.zoom = await gesture(page, library, 'zoom', gestureLimitMs);
    await settle(page);
    result.pan = await gesture(page, library, 'pan', gestureLimitMs);
  } catch (error) {
    if (error instanceof TimeLimit) {
      result.state = result.firstRenderMs === undefined ? 'timeout' : 'ok';
      result.message = `timed out (>${Math.round(limitMs / 1000)} s)`;
    } else {
      result.state = 'error';
      result.message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    }
  }
  return { result, context };
}

/** Let deferred work after the first paint finish: wait until frames come on time again. */
async function settle(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        let last = performance.now();
        let calm = 0;
        const started = last;
        const tick = () => {
          const now = performance.now();
          calm = now - last < 25 ? calm + 1 : 0;
          last = now;
          if (calm >= 10 || now - started > 10_000) done();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
  await sleep(200);
}

async function gesture(page: Page, library: Library, kind: 'zoom' | 'pan', limitMs: number): Promise<Frames> {
  const box = await page.locator(GESTURE_AREA[library]).first().boundingBox();
  if (!box) throw new Error(`no ${GESTURE_AREA[library]}`);
  const x = box.x + box.width / 2;
  const y = box.y + Math.min(box.height / 2, 120);
  await page.mouse.move(x, y);
  let zoomIn: { x: number; y: number } | null = null;
  let zoomOut: { x: number; y: number } | null = null;
  if (library === 'tljs' && kind === 'zoom') {
    // TimelineJS3 zooms with its own buttons only (the wheel scrolls its time band).
    const center = async (selector: string) => {
      const b = await page.locator(selector).first().boundingBox();
      if (!b) throw new Error(`no ${selector}`);
      return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    };
    zoomIn = await center('.tl-menubar-button:has(.tl-icon-zoom-in)');
    zoomOut = await center('.tl-menubar-button:has(.tl-icon-zoom-out)');
  }
  await page.evaluate(() => (window as any).__bench.start());
  const started = Date.now();
  const deadline = started + limitMs;
  let cut = false;
  const steps: (() => Promise<void>)[] = [];
  if (kind === 'zoom') {
    for (const direction of [-1, 1]) {
      for (let i = 0; i < ZOOM_STEPS; i++) {
        if (library === 'tljs') {
          const target = direction < 0 ? zoomIn! : zoomOut!;
          steps.push(() => page.mouse.click(target.x, target.y));
        } else steps.push(() => page.mouse.wheel(0, direction * 100));
      }
    }
  } else {
    steps.push(() => page.mouse.down());
    // Drag 600 px one way, then back, 15 px per step.
    for (let i = 1; i <= PAN_STEPS; i++) steps.push(() => page.mouse.move(x + i * 15, y));
    for (let i = PAN_STEPS - 1; i >= 0; i--) steps.push(() => page.mouse.move(x + i * 15, y));
    steps.push(() => page.mouse.up());
  }
  if (kind === 'zoom' && library !== 'tljs') await page.keyboard.down('Control');
  try {
    for (const step of steps) {
      if (Date.now() > deadline) {
        cut = true;
        break;
      }
      await withLimit(step(), Math.max(1, deadline - Date.now()));
      await sleep(STEP_GAP_MS);
    }
  } catch (error) {
    if (!(error instanceof TimeLimit)) throw error;
    cut = true;
  } finally {
    if (kind === 'zoom' && library !== 'tljs') await page.keyboard.up('Control').catch(() => {});
    if (kind === 'pan') await page.mouse.up().catch(() => {});
  }
  // Two more frames so the last input's frame is recorded.
  const recorded = await withLimit(
    page.evaluate(
      () =>
        new Promise<{ intervals: number[]; work: number[] }>((done) =>
          requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => done((window as any).__bench.stop()), 0))),
        ),
    ),
    limitMs,
  );
  return { ...recorded, wallMs: Date.now() - started, cut };
}
