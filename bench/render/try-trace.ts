/**
 * Where a zoom frame's time goes in Blink, not only in JavaScript:
 *   tsx bench/render/try-trace.ts [events=10000]
 * Loads Tarikh, plays the benchmark's Ctrl+wheel zoom (20 in, 20 out) under a Chromium trace
 * (devtools.timeline) and prints the renderer main thread's self time by trace event
 * (FunctionCall, UpdateLayoutTree = style, Layout, Paint, ...), total and per input, in wall
 * time and in thread CPU time (steadier on a shared machine).
 */
import { chromium } from '@playwright/test';
import { buildTarikh } from './build.ts';
import { startServer } from './server.ts';
import { documentsFor } from './data.ts';
import { probeScript } from './probe.ts';
import { READY_SELECTOR, ZOOM_STEPS } from './measure.ts';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time: unlike dur, it does not grow while the thread waits for a core. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; beginData?: Record<string, unknown>; elementCount?: number };
}

const n = Number(process.argv[2] ?? 10000);
const built = await buildTarikh();
const server = await startServer({ '/': built.appDir });
server.setData(`tarikh-${n}.json`, documentsFor(n).tarikh);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--disable-gpu', '--disable-quic', '--disable-background-networking'],
});
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.addInitScript({ content: probeScript(READY_SELECTOR.tarikh) });
  await page.goto(`${server.origin}/?src=${encodeURIComponent(`/data/tarikh-${n}.json`)}`);
  await page.waitForFunction(() => (window as any).__bench?.paintedAt !== null, null, { polling: 50, timeout: 0 });
  await sleep(1500);
  const box = await page.locator('.viewport').first().boundingBox();
  if (!box) throw new Error('no viewport');
  await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 120));
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'cc'] });
  await page.keyboard.down('Control');
  for (const direction of [-1, 1]) {
    for (let i = 0; i < ZOOM_STEPS; i++) {
      await page.mouse.wheel(0, direction * 100);
      await sleep(16);
    }
  }
  await page.keyboard.up('Control');
  await sleep(200);
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  const events = trace.traceEvents;
  const threadNames = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.ph !== 'X' || e.dur === undefined) continue;
    const key = `${e.pid}:${e.tid}`;
    if (!byThread.has(key)) byThread.set(key, []);
    byThread.get(key)!.push(e);
  }
  for (const [key, list] of byThread) {
    const thread = threadNames.get(key) ?? key;
    if (!/CrRendererMain|Compositor|Raster|VizCompositor|CrGpuMain/.test(thread)) continue;
    list.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    const self = new Map<string, number>();
    const selfCpu = new Map<string, number>();
    const stack: { e: TraceEvent; end: number; child: number; childCpu: number }[] = [];
    let top = 0;
    let topCpu = 0;
    const close = (upTo: number) => {
      while (stack.length && stack[stack.length - 1]!.end <= upTo) {
        const s = stack.pop()!;
        const cpu = s.e.tdur ?? s.e.dur!;
        self.set(s.e.name, (self.get(s.e.name) ?? 0) + (s.e.dur! - s.child));
        selfCpu.set(s.e.name, (selfCpu.get(s.e.name) ?? 0) + (cpu - s.childCpu));
        if (stack.length) {
          stack[stack.length - 1]!.child += s.e.dur!;
          stack[stack.length - 1]!.childCpu += cpu;
        } else {
          top += s.e.dur!;
          topCpu += cpu;
        }
      }
    };
    for (const e of list) {
      close(e.ts);
      stack.push({ e, end: e.ts + e.dur!, child: 0, childCpu: 0 });
    }
    close(Infinity);
    if (top < 20_000) continue;
    console.log(`\n${thread}: ${(top / 1000).toFixed(0)} ms busy, ${(topCpu / 1000).toFixed(0)} ms CPU (${(topCpu / 1000 / (ZOOM_STEPS * 2)).toFixed(1)} ms CPU per input)`);
    for (const [name, us] of [...selfCpu].sort((a, b) => b[1] - a[1]).slice(0, 14)) {
      console.log(`  ${((us / 1000) / (ZOOM_STEPS * 2)).toFixed(2).padStart(6)} ms CPU/input  ${(((self.get(name) ?? 0) / 1000) / (ZOOM_STEPS * 2)).toFixed(2).padStart(6)} ms wall/input  ${name}`);
    }
  }
  // What the layouts and style recalcs touched.
  const layouts = events.filter((e) => e.name === 'Layout' && e.ph === 'B' || (e.name === 'Layout' && e.ph === 'X'));
  const dirty = layouts.map((e) => Number(e.args?.beginData?.dirtyObjects ?? NaN)).filter((x) => !Number.isNaN(x));
  const total = layouts.map((e) => Number(e.args?.beginData?.totalObjects ?? NaN)).filter((x) => !Number.isNaN(x));
  const styles = events.filter((e) => e.name === 'UpdateLayoutTree').map((e) => Number(e.args?.elementCount ?? NaN)).filter((x) => !Number.isNaN(x));
  const avg = (xs: number[]) => (xs.length ? (xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(0) : '-');
  console.log(`\nLayout: ${layouts.length} events, dirty objects avg ${avg(dirty)} of ${avg(total)}; style recalcs: ${styles.length}, elements avg ${avg(styles)}`);
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
