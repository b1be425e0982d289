import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { denseDocument } from '../src/events/fixtures/dense.ts';

const riyadhName = /^الرياض، 18 شباط 2025/;

// These tests name events by id (e4, e8…): pin the seed document rather than whatever the
// extractor last wrote into data/events.json.
test.beforeEach(async ({ page }) => {
  await page.route((url) => url.pathname === '/events.json', (route) => route.fulfill({ path: 'e2e/fixtures/seed-events.json' }));
});
const viewport = (page: Page) => page.locator('.viewport');
const range = async (page: Page) => {
  const el = viewport(page);
  return { from: await el.getAttribute('data-from'), to: await el.getAttribute('data-to') };
};
const days = (r: { from: string | null; to: string | null }) => (Date.parse(r.to ?? '') - Date.parse(r.from ?? '')) / 86_400_000;

async function ready(page: Page, url = './') {
  await page.goto(url);
  await expect(viewport(page)).toBeVisible();
}

/** Boxes of all marks; none may intersect another. */
async function expectNoOverlappingMarks(page: Page) {
  const boxes = await page.locator('.viewport .mark').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { l: r.left, r: r.right, t: r.top, b: r.bottom, name: el.getAttribute('aria-label') };
    }),
  );
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const overlap = a.l < b.r - 0.5 && b.l < a.r - 0.5 && a.t < b.b - 0.5 && b.t < a.b - 0.5;
      expect(overlap, `${a.name} overlaps ${b.name}`).toBe(false);
    }
  return boxes.length;
}

test('RTL: a later event is to the left of an earlier one; ?dir=ltr flips it', async ({ page }) => {
  await ready(page);
  const riyadh = await page.getByRole('button', { name: riyadhName }).boundingBox();
  const blackSea = await page.getByRole('button', { name: /^البحر الأسود، 26 آذار 2025/ }).boundingBox();
  expect(blackSea!.x + blackSea!.width).toBeLessThan(riyadh!.x + riyadh!.width);
  await expectNoOverlappingMarks(page);
  await ready(page, './?dir=ltr');
  const r2 = await page.getByRole('button', { name: riyadhName }).boundingBox();
  const b2 = await page.getByRole('button', { name: /^البحر الأسود، 26 آذار 2025/ }).boundingBox();
  expect(b2!.x).toBeGreaterThan(r2!.x);
  await page.screenshot({ path: '/tmp/timeline-ltr.png' });
});

test('wheel: horizontal pans, ctrl+wheel zooms, plain vertical wheel scrolls the page with a hint', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 600 });
  await ready(page);
  // A page taller than the window, whatever the list holds after zooming (the band is only as
  // tall as its lanes), so that the plain wheel has something to scroll.
  await page.addStyleTag({ content: 'body { padding-bottom: 800px; }' });
  const box = (await viewport(page).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height - 20);
  const before = await range(page);

  await page.mouse.wheel(300, 0);
  await expect.poll(async () => (await range(page)).from).not.toBe(before.from);
  const panned = await range(page);
  expect(Math.abs(days(panned) - days(before))).toBeLessThanOrEqual(2);

  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -400);
  await page.keyboard.up('Control');
  await expect.poll(async () => days(await range(page))).toBeLessThan(days(panned) * 0.8);
  const zoomed = await range(page);

  const scrollBefore = await page.evaluate(() => window.scrollY);
  await page.mouse.wheel(0, 200);
  await expect(page.locator('.wheel-hint')).toHaveClass(/visible/);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrollBefore);
  expect(await range(page)).toEqual(zoomed);
});

test('drag pans along time (RTL: dragging right shows later time)', async ({ page }) => {
  await ready(page);
  const box = (await viewport(page).boundingBox())!;
  const before = await range(page);
  const y = box.y + box.height - 15;
  await page.mouse.move(box.x + 400, y);
  await page.mouse.down();
  await page.mouse.move(box.x + 500, y, { steps: 5 });
  await page.mouse.move(box.x + 600, y, { steps: 5 });
  await page.mouse.up();
  const after = await range(page);
  expect(Date.parse(after.from!)).toBeGreaterThan(Date.parse(before.from!));
  await expect(page.locator('section.panel')).toHaveCount(0);
});

test('keyboard: arrows pan, + and − zoom, buttons zoom and fit', async ({ page }) => {
  await ready(page);
  const riyadh = page.getByRole('button', { name: riyadhName });
  await riyadh.focus();
  const before = await range(page);
  await page.keyboard.press('ArrowLeft'); // RTL: towards later time
  const later = await range(page);
  expect(Date.parse(later.from!)).toBeGreaterThan(Date.parse(before.from!));
  await page.keyboard.press('+');
  expect(days(await range(page))).toBeLessThan(days(later));
  await expect(page.locator(':focus')).toHaveCount(1);
  await page.getByRole('button', { name: 'تكبير', exact: true }).click();
  await page.getByRole('button', { name: 'تكبير', exact: true }).click();
  const zoomed = days(await range(page));
  await page.getByRole('button', { name: 'تصغير', exact: true }).click();
  expect(days(await range(page))).toBeGreaterThan(zoomed);
  await page.getByRole('button', { name: 'عرض الكل' }).click();
  expect(days(await range(page))).toBeGreaterThan(1000);
});

test('a cluster shows its count and expands on click', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await ready(page);
  const cluster = page.locator('.viewport .mark.cluster').first();
  await expect(cluster).toBeVisible();
  const size = Number(await cluster.getAttribute('data-cluster-size'));
  expect(size).toBeGreaterThan(1);
  await page.screenshot({ path: '/tmp/timeline-cluster.png' });
  await cluster.click();
  await expect(page.getByRole('button', { name: /^إسطنبول، 9 نيسان 2025/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /^إسطنبول، 10 نيسان 2025/ })).toBeVisible();
  await expectNoOverlappingMarks(page);
  await page.screenshot({ path: '/tmp/timeline-expanded.png' });
});

test('filters and search narrow the timeline and the list', async ({ page }) => {
  await ready(page);
  await page.getByLabel('المكان').selectOption('Istanbul');
  await expect(page.locator('.event-list li')).toHaveCount(3);
  await expect(page.getByRole('button', { name: riyadhName })).toHaveCount(0);
  await page.getByRole('button', { name: 'مسح التصفية' }).click();
  await expect(page.locator('.event-list li')).toHaveCount(8);
  await page.getByLabel('بحث في العناوين والفقرات').fill('البحر الأسود');
  await expect(page.locator('.event-list li')).toHaveCount(1);
  await expect(page.locator('.event-list li')).toContainText('البحر الأسود');
});

test('list is synced: choosing in the list selects and centres on the timeline', async ({ page }) => {
  await ready(page);
  await page.getByRole('button', { name: 'تكبير', exact: true }).click();
  await page.locator('[data-list-event-id="e8"]').click();
  await expect(page.locator('section.panel')).toHaveAttribute('data-event-id', 'e8');
  await expect(page.locator('.viewport [data-event-id="e8"]')).toHaveAttribute('aria-current', 'true');
  await expect(page.locator('.viewport [data-event-id="e8"]')).toBeInViewport();
  await expect(page.locator('[data-list-event-id="e8"]')).toHaveAttribute('aria-current', 'true');
});

test('deep link selects and centres the event; back and forward follow selections', async ({ page }) => {
  await ready(page, './#event=e4');
  await expect(page.locator('section.panel mark')).toHaveText('الـ18 من شباط الماضي');
  const mark = await page.getByRole('button', { name: riyadhName }).boundingBox();
  const vp = (await viewport(page).boundingBox())!;
  expect(Math.abs(mark!.x + mark!.width - (vp.x + vp.width / 2))).toBeLessThan(vp.width * 0.35);

  await page.getByRole('button', { name: /^البحر الأسود، 26 آذار 2025/ }).click();
  await expect(page).toHaveURL(/#event=e8/);
  await page.goBack();
  await expect(page.locator('section.panel')).toHaveAttribute('data-event-id', 'e4');
  await page.goForward();
  await expect(page.locator('section.panel')).toHaveAttribute('data-event-id', 'e8');
  await page.getByRole('button', { name: 'إغلاق' }).click();
  await expect(page.locator('section.panel')).toHaveCount(0);
  await expect(page).not.toHaveURL(/event=/);
  await page.goBack();
  await expect(page.locator('section.panel')).toHaveAttribute('data-event-id', 'e8');
});

test('English UI with ?lang=en, and the previous/next buttons', async ({ page }) => {
  await ready(page, './?lang=en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await page.getByRole('button', { name: /^Riyadh, 18 February 2025/ }).click();
  await expect(page.locator('section.panel')).toContainText('Al-Thawra');
  await expect(page.locator('section.panel')).toContainText('10 April 2025');
  await page.getByRole('button', { name: 'Next event' }).click();
  await expect(page.locator('section.panel')).toHaveAttribute('data-event-id', 'e3');
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
});

test('month systems and digits: Egyptian months with Latin digits', async ({ page }) => {
  await ready(page);
  await page.getByLabel('أسماء الأشهر').selectOption('egyptian');
  await page.getByLabel('الأرقام').selectOption('latn');
  await expect(page.locator('.viewport [data-event-id="e4"]')).toContainText('الرياض، 18 فبراير 2025');
  await expect(page.locator('.viewport [data-event-id="e4"]')).toHaveAccessibleName(/^الرياض، 18 فبراير 2025/);
  await page.getByLabel('أسماء الأشهر').selectOption('maghrebi');
  await expect(page.locator('.viewport [data-event-id="e4"]')).toContainText('فيفري');
});

test('a document that fails validation shows its errors; a failed fetch offers a retry', async ({ page }) => {
  await page.route((url) => url.pathname === '/bad.json', (route) => route.fulfill({ json: { format: 'tarikh-events', version: '1.0.0', articles: [], events: [{ id: 'x' }] } }));
  await page.goto('./?src=./bad.json');
  await expect(page.getByRole('alert')).toContainText('مستند الأحداث غير صالح');
  await expect(page.getByRole('alert')).toContainText('events[0]');

  let calls = 0;
  await page.route((url) => url.pathname === '/flaky.json', async (route) => {
    calls++;
    if (calls === 1) return route.fulfill({ status: 503, body: 'down' });
    return route.fulfill({ path: 'e2e/fixtures/seed-events.json' });
  });
  await page.goto('./?src=./flaky.json');
  await expect(page.getByRole('alert')).toContainText('تعذّر تحميل');
  await page.getByRole('button', { name: 'إعادة المحاولة' }).click();
  await expect(page.getByRole('button', { name: riyadhName })).toBeVisible();

  await page.goto('./?src=javascript:alert(1)');
  await expect(page.getByRole('alert')).toContainText('http');
});

test('axe: no violations on the timeline, with the panel open, and in English', async ({ page }) => {
  // Heavy pages (three axe runs; 10,000 events): room for a loaded CI machine, not a speed limit.
  test.setTimeout(90_000);
  await ready(page);
  await page.locator('.legend summary').click();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.getByRole('button', { name: riyadhName }).click();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await ready(page, './?lang=en');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test('dark colour scheme and reduced motion are respected; axe clean in dark', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  await ready(page);
  const bg = await page.locator('.tarikh').evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(bg).toBe('rgb(21, 24, 28)');
  const transition = await page.locator('.wheel-hint').evaluate((el) => getComputedStyle(el).transitionDuration);
  expect(transition).toBe('0s');
  await page.getByRole('button', { name: riyadhName }).click();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.screenshot({ path: '/tmp/timeline-dark.png', fullPage: true });
});

test('mobile 375px: no horizontal overflow, events reachable from the list', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await ready(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoOverlappingMarks(page);
  await page.screenshot({ path: '/tmp/timeline-mobile.png', fullPage: true });
  await page.locator('[data-list-event-id="e4"]').click();
  await expect(page.locator('section.panel mark')).toHaveText('الـ18 من شباط الماضي');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.screenshot({ path: '/tmp/timeline-mobile-panel.png', fullPage: true });
});

// Frame times at 10,000 and 50,000 events are measured by `npm run bench` (rendering), not here.
test('10,000 events: few DOM marks, no overlaps, before and after 20 zoom and 20 pan steps', async ({ page }) => {
  // Heavy pages (three axe runs; 10,000 events): room for a loaded CI machine, not a speed limit.
  test.setTimeout(90_000);
  const doc = denseDocument(10_000);
  await page.route((url) => url.pathname === '/dense.json', (route) => route.fulfill({ json: doc }));
  await page.setViewportSize({ width: 1280, height: 900 });
  await ready(page, './?src=./dense.json');
  await expect(page.locator('.viewport .mark').first()).toBeVisible();
  const marks = await expectNoOverlappingMarks(page);
  expect(marks).toBeGreaterThan(5);
  expect(marks).toBeLessThan(400);
  expect(await page.locator('.viewport .mark.cluster').count()).toBeGreaterThan(0);
  await page.screenshot({ path: '/tmp/timeline-dense.png' });

  // 20 ctrl+wheel zoom steps and 20 pans, one a frame.
  const before = await range(page);
  const box = (await viewport(page).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.evaluate(async () => {
    const el = document.querySelector('.viewport')!;
    const r = el.getBoundingClientRect();
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
    for (let i = 0; i < 20; i++) {
      el.dispatchEvent(new WheelEvent('wheel', { deltaY: -120, ctrlKey: true, clientX: r.x + r.width / 2, clientY: r.y + 100, bubbles: true, cancelable: true }));
      await frame();
    }
    for (let i = 0; i < 20; i++) {
      el.dispatchEvent(new WheelEvent('wheel', { deltaX: 80, clientX: r.x + r.width / 2, clientY: r.y + 100, bubbles: true, cancelable: true }));
      await frame();
    }
  });
  await expect.poll(async () => days(await range(page))).toBeLessThan(days(before) * 0.5);
  await expectNoOverlappingMarks(page);
  await page.screenshot({ path: '/tmp/timeline-dense-zoomed.png' });
});
