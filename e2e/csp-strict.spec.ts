/**
 * Strict Content-Security-Policy: the app (index.html), the iframe page (embed.html) and a
 * host page with <tarikh-timeline> all run with no 'unsafe-inline' and no 'unsafe-eval',
 * for scripts and for styles, and report zero violations while a reader uses them.
 */
import { expect, test, type Page } from '@playwright/test';
import { richDocument } from './fixtures/rich.ts';

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Record CSP violations and console errors from the first script on. */
async function watch(page: Page) {
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = list;
    document.addEventListener('securitypolicyviolation', (e) => list.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`), true);
  });
  return {
    consoleErrors,
    violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
  };
}

/** Serve `pathname` with the CSP header: the real file from the preview server, or `body`. */
async function withCsp(page: Page, pathname: string, body?: string) {
  await page.route((url) => url.pathname === pathname, async (route) => {
    if (body !== undefined) return route.fulfill({ contentType: 'text/html; charset=utf-8', headers: { 'Content-Security-Policy': CSP }, body });
    const response = await route.fetch();
    return route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': CSP } });
  });
}

test.beforeEach(async ({ page }) => {
  await page.route((url) => url.pathname === '/fixtures/seed.json', (route) => route.fulfill({ path: 'e2e/fixtures/seed-events.json' }));
});

test('the app under a strict CSP: drawn, styled, usable, zero violations', async ({ page }) => {
  const { consoleErrors, violations } = await watch(page);
  await withCsp(page, '/');
  const response = await page.goto('./?src=/fixtures/seed.json');
  expect(response?.headers()['content-security-policy']).toBe(CSP);
  const riyadh = page.locator('.viewport [data-event-id="e4"]');
  await expect(riyadh).toBeVisible();
  // The stylesheets applied (a file, not inline), and the dynamic positions (CSSOM) too.
  expect(await page.locator('body').evaluate((el) => getComputedStyle(el).margin)).toBe('0px');
  expect(await riyadh.evaluate((el) => getComputedStyle(el).position)).toBe('absolute');
  expect(await page.locator('.viewport').evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThan(200);
  await riyadh.click();
  await expect(page.locator('section.panel mark')).toHaveText('الـ18 من شباط الماضي');
  await page.getByRole('button', { name: 'تكبير', exact: true }).click();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(await violations()).toEqual([]);
  expect(consoleErrors).toEqual([]);

  // The listener works: an inline <style> is refused and reported.
  await page.evaluate(() => document.head.append(Object.assign(document.createElement('style'), { textContent: 'p{}' })));
  await expect.poll(violations).toEqual([expect.stringMatching(/^style-src-elem inline/)]);
});

test('embed.html under a strict CSP: zero violations', async ({ page }) => {
  const { consoleErrors, violations } = await watch(page);
  await withCsp(page, '/embed.html');
  await page.goto('./embed.html?src=/fixtures/seed.json&event=e4&lang=en');
  await expect(page.locator('section.panel mark')).toHaveText('الـ18 من شباط الماضي');
  expect(await page.locator('.viewport').evaluate((el) => getComputedStyle(el).position)).toBe('relative');
  await page.locator('[data-list-event-id="e3"]').click();
  await expect(page).toHaveURL(/#event=e3/);
  expect(await violations()).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('<tarikh-timeline> on a host page with a strict CSP: styled in its shadow root, zero violations', async ({ page }) => {
  const { consoleErrors, violations } = await watch(page);
  await withCsp(
    page,
    '/csp-host.html',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CSP host</title>
      <script type="module" src="/embed.js"></script></head><body>
      <tarikh-timeline id="a" src="/fixtures/seed.json"></tarikh-timeline>
      <tarikh-timeline id="b" src="/fixtures/seed.json" lang="en" theme="dark"></tarikh-timeline>
      </body></html>`,
  );
  await page.goto('./csp-host.html');
  const riyadh = page.locator('#a .viewport [data-event-id="e4"]');
  await expect(riyadh).toBeVisible();
  await expect(page.locator('#b .viewport [data-event-id="e4"]')).toBeVisible();
  // Styles reached the shadow roots (adopted stylesheet), though style-src has no 'unsafe-inline'.
  expect(await riyadh.evaluate((el) => getComputedStyle(el).position)).toBe('absolute');
  expect(await page.locator('#b .tarikh').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(21, 24, 28)');
  await riyadh.click();
  await expect(page.locator('#a section.panel mark')).toHaveText('الـ18 من شباط الماضي');
  await page.locator('#b').getByRole('button', { name: 'Zoom in', exact: true }).click();
  expect(await violations()).toEqual([]);
  expect(consoleErrors).toEqual([]);
  await page.screenshot({ path: '/tmp/embed-csp.png', fullPage: true });
});

test('event type colours, generated from the vocabulary, reach the app, embed.html and the shadow root under a strict CSP, light and dark', async ({ page }) => {
  await page.route((url) => url.pathname === '/fixtures/rich.json', (route) => route.fulfill({ json: richDocument() }));
  const { consoleErrors, violations } = await watch(page);
  const MEETING = { light: 'rgb(0, 114, 178)', dark: 'rgb(77, 163, 232)' };
  /** The meeting's colour on its mark and on its dot in the list. */
  const colours = async (scope: string) => {
    const glyph = page.locator(`${scope} .viewport [data-event-id="riyadh"] .glyph`);
    await expect(glyph).toBeVisible();
    return [
      await glyph.evaluate((el) => getComputedStyle(el).borderTopColor),
      await page.locator(`${scope} [data-list-event-id="riyadh"] .type-dot`).evaluate((el) => getComputedStyle(el).backgroundColor),
    ];
  };

  await withCsp(page, '/');
  await page.goto('./?src=/fixtures/rich.json');
  expect(await colours('')).toEqual([MEETING.light, MEETING.light]);
  await page.emulateMedia({ colorScheme: 'dark' }); // theme auto follows the reader
  expect(await colours('')).toEqual([MEETING.dark, MEETING.dark]);
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await violations()).toEqual([]);

  await withCsp(page, '/embed.html');
  await page.goto('./embed.html?src=/fixtures/rich.json&theme=dark');
  expect(await colours('')).toEqual([MEETING.dark, MEETING.dark]);
  expect(await violations()).toEqual([]);

  await withCsp(
    page,
    '/csp-host.html',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CSP host</title>
      <script type="module" src="/embed.js"></script></head><body>
      <tarikh-timeline id="a" src="/fixtures/rich.json" theme="light"></tarikh-timeline>
      <tarikh-timeline id="b" src="/fixtures/rich.json" theme="dark"></tarikh-timeline>
      </body></html>`,
  );
  await page.goto('./csp-host.html');
  expect(await colours('#a')).toEqual([MEETING.light, MEETING.light]);
  expect(await colours('#b')).toEqual([MEETING.dark, MEETING.dark]);
  expect(await violations()).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
