/**
 * A hostile events document (valid by the schema) in the app, the iframe page and the custom
 * element: markup in titles, paragraphs and metadata shows as literal text, javascript: URLs
 * never become links, nothing runs.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';

const SCRIPT = '<script>window.__pwned = "paragraph script"</script>';
const IMG = '<img src=x onerror="window.__pwned = \'paragraph img\'">';
const PHRASE = '18 شباط 2025';

function hostileDocument() {
  const paragraph = `${SCRIPT} في ${PHRASE} ${IMG} <a href="javascript:window.__pwned='a'">click</a>`;
  const start = paragraph.indexOf(PHRASE);
  const headline = '<b onmouseover="window.__pwned=\'title\'">Headline</b>';
  return {
    format: 'tarikh-events',
    version: '1.0.0',
    articles: [
      {
        id: 'evil',
        title: headline,
        published: '2025-04-10',
        source: '<svg onload="window.__pwned=\'source\'">',
        byline: '"><script>window.__pwned="byline"</script>',
        language: 'ar',
        url: 'javascript:window.__pwned="url"',
        paragraphs: [headline, paragraph],
      },
      {
        id: 'data-url',
        title: 'Data URL article',
        published: '2025-04-11',
        source: 'Elsewhere',
        language: 'en',
        url: 'data:text/html,<script>alert(1)</script>',
        paragraphs: ['Data URL article', `On ${'18 February 2025'} they met.`],
      },
      {
        id: 'fine',
        title: 'Fine article',
        published: '2025-04-11',
        source: 'Reuters',
        language: 'en',
        url: 'https://example.org/fine',
        paragraphs: ['Fine article', `On ${'18 February 2025'} they met.`],
      },
    ],
    events: [
      {
        id: 'x1',
        date: { edtf: '2025-02-18', start: '2025-02-18', end: '2025-02-18', precision: 'day', certainty: 'stated' },
        title: `<img src=x onerror="window.__pwned='event title'"> حدث`,
        titleEn: '<iframe src="javascript:window.__pwned=\'titleEn\'"></iframe>',
        place: '"><script>window.__pwned="place"</script>',
        type: 'meeting',
        actors: ['<img src=x onerror="window.__pwned=\'actor\'">'],
        sources: [
          { article: 'evil', paragraph: 1, mention: { text: PHRASE, start, end: start + PHRASE.length } },
          { article: 'data-url', paragraph: 1, mention: { text: '18 February 2025', start: 3, end: 19 } },
          { article: 'fine', paragraph: 1, mention: { text: '18 February 2025', start: 3, end: 19 } },
        ],
      },
    ],
  };
}

async function arm(page: Page) {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.route((url) => url.pathname === '/hostile.json', (route) => route.fulfill({ json: hostileDocument() }));
  return dialogs;
}

async function expectInert(page: Page, root: Locator, dialogs: string[]) {
  const mark = root.locator('.viewport [data-event-id="x1"]');
  await expect(mark).toBeVisible();
  await expect(mark).toContainText('"><script>window.__pwned="place"</script>');
  await mark.hover();
  await mark.click();
  const panel = root.locator('section.panel');
  // Arabic shows the title, English the titleEn: both literal.
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(
    /^(<img src=x onerror="window.__pwned='event title'"> حدث|<iframe src="javascript:window.__pwned='titleEn'"><\/iframe>)$/,
  );
  await expect(panel.locator('blockquote').first()).toContainText(SCRIPT);
  await expect(panel.locator('blockquote').first()).toContainText(IMG);
  await expect(panel.locator('blockquote mark').first()).toHaveText(PHRASE);
  await expect(panel).toContainText('"><script>window.__pwned="place"</script>');
  await expect(panel).toContainText('<svg onload=');
  await panel.getByText('Headline', { exact: false }).first().hover();
  // No markup from the document became elements; the only link is the https one.
  expect(await root.locator('img, iframe, svg[onload], script, b[onmouseover]').count()).toBe(0);
  const hrefs = await panel.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs).toEqual(['https://example.org/fine']);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
}

test('app: hostile text is shown literally, nothing executes, only http(s) links', async ({ page }) => {
  const dialogs = await arm(page);
  await page.goto('./?src=/hostile.json');
  await expectInert(page, page.locator('body'), dialogs);
});

test('embed.html: the same document is inert in the iframe page', async ({ page }) => {
  const dialogs = await arm(page);
  await page.goto('./embed.html?src=/hostile.json');
  await expectInert(page, page.locator('body'), dialogs);
});

test('<tarikh-timeline>: the same document, from src and as the events property, is inert', async ({ page }) => {
  const dialogs = await arm(page);
  await page.route((url) => url.pathname === '/host.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>
        <tarikh-timeline id="a" src="/hostile.json"></tarikh-timeline><tarikh-timeline id="b" lang="en"></tarikh-timeline>
        <script type="module" src="/embed.js"></script></body></html>`,
    }),
  );
  await page.goto('./host.html');
  await page.evaluate((doc) => Object.assign(document.querySelector('#b') as HTMLElement, { events: doc }), hostileDocument());
  await expectInert(page, page.locator('#a'), dialogs);
  await expectInert(page, page.locator('#b'), dialogs);
  // Attributes are text too: an event id with markup selects nothing.
  await page.evaluate(() => document.querySelector('#a')?.setAttribute('event', '"><img src=x onerror="window.__pwned=1">'));
  await page.waitForTimeout(200);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
});
