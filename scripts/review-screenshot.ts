/**
 * docs/review.png, the README's picture of the review page: `npx tsx scripts/review-screenshot.ts`.
 * Runs `npm run review` on a copy of data/articles with one more article (so an event has two
 * sources), approves the first event in the queue, opens the Riyadh talks and types a date the
 * way a person writes it, in Chromium at 1280×900.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';

const port = Number(process.env.TARIKH_SCREENSHOT_PORT ?? 4419);
const out = resolve('docs/review.png');
const work = mkdtempSync(join(tmpdir(), 'tarikh-review-shot-'));
cpSync('data/articles', join(work, 'articles'), { recursive: true });
for (const ext of ['.txt', '.meta.json']) copyFileSync(`src/extract/fixtures/story/wire-ar-2025-02-27${ext}`, join(work, 'articles', `wire-ar-2025-02-27${ext}`));

const server = spawn(
  'node_modules/.bin/tsx',
  ['scripts/review.ts', '--articles', join(work, 'articles'), '--events', join(work, 'events.json'), '--corrections', join(work, 'corrections.json'), '--port', String(port)],
  { detached: true, stdio: 'inherit' },
);
const executablePath = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  const url = `http://127.0.0.1:${port}/review.html`;
  for (let tries = 0; ; tries++) {
    const ok = await fetch(url).then((response) => response.ok, () => false);
    if (ok) break;
    if (tries > 240) throw new Error('the review server did not start');
    await new Promise((done) => setTimeout(done, 500));
  }
  await page.goto(url);
  await page.locator('#rv-open-title').focus();
  await page.keyboard.press('a');
  await page.locator('.progress-text').filter({ hasText: '١' }).waitFor();
  await page.locator('.queue').getByRole('radio', { name: 'الكل' }).check();
  await page.locator('.queue .item', { hasText: 'جرى أول اللقاءات' }).click();
  await page.locator('#rv-date').fill('19 شباط 2025');
  await page.locator('#rv-date-reading').filter({ hasText: 'يُقرأ' }).waitFor();
  await page.locator('#rv-open-title').focus();
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  if (server.pid) process.kill(-server.pid, 'SIGTERM');
  rmSync(work, { recursive: true, force: true });
}
