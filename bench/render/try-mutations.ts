/** Debug: what the DOM does per zoom input (mutation counts): tsx bench/render/try-mutations.ts [events] */
import { chromium } from '@playwright/test';
import { buildTarikh } from './build.ts';
import { startServer } from './server.ts';
import { documentsFor } from './data.ts';
import { ZOOM_STEPS } from './measure.ts';

const n = Number(process.argv[2] ?? 10000);
const built = await buildTarikh();
const server = await startServer({ '/': built.appDir });
server.setData(`tarikh-${n}.json`, documentsFor(n).tarikh);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--disable-gpu'] });
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
try {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await page.goto(`${server.origin}/?src=${encodeURIComponent(`/data/tarikh-${n}.json`)}`);
  await page.waitForSelector('.viewport .mark');
  await sleep(1000);
  await page.evaluate(() => {
    const counts: Record<string, number> = {};
    (window as any).__counts = counts;
    new MutationObserver((records) => {
      for (const r of records) {
        const key = r.type === 'attributes' ? `attr ${r.attributeName}` : r.type === 'childList' ? `child +${r.addedNodes.length} -${r.removedNodes.length} in ${(r.target as Element).className || r.target.nodeName}` : r.type;
        counts[key] = (counts[key] ?? 0) + 1;
      }
    }).observe(document.querySelector('.tarikh')!, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  const box = (await page.locator('.viewport').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 120);
  await page.keyboard.down('Control');
  for (const direction of [-1, 1]) for (let i = 0; i < ZOOM_STEPS; i++) { await page.mouse.wheel(0, direction * 100); await sleep(16); }
  await page.keyboard.up('Control');
  const counts = await page.evaluate(() => (window as any).__counts as Record<string, number>);
  for (const [k, v] of Object.entries(counts).sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(String(v).padStart(7), k);
} finally {
  await browser.close();
  await server.close();
}
