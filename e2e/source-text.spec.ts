import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { richDocument } from './fixtures/rich.ts';

/** One event whose paragraph is a whole page run together: thousands of characters, its date in the middle. */
function longParagraphDocument() {
  const sentences = Array.from({ length: 40 }, (_, i) => `وناقش الجانبان في الجلسة ${i + 1} ملفات التعاون الاقتصادي والأمني والإقليمي بين البلدين.`);
  const sentence = 'وفي الـ18 من شباط الماضي جرى أول اللقاءات بين وفدي البلدين في الرياض.';
  const paragraph = [...sentences.slice(0, 20), sentence, ...sentences.slice(20)].join(' ');
  const start = paragraph.indexOf('الـ18 من شباط الماضي');
  return {
    sentence,
    paragraph,
    document: {
      format: 'tarikh-events',
      version: '1.1.0',
      articles: [{ id: 'flat', title: 'صفحة بلا فقرات', published: '2025-04-10', source: 'Archive', language: 'ar', url: null, paragraphs: ['صفحة بلا فقرات', paragraph] }],
      events: [
        {
          id: 'long',
          date: { edtf: '2025-02-18', start: '2025-02-18', end: '2025-02-18', precision: 'day', certainty: 'inferred' },
          title: 'أول لقاء بين الوفدين في الرياض',
          place: 'Riyadh',
          type: 'meeting',
          sources: [{ article: 'flat', paragraph: 1, mention: { text: 'الـ18 من شباط الماضي', start, end: start + 'الـ18 من شباط الماضي'.length } }],
        },
      ],
    },
  };
}

test('a paragraph too long to show: the sentence around the date, and the whole paragraph on request, by keyboard', async ({ page }) => {
  const { document, paragraph, sentence } = longParagraphDocument();
  await page.route((url) => url.pathname === '/long.json', (route) => route.fulfill({ json: document }));
  await page.goto('./?src=./long.json');
  await page.locator('.viewport [data-event-id="long"]').click();
  const panel = page.locator('section.panel');
  const text = panel.locator('blockquote .paragraph');
  await expect(text.locator('mark')).toHaveText('الـ18 من شباط الماضي');
  await expect(text).toContainText(sentence);
  expect((await text.innerText()).length).toBeLessThan(sentence.length + 20);

  const toggle = panel.getByRole('button', { name: 'عرض الفقرة كاملة' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(toggle).toHaveAttribute('aria-controls', (await text.getAttribute('id'))!);
  await toggle.focus();
  await page.keyboard.press('Enter');
  const back = panel.getByRole('button', { name: 'عرض الجملة وحدها' });
  await expect(back).toHaveAttribute('aria-expanded', 'true');
  await expect(back).toBeFocused();
  expect((await text.innerText()).length).toBeGreaterThanOrEqual(paragraph.length);
  await expect(text.locator('mark')).toHaveText('الـ18 من شباط الماضي');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  await page.keyboard.press('Space');
  await expect(panel.getByRole('button', { name: 'عرض الفقرة كاملة' })).toHaveAttribute('aria-expanded', 'false');
  expect((await text.innerText()).length).toBeLessThan(sentence.length + 20);
});

test('a short paragraph is shown whole, with no button', async ({ page }) => {
  await page.route((url) => url.pathname === '/rich.json', (route) => route.fulfill({ json: richDocument() }));
  await page.goto('./?src=./rich.json');
  await page.locator('.viewport [data-event-id="riyadh"]').click();
  const panel = page.locator('section.panel');
  await expect(panel.locator('blockquote .paragraph').first()).toHaveText('وفي الـ18 من شباط الماضي، جرى أول اللقاءات بين وفدي البلدين في الرياض.');
  await expect(panel.getByRole('button', { name: 'عرض الفقرة كاملة' })).toHaveCount(0);
});
