/**
 * <tarikh-timeline> (dist/embed.js) on host pages Tarikh does not control: hostile global CSS,
 * two instances with different data, selection events, keys and wheel, error messages, size.
 */
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { richDocument } from './fixtures/rich.ts';

const SEED_PARAGRAPH = 'جرى أول اللقاءات بين وفدي البلدين';
const SEED_PHRASE = 'الـ18 من شباط الماضي';
const RICH_MARCH_PARAGRAPH = 'وفي مطلع آذار بدأت جولة جديدة من المشاورات.';

/** Serve a host page (and the fixtures) from the preview server's origin. */
async function host(page: Page, body: string, head = '') {
  await page.route((url) => url.pathname === '/fixtures/seed.json', (route) => route.fulfill({ path: 'e2e/fixtures/seed-events.json' }));
  await page.route((url) => url.pathname === '/host.html', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>${head}</head><body>${body}</body></html>`,
    }),
  );
  await page.goto('./host.html');
}

const AGGRESSIVE_CSS = `<style>
  * { all: revert; font-size: 30px !important; line-height: 3 !important; color: red !important;
      font-family: 'Comic Sans MS', cursive !important; letter-spacing: 4px !important; text-align: center !important; }
  html { font-size: 40px !important; }
  button { display: none !important; }
  section, blockquote, mark, p, ul, li, div { display: none !important; background: lime !important; border: 9px solid red !important; }
  tarikh-timeline { display: block; }
</style>`;

test('two instances under aggressive host CSS: own data, own selection, styles intact, nothing leaks out', async ({ page }) => {
  await host(
    page,
    `<h1 class="probe">Host article</h1>
     <tarikh-timeline id="a" src="/fixtures/seed.json" lang="ar" height="300"></tarikh-timeline>
     <tarikh-timeline id="b" lang="en" theme="dark" height="260"></tarikh-timeline>
     <script type="module" src="/embed.js"></script>`,
    AGGRESSIVE_CSS,
  );
  const hostStyleSheets = await page.evaluate(() => document.styleSheets.length);
  await page.evaluate((doc) => {
    (window as unknown as { __selects: unknown[] }).__selects = [];
    const b = document.querySelector('#b') as HTMLElement & { events: unknown };
    b.events = doc;
    for (const el of document.querySelectorAll('tarikh-timeline'))
      el.addEventListener('tarikh-select', (e) =>
        (window as unknown as { __selects: unknown[] }).__selects.push({ el: el.id, id: (e as CustomEvent).detail.id, title: (e as CustomEvent).detail.event?.title ?? null }),
      );
  }, richDocument());

  const a = page.locator('#a');
  const b = page.locator('#b');
  // Playwright's CSS locators pierce open shadow roots.
  const riyadhA = a.locator('.viewport [data-event-id="e4"]');
  const marchB = b.locator('.viewport [data-event-id="march"]');
  await expect(riyadhA).toBeVisible();
  await expect(marchB).toBeVisible();
  await expect(b.locator('.viewport [data-event-id="e4"]')).toHaveCount(0);

  // The host's rules do not reach inside: buttons show, labels are 13px, not the host's 30px red Comic Sans.
  const markStyle = await riyadhA.evaluate((el) => {
    const s = getComputedStyle(el);
    return { fontSize: s.fontSize, color: s.color, display: s.display, letterSpacing: s.letterSpacing };
  });
  expect(markStyle.display).not.toBe('none');
  expect(markStyle.fontSize).toBe('13px');
  expect(markStyle.color).not.toBe('rgb(255, 0, 0)');
  expect(markStyle.letterSpacing).toBe('normal');
  const rootStyle = await a.locator('.tarikh').evaluate((el) => {
    const s = getComputedStyle(el);
    return { fontSize: s.fontSize, fontFamily: s.fontFamily, textAlign: s.textAlign, background: s.backgroundColor };
  });
  expect(rootStyle.fontSize).toBe('16px');
  expect(rootStyle.fontFamily).toContain('system-ui');
  expect(rootStyle.background).toBe('rgb(255, 255, 255)');
  expect(await b.locator('.tarikh').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(21, 24, 28)');

  // Open an event in each: each panel shows its own source paragraph.
  await riyadhA.click();
  const panelA = a.locator('section.panel');
  await expect(panelA.locator('blockquote')).toContainText(SEED_PARAGRAPH);
  await expect(panelA.locator('blockquote mark')).toHaveText(SEED_PHRASE);
  await expect(b.locator('section.panel')).toHaveCount(0);
  await marchB.click();
  const panelB = b.locator('section.panel');
  await expect(panelB.locator('blockquote')).toContainText(RICH_MARCH_PARAGRAPH);
  await expect(panelB.locator('blockquote mark')).toHaveText('مطلع آذار');
  await expect(panelA.locator('blockquote mark')).toHaveText(SEED_PHRASE);
  expect(await panelA.locator('blockquote').evaluate((el) => getComputedStyle(el).display)).not.toBe('none');

  // tarikh-select events, and the reflected event attribute.
  expect(await page.evaluate(() => (window as unknown as { __selects: unknown[] }).__selects)).toEqual([
    { el: 'a', id: 'e4', title: expect.stringContaining(SEED_PARAGRAPH) },
    { el: 'b', id: 'march', title: 'جولة جديدة من المشاورات' },
  ]);
  await expect(a).toHaveAttribute('event', 'e4');
  await expect(b).toHaveAttribute('event', 'march');

  // Nothing leaks out: no stylesheet or <style> added to the host document, host heading untouched.
  expect(await page.evaluate(() => document.styleSheets.length)).toBe(hostStyleSheets);
  expect(await page.evaluate(() => document.querySelectorAll('style').length)).toBe(1);
  expect(await page.locator('h1.probe').evaluate((el) => getComputedStyle(el).fontFamily)).toContain('Comic Sans');
  await page.screenshot({ path: '/tmp/embed-aggressive.png', fullPage: true });
});

test('the event attribute opens an event; setting it from outside moves the selection', async ({ page }) => {
  await host(page, `<tarikh-timeline id="a" src="/fixtures/seed.json" event="e4"></tarikh-timeline><script type="module" src="/embed.js"></script>`);
  const a = page.locator('#a');
  await expect(a.locator('section.panel blockquote mark')).toHaveText(SEED_PHRASE);
  await page.evaluate(() => document.querySelector('#a')?.setAttribute('event', 'e3'));
  await expect(a.locator('section.panel blockquote mark')).toHaveText('الـ 27 من شباط الماضي');
  await a.locator('section.panel').getByRole('button', { name: 'إغلاق' }).click();
  await expect(a.locator('section.panel')).toHaveCount(0);
  await expect(a).not.toHaveAttribute('event', /./);
});

test('keys and wheel stay inside: host keys move nothing, a plain wheel scrolls the host page', async ({ page }) => {
  await host(
    page,
    `<input id="search" aria-label="search"><tarikh-timeline id="a" src="/fixtures/seed.json"></tarikh-timeline>
     <tarikh-timeline id="b" src="/fixtures/seed.json"></tarikh-timeline><div style="height: 3000px"></div>
     <script type="module" src="/embed.js"></script>`,
  );
  const viewA = a(page).locator('.viewport');
  const viewB = page.locator('#b .viewport');
  await expect(viewA).toBeVisible();
  await expect(viewB).toBeVisible();
  const before = { a: await viewA.getAttribute('data-from'), b: await viewB.getAttribute('data-from') };

  // Keys typed in the host page do not move the widgets.
  await page.locator('#search').focus();
  for (const key of ['ArrowLeft', 'ArrowRight', '+', '-', 'Home', 'End', 'Escape']) await page.keyboard.press(key);
  await expect(page.locator('#search')).toHaveValue('+-');
  expect(await viewA.getAttribute('data-from')).toBe(before.a);
  expect(await viewB.getAttribute('data-from')).toBe(before.b);

  // Keys inside one widget move only that one.
  await a(page).getByRole('button', { name: 'تكبير', exact: true }).focus();
  await page.keyboard.press('+');
  await expect(viewA).not.toHaveAttribute('data-from', before.a ?? '');
  expect(await viewB.getAttribute('data-from')).toBe(before.b);

  // A plain vertical wheel over the band scrolls the host page; the view does not change.
  const zoomedFrom = await viewA.getAttribute('data-from');
  await viewA.hover();
  await page.mouse.wheel(0, 400);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
  expect(await viewA.getAttribute('data-from')).toBe(zoomedFrom);
});

function a(page: Page) {
  return page.locator('#a');
}

test('a clear message inside the widget: failed fetch with retry, invalid document, no source', async ({ page }) => {
  let calls = 0;
  await page.route((url) => url.pathname === '/fixtures/flaky.json', (route) =>
    ++calls === 1 ? route.fulfill({ status: 404, body: 'missing' }) : route.fulfill({ path: 'e2e/fixtures/seed-events.json' }),
  );
  await page.route((url) => url.pathname === '/fixtures/bad.json', (route) =>
    route.fulfill({ json: { format: 'tarikh-events', version: '1.0.0', articles: [], events: [{ id: 'x' }] } }),
  );
  await page.route((url) => url.pathname === '/fixtures/not-json.json', (route) => route.fulfill({ contentType: 'text/html', body: '<html>oops</html>' }));
  await host(
    page,
    `<tarikh-timeline id="flaky" src="/fixtures/flaky.json" lang="en"></tarikh-timeline>
     <tarikh-timeline id="bad" src="/fixtures/bad.json"></tarikh-timeline>
     <tarikh-timeline id="html" src="/fixtures/not-json.json" lang="en"></tarikh-timeline>
     <tarikh-timeline id="none" lang="en"></tarikh-timeline>
     <tarikh-timeline id="js" src="javascript:alert(1)" lang="en"></tarikh-timeline>
     <script type="module" src="/embed.js"></script>`,
  );
  const flaky = page.locator('#flaky');
  await expect(flaky.getByRole('alert')).toContainText('HTTP 404');
  await flaky.getByRole('button', { name: /retry/i }).click();
  await expect(flaky.locator('.viewport [data-event-id="e4"]')).toBeVisible();

  const bad = page.locator('#bad');
  await expect(bad.getByRole('alert')).toContainText('مستند الأحداث غير صالح');
  await expect(bad.getByRole('alert')).toContainText('events[0]');

  await expect(page.locator('#html').getByRole('alert')).toContainText(/could not|JSON/i);
  await expect(page.locator('#none').getByRole('alert')).toContainText('src attribute');
  await expect(page.locator('#js').getByRole('alert')).toContainText('http');
  await page.screenshot({ path: '/tmp/embed-errors.png', fullPage: true });
});

test('budget: dist/embed.js is one module of at most 50 KB gzipped, with its styles inside', async () => {
  const code = readFileSync('dist/embed.js');
  const gzipped = gzipSync(code, { level: 9 }).length;
  console.log(`dist/embed.js: ${(code.length / 1024).toFixed(1)} KB, ${(gzipped / 1024).toFixed(1)} KB gzipped`);
  expect(gzipped).toBeLessThanOrEqual(50 * 1024);
  const text = code.toString('utf8');
  expect(text).not.toContain('__TARIKH_EMBED_CSS__');
  expect(text).toContain('--tk-accent');
  expect(text).not.toMatch(/\bimport\s*\(|from\s*["']\.{0,2}\//); // no chunks, no imports: one file
  // src/events/index.ts exports the corrections contract too; none of it may ride along
  // (a module-level object read or spread there is kept by the bundler: 1.6 KB once)
  expect(text).not.toContain('a decade 202X');
});
