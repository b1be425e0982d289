/**
 * dist/embed.html in an iframe on another origin: it reports its height (the documented
 * five-line snippet applies it), keeps deep links in its own URL, tells the parent what was
 * opened, and takes commands only from the expected parent origin.
 */
import { expect, test, type Page } from '@playwright/test';
import config from '../playwright.config.ts';

// The host pages below are routed (never fetched), which Chromium counts as the public
// internet; its Local Network Access checks would then block the frame from 127.0.0.1.
// Real deployments serve both from the internet; here, turn the check off for this file.
const base = config.use?.launchOptions ?? {};
test.use({
  launchOptions: { ...base, args: [...(base.args ?? []), '--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests'] },
});

const HOST = 'http://host.test';
const EVIL = 'http://evil.test';

/** The README's host snippet, verbatim. */
const SNIPPET = `addEventListener('message', (e) => {
  for (const f of document.querySelectorAll('iframe[data-tarikh]'))
    if (e.source === f.contentWindow && e.origin === new URL(f.src).origin && e.data?.type === 'tarikh:resize')
      f.style.height = e.data.height + 'px';
});`;

async function hostPage(page: Page, baseURL: string, frameQuery: string, extraFrames = '') {
  await page.route((url) => url.pathname === '/fixtures/seed.json', (route) => route.fulfill({ path: 'e2e/fixtures/seed-events.json' }));
  const frameSrc = new URL(`embed.html?${frameQuery}`, baseURL).href;
  await page.route(`${HOST}/article.html`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>
        <h1>An article</h1>
        <iframe data-tarikh id="tarikh" src="${frameSrc.replace(/&/g, '&amp;')}" title="Timeline" style="width:600px;border:0;height:150px"></iframe>
        ${extraFrames}
        <p>After the timeline.</p>
        <script>
          window.__messages = [];
          addEventListener('message', (e) => { if (e.data?.type === 'tarikh:select') window.__messages.push(e.data); });
          ${SNIPPET}
        </script></body></html>`,
    }),
  );
  await page.goto(`${HOST}/article.html`);
  return page.frameLocator('#tarikh');
}

function frameOf(page: Page) {
  const frame = page.frames().find((f) => f.url().includes('/embed.html'));
  if (!frame) throw new Error('no embed frame');
  return frame;
}

test('the iframe tells its parent its height, and the snippet resizes the frame as the content changes', async ({ page, baseURL }) => {
  const frame = await hostPage(page, baseURL!, 'src=/fixtures/seed.json&lang=ar');
  const iframe = page.locator('#tarikh');
  // At 600px the marks cluster: open events from the list.
  const listE4 = frame.locator('[data-list-event-id="e4"]');
  await expect(listE4).toBeVisible();
  const contentHeight = () => frame.locator('main.frame').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
  await expect.poll(async () => (await iframe.boundingBox())?.height).toBeGreaterThan(400);
  expect(Math.abs(((await iframe.boundingBox())?.height ?? 0) - (await contentHeight()))).toBeLessThanOrEqual(1);
  const closed = (await iframe.boundingBox())?.height ?? 0;
  // Nothing scrolls inside the frame: all of it shows.
  expect(await frame.locator('html').evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);

  await listE4.click();
  await expect(frame.locator('section.panel mark')).toHaveText('الـ18 من شباط الماضي');
  await expect.poll(async () => (await iframe.boundingBox())?.height).toBeGreaterThan(closed + 100);
  await expect.poll(async () => Math.abs(((await iframe.boundingBox())?.height ?? 0) - (await contentHeight()))).toBeLessThanOrEqual(1);
  await page.screenshot({ path: '/tmp/embed-iframe.png', fullPage: true });
});

test('deep links work inside the iframe: ?event= opens, the frame URL follows, a reload keeps it', async ({ page, baseURL }) => {
  const frame = await hostPage(page, baseURL!, 'src=/fixtures/seed.json&event=e4&lang=en');
  await expect(frame.locator('section.panel mark')).toHaveText('الـ18 من شباط الماضي');
  await frame.locator('[data-list-event-id="e3"]').click();
  await expect(frame.locator('section.panel mark')).toHaveText('الـ 27 من شباط الماضي');
  await expect.poll(() => frameOf(page).url()).toContain('#event=e3');
  expect(frameOf(page).url()).not.toContain('event=e4');
  expect(await page.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages)).toContainEqual({ type: 'tarikh:select', id: 'e3' });
  // The host page's own history and URL are untouched.
  expect(page.url()).toBe(`${HOST}/article.html`);

  await frameOf(page).evaluate(() => location.reload());
  await expect(frame.locator('section.panel mark')).toHaveText('الـ 27 من شباط الماضي');

  // The "own page" link carries the same deep link to the full view.
  const href = await frame.getByRole('link', { name: 'Open the timeline in its own page' }).getAttribute('href');
  expect(href).toContain('#event=e3');
  expect(new URL(href!).searchParams.get('src')).toMatch(/\/fixtures\/seed\.json$/);
});

test('commands from an unexpected origin are ignored; the expected parent may open an event', async ({ page, baseURL }) => {
  await page.route(`${EVIL}/evil.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<script>
        // A sibling frame on another origin tries to drive the timeline.
        let n = 0;
        const timer = setInterval(() => {
          parent.frames[0]?.postMessage({ type: 'tarikh:select', id: 'e8' }, '*');
          if (++n > 10) { clearInterval(timer); document.title = 'done'; }
        }, 100);
      </script>`,
    }),
  );
  const frame = await hostPage(page, baseURL!, `src=/fixtures/seed.json&origin=${encodeURIComponent(HOST)}`, `<iframe id="evil" src="${EVIL}/evil.html" title="ad"></iframe>`);
  await expect(frame.locator('[data-list-event-id="e4"]')).toBeVisible();
  await expect.poll(() => page.frames().find((f) => f.url().startsWith(EVIL))?.title()).toBe('done');
  await expect(frame.locator('section.panel')).toHaveCount(0);

  // The host itself, from the expected origin: accepted.
  await page.evaluate(() => (document.querySelector('#tarikh') as HTMLIFrameElement).contentWindow?.postMessage({ type: 'tarikh:select', id: 'e8' }, '*'));
  await expect(frame.locator('section.panel mark')).toHaveText('الـ26 من آذار الماضي');
});
