/**
 * Themes where a timeline lives: the app (index.html), the iframe page (embed.html) and
 * <tarikh-timeline>'s shadow root. `auto` follows the system, `light` and `dark` hold against
 * it; the colours come from one stylesheet (src/timeline/components/theme.css), including the page around
 * the app, the link under the frame, the density strip's canvas and the element's own message.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';

const LIGHT = { bg: 'rgb(255, 255, 255)', fg: 'rgb(27, 31, 36)', density: 'rgba(11, 92, 173, 0.55)', link: 'rgb(11, 92, 173)' };
const DARK = { bg: 'rgb(21, 24, 28)', fg: 'rgb(232, 234, 237)', density: 'rgba(108, 176, 245, 0.6)', link: 'rgb(140, 196, 255)' };

test.beforeEach(async ({ page }) => {
  await page.route((url) => url.pathname === '/fixtures/seed.json', (route) => route.fulfill({ path: 'e2e/fixtures/seed-events.json' }));
});

/** The colours a timeline root shows, and its density strip's (the canvas reads its CSS colour). */
async function colours(timeline: Locator) {
  await expect(timeline.locator('.viewport [data-event-id="e4"]')).toBeVisible();
  const root = await timeline.locator('.tarikh').evaluate((el) => {
    const s = getComputedStyle(el);
    return { bg: s.backgroundColor, fg: s.color };
  });
  const density = await timeline.locator('canvas.density').evaluate((el) => getComputedStyle(el).color);
  return { ...root, density };
}

async function elementHost(page: Page) {
  await page.route((url) => url.pathname === '/host.html', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
        <script type="module" src="/embed.js"></script></head><body>
        <tarikh-timeline id="auto" src="/fixtures/seed.json" lang="en" height="200"></tarikh-timeline>
        <tarikh-timeline id="light" src="/fixtures/seed.json" lang="en" theme="light" height="200"></tarikh-timeline>
        <tarikh-timeline id="dark" src="/fixtures/seed.json" lang="en" theme="dark" height="200"></tarikh-timeline>
        <tarikh-timeline id="none" lang="en"></tarikh-timeline>
        </body></html>`,
    }),
  );
  await page.goto('./host.html');
}

for (const system of ['dark', 'light'] as const) {
  const followed = system === 'dark' ? DARK : LIGHT;

  test(`a ${system} system: auto follows it, light and dark hold, in the app, the iframe page and the element`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: system });

    await page.goto('./?src=/fixtures/seed.json');
    const app = page.locator('body');
    expect(await colours(app)).toEqual({ bg: followed.bg, fg: followed.fg, density: followed.density });
    // The page around the app takes the same colours.
    expect(await app.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(followed.bg);

    for (const theme of ['light', 'dark', 'auto'] as const) {
      const expected = theme === 'light' ? LIGHT : theme === 'dark' ? DARK : followed;
      await page.goto(`./embed.html?src=/fixtures/seed.json&lang=en&theme=${theme}`);
      expect(await colours(page.locator('body')), `embed.html theme=${theme}`).toEqual({ bg: expected.bg, fg: expected.fg, density: expected.density });
      // The link under the frame is the page's, not the timeline's: it follows the system.
      expect(await page.locator('.full-view a').evaluate((el) => getComputedStyle(el).color)).toBe(followed.link);
    }

    await elementHost(page);
    for (const [id, expected] of [['auto', followed], ['light', LIGHT], ['dark', DARK]] as const)
      expect(await colours(page.locator(`#${id}`)), `<tarikh-timeline theme=${id}>`).toEqual({ bg: expected.bg, fg: expected.fg, density: expected.density });
    // The element's own message (no src) keeps its light warning colours.
    const message = await page.locator('#none .tk-embed-missing').evaluate((el) => {
      const s = getComputedStyle(el);
      return { bg: s.backgroundColor, fg: s.color, border: s.borderTopColor };
    });
    expect(message).toEqual({ bg: 'rgb(255, 241, 224)', fg: LIGHT.fg, border: 'rgb(181, 71, 8)' });
  });
}

test('switching the system scheme while open recolours an auto timeline and leaves a fixed one', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await elementHost(page);
  expect((await colours(page.locator('#auto'))).bg).toBe(LIGHT.bg);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(async () => colours(page.locator('#auto'))).toEqual({ bg: DARK.bg, fg: DARK.fg, density: DARK.density });
  expect((await colours(page.locator('#light'))).bg).toBe(LIGHT.bg);
  // The strip is drawn again in the new colour, not only restyled.
  await expect.poll(async () => near(await drawnColour(page.locator('#auto')), [108, 176, 245])).toBe(true);
  expect(near(await drawnColour(page.locator('#light')), [11, 92, 173])).toBe(true);
});

/** Channels within 2 of each other: a translucent colour drawn and read back is rounded. */
const near = (rgb: number[] | null, expected: number[]) => !!rgb && rgb.every((c, i) => Math.abs(c - expected[i]!) <= 2);

/** The colour of the first bar drawn on the density strip's canvas. */
function drawnColour(timeline: Locator) {
  return timeline.locator('canvas.density').evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    for (let i = 0; i < data.length; i += 4) if (data[i + 3]! > 100) return [data[i]!, data[i + 1]!, data[i + 2]!];
    return null;
  });
}
