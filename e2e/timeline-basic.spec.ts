import { expect, test } from '@playwright/test';

const PHRASE = 'الـ18 من شباط الماضي';
const PARAGRAPH = 'جرى أول اللقاءات بين وفدي البلدين';

test.describe('timeline: foundation view', () => {
  test('page is Arabic, right-to-left, and shows one button per event', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    const riyadh = page.getByRole('button', { name: /^الرياض، 18 شباط 2025: / });
    await expect(riyadh).toBeVisible();
    await expect(riyadh).toContainText('الرياض، ١٨ شباط ٢٠٢٥');
    await page.screenshot({ path: '/tmp/timeline-initial.png', fullPage: true });
  });

  test('clicking the Riyadh event opens its source paragraph with the date phrase marked', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('button', { name: /^الرياض، 18 شباط 2025/ }).click();
    const panel = page.locator('section.panel');
    await expect(panel).toBeVisible();
    await expect(panel.locator('blockquote')).toContainText(PARAGRAPH);
    await expect(panel.locator('blockquote mark')).toHaveText(PHRASE);
    await expect(panel).toContainText('محادثات أميركية روسية في اسطنبول حول تطبيع العمل الدبلوماسي');
    await expect(panel).toContainText('Al-Thawra');
    await expect(panel).toContainText('١٠ نيسان ٢٠٢٥');
    await page.screenshot({ path: '/tmp/timeline-panel.png', fullPage: true });
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(page.getByRole('button', { name: /^الرياض، 18 شباط 2025/ })).toBeFocused();
  });

  test('keyboard: Tab to the Riyadh event, Enter opens, Escape closes and returns focus', async ({ page }) => {
    await page.goto('./');
    const riyadh = page.getByRole('button', { name: /^الرياض، 18 شباط 2025/ });
    await expect(riyadh).toBeVisible();
    let found = false;
    for (let i = 0; i < 60 && !found; i++) {
      await page.keyboard.press('Tab');
      found = await riyadh.evaluate((el) => el === document.activeElement);
    }
    expect(found).toBe(true);
    await expect(riyadh).toBeFocused();
    await page.keyboard.press('Enter');
    const panel = page.locator('section.panel');
    await expect(panel.locator('mark')).toHaveText(PHRASE);
    await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(riyadh).toBeFocused();
  });
});
