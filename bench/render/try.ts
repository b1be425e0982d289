import { chromium } from '@playwright/test';
import { buildTarikh } from './build.ts';
import { startServer } from './server.ts';
import { documentsFor } from './data.ts';
import { runCase } from './measure.ts';
const t=Date.now();
const built = await buildTarikh();
console.log('build', Date.now()-t, built);
const server = await startServer({ '/': built.appDir, '/pages/': 'bench/render/pages', '/vendor/vis/': 'node_modules/vis-timeline', '/vendor/tljs/': 'node_modules/@knight-lab/timelinejs/dist' });
const n = Number(process.argv[2] ?? 1000);
const docs = documentsFor(n);
for (const [k, v] of Object.entries(docs)) server.setData(`${k}-${n}.json`, v);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-gpu','--disable-quic','--disable-background-networking'] });
for (const lib of (process.argv[3] ?? 'tarikh,vis,tljs').split(',') as any) {
  const { result, context } = await runCase(browser, server.origin, lib, n, 60000);
  const s = (a?: number[]) => a ? [...a].sort((x,y)=>x-y) : [];
  const q = (a: number[], p: number) => a.length ? a[Math.min(a.length-1, Math.floor(p*a.length))].toFixed(1) : '-';
  const f = (fr: any) => fr ? `intervals n=${fr.intervals.length} p50=${q(s(fr.intervals),.5)} p95=${q(s(fr.intervals),.95)} work n=${fr.work.length} p50=${q(s(fr.work),.5)} p95=${q(s(fr.work),.95)} wall=${fr.wallMs} cut=${fr.cut}` : '';
  console.log(lib, result.state, result.message ?? '', 'first', result.firstRenderMs?.toFixed(0), 'afterData', result.afterDataMs?.toFixed(0), 'marks', result.marksInDom, 'dom', result.domElements);
  console.log('  zoom', f(result.zoom)); console.log('  pan ', f(result.pan));
  const page = context.pages()[0]; await page.screenshot({ path: `/tmp/bench-${lib}-${n}.png` });
  await context.close();
}
await browser.close(); await server.close();
