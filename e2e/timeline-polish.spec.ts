import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { richDocument } from './fixtures/rich.ts';
import { denseDocument } from '../src/events/fixtures/dense.ts';

test.beforeEach(async ({ page }) => {
  await page.route((url) => url.pathname === '/events.json', (route) => route.fulfill({ path: 'e2e/fixtures/seed-events.json' }));
  await page.route((url) => url.pathname === '/rich.json', (route) => route.fulfill({ json: richDocument() }));
});
const viewport = (page: Page) => page.locator('.viewport');
const spanDays = async (page: Page) => {
  const el = viewport(page);
  return (Date.parse((await el.getAttribute('data-to')) ?? '') - Date.parse((await el.getAttribute('data-from')) ?? '')) / 86_400_000;
};

test('event types, places and actors read in Arabic in the filter, panel, list and legend', async ({ page }) => {
  await page.goto('./?src=./rich.json');
  await expect(viewport(page)).toBeVisible();
  const typeOptions = await page.getByLabel('نوع الحدث').locator('option').allTextContents();
  expect(typeOptions).toEqual(expect.arrayContaining(['لقاء', 'محادثات']));
  expect(typeOptions.join(' ')).not.toMatch(/meeting|talks/);
  const actorOptions = await page.getByLabel('الطرف').locator('option').allTextContents();
  expect(actorOptions).toEqual(expect.arrayContaining(['روسيا', 'الولايات المتحدة']));
  expect(actorOptions.join(' ')).not.toMatch(/Russia|United States/);
  // Places from the document's glossary; one it lacks ("Mars Hill") as the article wrote it.
  const placeOptions = await page.getByLabel('المكان').locator('option').allTextContents();
  expect(placeOptions).toEqual(expect.arrayContaining(['الرياض', 'تل المريخ']));
  expect(placeOptions.join(' ')).not.toMatch(/Riyadh|Mars/);
  await expect(page.locator('.viewport [data-event-id="riyadh"]')).toContainText('الرياض، ١٨ شباط ٢٠٢٥');
  await page.getByLabel('نوع الحدث').selectOption('meeting');
  await expect(page.locator('.event-list li')).toHaveCount(1);
  await expect(page.locator('.event-list li')).toContainText('لقاء');
  await page.locator('.event-list li button').click();
  const panel = page.locator('section.panel');
  await expect(panel).toContainText('النوع');
  await expect(panel).toContainText('لقاء');
  await expect(panel).not.toContainText('meeting');
  await expect(panel.locator('.facts')).toContainText('الرياض');
  await expect(panel.locator('.facts')).toContainText('الولايات المتحدة، روسيا');
  await expect(panel.locator('.facts')).not.toContainText(/Russia|United States|Riyadh/);
  // The mark is coloured by its type, and the legend says which colour is which.
  await expect(page.locator('.viewport [data-event-id="riyadh"]')).toHaveAttribute('data-type', 'meeting');
  await page.locator('.legend summary').click();
  await expect(page.locator('.legend .types')).toContainText('محادثات ولقاءات');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.screenshot({ path: '/tmp/timeline-types.png', fullPage: true });

  await page.goto('./?src=./rich.json&lang=en');
  await expect(page.getByLabel('Event type').locator('option')).toContainText(['All', 'Meeting', 'Talks']);
  await expect(page.getByLabel('Actor').locator('option')).toContainText(['All', 'Russia', 'United States']);
  await page.locator('.legend summary').click();
  await expect(page.locator('.legend .types')).toContainText('Talks and meetings');
});

test('actors grouped by kind in the filter; a person named with their office and country in the panel', async ({ page }) => {
  await page.goto('./?src=./rich.json');
  await expect(viewport(page)).toBeVisible();
  const actor = page.getByLabel('الطرف');
  expect(await actor.locator('optgroup').evaluateAll((groups) => groups.map((group) => group.getAttribute('label')))).toEqual(['الدول', 'الأشخاص']);
  await expect(actor.locator('optgroup[label="الأشخاص"] option')).toHaveText(['سيرغي لافروف']);
  await actor.selectOption('Sergey Lavrov');
  await expect(page.locator('.event-list li')).toHaveCount(1);
  await page.locator('.event-list li button').click();
  await expect(page.locator('section.panel .facts')).toContainText('سيرغي لافروف (وزير الخارجية، روسيا)');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.goto('./?src=./rich.json&lang=en');
  await page.getByLabel('Actor').selectOption('Sergey Lavrov');
  await page.locator('.event-list li button').click();
  await expect(page.locator('section.panel .facts')).toContainText('Sergey Lavrov (Foreign Minister, Russia)');
});

test('a 1.0.0 document without names still reads: places as the article wrote them, else as the events do', async ({ page }) => {
  await page.route((url) => url.pathname === '/legacy.json', (route) => route.fulfill({ json: richDocument({ legacy: true }) }));
  await page.goto('./?src=./legacy.json');
  await expect(viewport(page)).toBeVisible();
  await expect(page.locator('.viewport [data-event-id="march"]')).toContainText('تل المريخ');
  await expect(page.locator('.viewport [data-event-id="riyadh"]')).toContainText('Riyadh، ١٨ شباط ٢٠٢٥');
  await expect(page.getByLabel('الطرف').locator('option')).toContainText(['الكل', 'Russia', 'United States']);
  await expect(page.getByLabel('نوع الحدث').locator('option')).toContainText(['لقاء', 'محادثات']);
});

test('print: the whole chronological list, without the timeline band', async ({ page }) => {
  await page.goto('./');
  await expect(viewport(page)).toBeVisible();
  // Zoom in until the list (the visible range) holds fewer events than the document.
  for (let i = 0; i < 6; i++) await page.getByRole('button', { name: 'تكبير', exact: true }).click();
  await expect.poll(() => page.locator('.event-list li').count()).toBeLessThan(8);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.event-list li')).toHaveCount(8);
  await expect(page.locator('.event-list')).toBeVisible();
  await expect(page.locator('.band')).toBeHidden();
  await expect(page.locator('.filters')).toBeHidden();
  const days = await page.locator('.event-list [data-list-event-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-list-event-id')));
  expect(days[0]).toBe('e5'); // 2022, the earliest
  await page.screenshot({ path: '/tmp/timeline-print.png', fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.band')).toBeVisible();
  await expect.poll(() => page.locator('.event-list li').count()).toBeLessThan(8);
});

test('touch: two fingers spreading zoom in, one finger drags', async ({ page }) => {
  await page.goto('./');
  await expect(viewport(page)).toBeVisible();
  const box = (await viewport(page).boundingBox())!;
  const y = box.y + box.height - 20;
  const cx = box.x + box.width / 2;
  const cdp = await page.context().newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: { x: number; y: number; id: number }[]) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map((p) => ({ x: p.x, y: p.y, id: p.id })) });
  const before = await spanDays(page);
  await touch('touchStart', [{ x: cx - 40, y, id: 1 }, { x: cx + 40, y, id: 2 }]);
  for (let d = 60; d <= 240; d += 20) {
    await touch('touchMove', [{ x: cx - d, y, id: 1 }, { x: cx + d, y, id: 2 }]);
  }
  await touch('touchEnd', []);
  await expect.poll(() => spanDays(page)).toBeLessThan(before * 0.6);
  const zoomed = await spanDays(page);
  const from = await viewport(page).getAttribute('data-from');
  await touch('touchStart', [{ x: cx, y, id: 3 }]);
  for (let d = 10; d <= 150; d += 10) await touch('touchMove', [{ x: cx + d, y, id: 3 }]);
  await touch('touchEnd', []);
  // RTL: dragging right shows later time; the span stays.
  await expect.poll(async () => Date.parse((await viewport(page).getAttribute('data-from'))!)).toBeGreaterThan(Date.parse(from!));
  expect(Math.abs((await spanDays(page)) - zoomed)).toBeLessThanOrEqual(2);
});

test('a small document gets a band no taller than its lanes; short spans stay visible', async ({ page }) => {
  await page.goto('./');
  await expect(viewport(page)).toBeVisible();
  const band = (await viewport(page).boundingBox())!;
  expect(band.height).toBeLessThan(300);
  const lowest = await page.locator('.viewport .mark').evaluateAll((els) => Math.max(...els.map((el) => el.getBoundingClientRect().bottom)));
  expect(band.y + band.height - lowest).toBeLessThan(40);
  // The week of 31 March is a span a few pixels long at this zoom: its bar is still drawn.
  const week = page.locator('.viewport [data-event-id="e7"] .glyph');
  expect((await week.boundingBox())!.width).toBeGreaterThanOrEqual(8);
  await page.screenshot({ path: '/tmp/timeline-small.png' });
});

test('50,000 events: the band draws and zooms', async ({ page }) => {
  test.setTimeout(90_000);
  const doc = JSON.stringify(denseDocument(50_000));
  await page.route((url) => url.pathname === '/dense50k.json', (route) => route.fulfill({ body: doc, contentType: 'application/json' }));
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('./?src=./dense50k.json');
  await expect(page.locator('.viewport .mark').first()).toBeVisible({ timeout: 60_000 });
  expect(await page.locator('.viewport .mark').count()).toBeLessThan(400);
  const before = await spanDays(page);
  await page.getByRole('button', { name: 'تكبير', exact: true }).click();
  await expect.poll(() => spanDays(page)).toBeLessThan(before);
  await expect(page.locator('.viewport .mark').first()).toBeVisible();
});
