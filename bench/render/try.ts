/**
 * Run single rendering cases without the report:
 *   tsx bench/render/try.ts [events=1000] [tarikh,vis,tljs]
 * Prints first render and frame statistics, leaves screenshots in /tmp/bench-<library>-<events>.png.
 */
import { chromium } from '@playwright/test';
import { buildTarikh } from './build.ts';
import { startServer } from './server.ts';
import { documentsFor, type Library } from './data.ts';
import { runCase, type Frames } from './measure.ts';

const count = Number(process.argv[2] ?? 1000);
const libraries = (process.argv[3] ?? 'tarikh,vis,tljs').split(',') as Library[];
const built = await buildTarikh();
const server = await startServer({
  '/': built.appDir,
  '/pages/': 'bench/render/pages',
  '/vendor/vis/': 'node_modules/vis-timeline',
  '/vendor/tljs/': 'node_modules/@knight-lab/timelinejs/dist',
});
const docs = documentsFor(count);
for (const library of libraries) server.setData(`${library}-${count}.json`, docs[library]);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--disable-gpu', '--disable-quic', '--disable-background-networking'],
});
const q = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? (sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN).toFixed(1) : '-';
};
const frames = (f?: Frames) =>
  f ? `intervals n=${f.intervals.length} p50=${q(f.intervals, 0.5)} p95=${q(f.intervals, 0.95)}; work n=${f.work.length} p50=${q(f.work, 0.5)} p95=${q(f.work, 0.95)}; ${f.wallMs} ms${f.cut ? ' (cut)' : ''}` : '–';
try {
  for (const library of libraries) {
    const { result, context } = await runCase(browser, server.origin, library, count, 60_000, 15_000);
    console.log(`${library} ${result.state} ${result.message ?? ''} first render ${result.firstRenderMs?.toFixed(0)} ms, after data ${result.afterDataMs?.toFixed(0)} ms, ${result.marksInDom} marks, ${result.domElements} elements`);
    console.log(`  zoom ${frames(result.zoom)}\n  pan  ${frames(result.pan)}`);
    await context.pages()[0]?.screenshot({ path: `/tmp/bench-${library}-${count}.png` });
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
