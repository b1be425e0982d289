import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { richDocument } from './fixtures/rich.ts';

test.beforeEach(async ({ page }) => {
  await page.route((url) => url.pathname === '/rich.json', (route) => route.fulfill({ json: richDocument() }));
});

test('several sources, a conflict, uncertain dates drawn distinctly, safe links only', async ({ page }) => {
  await page.goto('./?src=./rich.json');
  const riyadh = page.locator('.viewport [data-event-id="riyadh"]');
  await expect(riyadh).toHaveAttribute('data-uncertainty', 'inferred');
  await expect(page.locator('.viewport [data-event-id="march"]')).toHaveAttribute('data-uncertainty', 'approximate');
  await expect(page.locator('.viewport [data-event-id="march"]')).toHaveClass(/span/);
  await expect(page.locator('.viewport [data-event-id="march"]')).toContainText('تل المريخ');
  await riyadh.click();
  const panel = page.locator('section.panel');
  await expect(panel.getByRole('note')).toContainText('تختلف المصادر');
  await expect(panel.locator('blockquote')).toHaveCount(2);
  await expect(panel.locator('blockquote mark').nth(1)).toHaveText('17 February');
  await expect(panel.locator('blockquote').nth(1)).toHaveAttribute('dir', 'ltr');
  await expect(panel.getByRole('link')).toHaveCount(1);
  await expect(panel.getByRole('link')).toHaveAttribute('href', 'https://thawra.sy/a1');
  await expect(panel).toContainText('الولايات المتحدة، روسيا');
  await page.locator('.legend summary').click();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.screenshot({ path: '/tmp/timeline-sources.png', fullPage: true });
});

test('Home and End jump to the first and last events', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'تكبير', exact: true }).click();
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'تكبير', exact: true }).click();
  await page.getByRole('button', { name: 'تكبير', exact: true }).press('Home');
  await expect(page.locator('.viewport')).toHaveAttribute('data-from', /^2021|^2022/);
  await page.getByRole('button', { name: 'تكبير', exact: true }).press('End');
  await expect(page.locator('.viewport')).toHaveAttribute('data-to', /^2025|^2026/);
});
