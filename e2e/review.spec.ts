/**
 * The review UI (`npm run review`) on a copy of data/ in a temporary folder (the repository's
 * data is never touched): the measured scenario (change a date, hide, merge, add from a
 * selected passage; the file holds exactly those four; they survive extracting again, with an
 * article more; a build shows them in the app and the embed; undo restores the file byte for
 * byte), two tabs at once, the keyboard alone, axe in Arabic and English, the form refusing
 * impossible dates, and a broken corrections file. The review server sends the app's strict CSP:
 * every test ends with zero violations.
 *
 * Servers: the review server on TARIKH_E2E_PORT + 5, the built copy on + 6 (the top of the
 * range, away from the next ports other runs may use).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { ReviewState } from '../src/events/review-api.ts';
import type { Correction } from '../src/events/corrections.ts';
import type { EventsDocument, TimelineEvent } from '../src/events/schema.ts';

const PORT = Number(process.env.TARIKH_E2E_PORT ?? 4391);
const REVIEW_PORT = PORT + 5;
const REVIEW = `http://127.0.0.1:${REVIEW_PORT}`;
const BUILT_PORT = PORT + 6;
const STORY_ARTICLE = 'src/extract/fixtures/story/wire-ar-2025-02-27';

test.describe.configure({ mode: 'serial' });

let work: string;
let articles: string;
let correctionsFile: string;
let eventsFile: string;
let server: ChildProcess | null = null;
let serverLog = '';

const seedFiles = readdirSync('data/articles');

function run(command: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(command, args, { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

async function serverState(): Promise<ReviewState> {
  return (await (await fetch(`${REVIEW}/api/review/state`)).json()) as ReviewState;
}

function records(): Correction[] {
  return existsSync(correctionsFile) ? (JSON.parse(readFileSync(correctionsFile, 'utf8')).corrections as Correction[]) : [];
}

const byPhrase = (events: readonly TimelineEvent[], phrase: string) => events.find((event) => event.sources.some((source) => source.mention.text === phrase));

test.beforeAll(async () => {
  test.setTimeout(180_000);
  work = mkdtempSync(join(tmpdir(), 'tarikh-review-e2e-'));
  articles = join(work, 'articles');
  cpSync('data/articles', articles, { recursive: true });
  correctionsFile = join(work, 'corrections.json');
  eventsFile = join(work, 'events.json');
  // Its own process group, so that stopping it stops Vite and tsx's child with it.
  server = spawn(
    'node_modules/.bin/tsx',
    ['scripts/review.ts', '--articles', articles, '--events', eventsFile, '--corrections', correctionsFile, '--port', String(REVIEW_PORT), '--by', 'e2e'],
    { detached: true },
  );
  server.stdout?.on('data', (chunk) => (serverLog += chunk));
  server.stderr?.on('data', (chunk) => (serverLog += chunk));
  let exited = false;
  server.on('exit', () => (exited = true));
  // Ours, not whatever else may answer on the port: the API's state, from a live process.
  const ours = async () => {
    if (exited) throw new Error('the review server exited');
    const state = await fetch(`${REVIEW}/api/review/state`).then((response) => response.json(), () => null);
    return typeof (state as ReviewState | null)?.instance === 'string' && (state as ReviewState).files.articles === articles;
  };
  await expect
    .poll(ours, { timeout: 150_000 })
    .toBe(true)
    .catch((error: Error) => {
      throw new Error(`the review server did not start:\n${serverLog}\n${error.message}`);
    });
});

test.afterAll(() => {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  if (work) rmSync(work, { recursive: true, force: true });
});

test.beforeEach(async () => {
  // Every test starts from the bundled article alone and no corrections.
  for (const name of readdirSync(articles)) if (!seedFiles.includes(name)) rmSync(join(articles, name));
  rmSync(correctionsFile, { force: true });
  await expect.poll(async () => {
    const state = await serverState();
    return state.extraction?.articles === 1 && state.corrections.length === 0 && state.correctionsError === null;
  }, { timeout: 20_000 }).toBe(true);
});

/** Records CSP violations and page errors from the first script on. */
async function watch(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/favicon/.test(message.location().url)) errors.push(message.text());
  });
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = list;
    document.addEventListener('securitypolicyviolation', (e) => list.push(`${e.effectiveDirective} ${e.blockedURI}`), true);
  });
  return {
    errors,
    violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
  };
}

async function openReview(page: Page, query = '') {
  const response = await page.goto(`${REVIEW}/review.html${query}`);
  expect(response?.headers()['content-security-policy']).toContain("style-src 'self'");
  await expect(page.locator('#rv-open-title')).toBeVisible();
}

async function openInQueue(page: Page, title: string) {
  await page.locator('.queue').getByRole('radio', { name: /الكل|All/ }).check();
  await page.locator('.queue .item', { hasText: title }).click();
  await expect(page.locator('#rv-open-title')).toHaveText(new RegExp(title));
}

async function selectInParagraph(page: Page, paragraph: number, text: string) {
  await page.locator(`.passages [data-paragraph="${paragraph}"]`).evaluate((element, wanted) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return;
    }
    throw new Error(`«${wanted}» is not in the paragraph`);
  }, text);
}

function serveStatic(root: string, port: number): Promise<Server> {
  const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = join(root, path === '/' ? 'index.html' : path);
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) {
      res.statusCode = 404;
      return res.end();
    }
    res.setHeader('Content-Type', types[extname(file)] ?? 'application/octet-stream');
    res.end(readFileSync(file));
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

const RIYADH = 'الـ18 من شباط الماضي';
const TRUMP = 'العام الحالي 2025';
const TODAY = 'اليوم';
const YESTERDAY = 'أمس';
const PASSAGE = 'ويترأس الوفد الأميركي';

/** The four corrections hold in a published document: the date, the hidden event, the merge, the added event. */
function expectFour(document: EventsDocument) {
  expect(byPhrase(document.events, RIYADH)?.date.edtf).toBe('2025-02-19');
  expect(byPhrase(document.events, TRUMP)).toBeUndefined();
  expect(byPhrase(document.events, TODAY)?.sources.map((source) => source.mention.text).sort()).toEqual([TODAY, YESTERDAY].sort());
  expect(byPhrase(document.events, PASSAGE)).toMatchObject({ date: { edtf: '2025-04-10' }, sources: [{ paragraph: 7, mention: { text: PASSAGE } }] });
}

test('the issue\'s measure: four changes in review mode hold through extraction, a new article and a build; undo restores the file byte for byte', async ({ page }) => {
  test.setTimeout(300_000);
  const { errors, violations } = await watch(page);
  await openReview(page);
  await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
  const snapshots: (string | null)[] = [null];
  const snapshot = () => snapshots.push(readFileSync(correctionsFile, 'utf8'));

  // 1. The date, typed as a person writes it.
  await openInQueue(page, 'جرى أول اللقاءات بين وفدي البلدين');
  await page.locator('#rv-date').fill('19 شباط 2025');
  await expect(page.locator('#rv-date-reading')).toHaveText('يُقرأ: ١٩ شباط ٢٠٢٥ (2025-02-19)');
  await page.getByRole('button', { name: 'حفظ التعديلات' }).click();
  await expect.poll(() => records().length).toBe(1);
  snapshot();
  // The view follows without a reload: the open event, the queue and the timeline show the new date.
  await expect(page.locator('.event .meta')).toContainText('١٩ شباط ٢٠٢٥');
  await expect(page.locator('.viewport [data-event-id="2025-02-19-riyadh"]')).toBeVisible();

  // 2. Hide, with a reason.
  await openInQueue(page, 'عودة ترامب إلى البيت الأبيض');
  await page.getByRole('button', { name: 'إخفاء…' }).click();
  await page.getByLabel('سبب الإخفاء (اختياري)').fill('خلفية لا حدث');
  await page.getByRole('button', { name: 'إخفاء الحدث' }).click();
  await expect.poll(() => records().length).toBe(2);
  snapshot();

  // 3. Merge: today's round with yesterday's announcement of it, picked from the searchable list.
  await openInQueue(page, 'بدء وفدين أميركي وروسي جولة ثانية');
  await page.getByLabel('ابحث عن حدث (عنوان، مكان، تاريخ)').fill('زاخاروفا');
  await page.getByRole('button', { name: /^دمج مع: .*زاخاروفا/ }).click();
  await expect.poll(() => records().length).toBe(3);
  snapshot();
  await expect(page.locator('.passages .sources > li')).toHaveCount(2);

  // 4. Add an event from a passage selected in a paragraph of the article.
  await page.locator('.passages details.article summary').click();
  await selectInParagraph(page, 7, PASSAGE);
  await expect(page.locator('.passages .picked')).toContainText(PASSAGE);
  await page.getByRole('button', { name: 'إضافة حدث من النص المحدد' }).click();
  const add = page.locator('form.add');
  await expect(add.getByLabel('النص المقتبس (يصير مصدر الحدث)')).toHaveValue(PASSAGE);
  await expect(add.locator('.rv-error').first()).toContainText('لا يُقرأ'); // the passage itself names no date
  await add.getByLabel('التاريخ').fill('10 نيسان 2025');
  await add.getByRole('button', { name: 'إضافة الحدث' }).click();
  await expect.poll(() => records().length).toBe(4);
  snapshot();
  await expect(page.locator('#rv-open-title')).toContainText('ويترأس الوفد الأميركي');

  // The file holds exactly those four.
  const four = records();
  expect(four.map((correction) => correction.kind).sort()).toEqual(['add', 'edit', 'hide', 'merge']);
  expect(four.find((correction) => correction.kind === 'edit')).toMatchObject({ set: { date: '2025-02-19' }, target: { text: RIYADH }, by: 'e2e' });
  expect(four.find((correction) => correction.kind === 'hide')).toMatchObject({ target: { text: TRUMP }, reason: 'خلفية لا حدث' });
  expect(four.find((correction) => correction.kind === 'merge')).toMatchObject({ targets: [{ text: TODAY }, { text: YESTERDAY }] });
  expect(four.find((correction) => correction.kind === 'add')).toMatchObject({ passage: { paragraph: 7, text: PASSAGE }, event: { date: '2025-04-10' } });
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);

  // Extract again, then again with one more article: all four still apply, none orphaned.
  const extract = () => run('node_modules/.bin/tsx', ['src/extract/bin.ts', 'extract', articles, '--out', eventsFile, '--corrections', correctionsFile, '--strict']);
  let result = await extract();
  expect(result.stderr).toContain('4 corrections (4 applied, 0 orphaned, 1 events hidden)');
  expect(result.code).toBe(0);
  expectFour(JSON.parse(readFileSync(eventsFile, 'utf8')));
  for (const ext of ['.txt', '.meta.json']) copyFileSync(STORY_ARTICLE + ext, join(articles, `wire-ar-2025-02-27${ext}`));
  result = await extract();
  expect(result.stderr).toMatch(/^tarikh: 2 articles, .* 4 corrections \(4 applied, 0 orphaned, 1 events hidden\)/m);
  expect(result.code).toBe(0);
  const withTwo = JSON.parse(readFileSync(eventsFile, 'utf8')) as EventsDocument;
  expectFour(withTwo);
  expect(withTwo.articles).toHaveLength(2);
  // The review server saw the new article too (extracted again, corrections applied again).
  await expect.poll(async () => (await serverState()).extraction?.articles).toBe(2);
  expect((await serverState()).orphans).toEqual([]);

  // A build with this data shows them in the app and in the embed.
  const dist = join(work, 'dist');
  const built = await run(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'], {
    TARIKH_ARTICLES: articles,
    TARIKH_EVENTS: eventsFile,
    TARIKH_CORRECTIONS: correctionsFile,
  });
  expect(built.code, built.stderr).toBe(0);
  const published = JSON.parse(readFileSync(join(dist, 'events.json'), 'utf8')) as EventsDocument;
  expectFour(published);
  const edited = byPhrase(published.events, RIYADH)!;
  const merged = byPhrase(published.events, TODAY)!;
  const added = byPhrase(published.events, PASSAGE)!;
  writeFileSync(join(dist, 'host.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><script type="module" src="./embed.js"></script></head><body><tarikh-timeline src="./events.json" lang="en" event="${merged.id}"></tarikh-timeline></body></html>`);
  const staticServer = await serveStatic(dist, BUILT_PORT);
  try {
    const app = await page.context().newPage();
    await app.goto(`http://127.0.0.1:${BUILT_PORT}/index.html?lang=en#event=${edited.id}`);
    await expect(app.locator(`section.panel[data-event-id="${edited.id}"]`)).toContainText('19 February 2025');
    await app.goto(`http://127.0.0.1:${BUILT_PORT}/index.html?lang=en#event=${added.id}`);
    await expect(app.locator('section.panel mark')).toHaveText(PASSAGE);
    await expect(app.getByText('عودة ترامب إلى البيت الأبيض')).toHaveCount(0);
    await app.goto(`http://127.0.0.1:${BUILT_PORT}/host.html`);
    const element = app.locator('tarikh-timeline');
    await expect(element.locator('section.panel .sources > li')).toHaveCount(2);
    await expect(element.locator('section.panel mark').first()).toBeVisible();
    await expect(element.getByText('عودة ترامب إلى البيت الأبيض')).toHaveCount(0);
    await app.close();
  } finally {
    await new Promise((done) => staticServer.close(done));
  }

  // Undo, step by step, with the keys: each step restores the file exactly as it was before.
  await page.locator('#rv-open-title').focus();
  for (let step = 4; step >= 2; step--) {
    await page.keyboard.press('Control+z');
    await expect.poll(() => readFileSync(correctionsFile, 'utf8')).toBe(snapshots[step - 1]);
  }
  await page.keyboard.press('Control+z');
  await expect.poll(() => records()).toEqual([]); // the file the first change created now holds none
  // and redo brings the first back, byte for byte
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => readFileSync(correctionsFile, 'utf8')).toBe(snapshots[1]);

  expect(await violations()).toEqual([]);
  expect(errors).toEqual([]);
});

test('two tabs editing at once lose neither change, and each shows the other\'s', async ({ browser }) => {
  test.setTimeout(60_000);
  const one = await browser.newPage();
  const two = await browser.newPage();
  for (const page of [one, two]) {
    await openReview(page);
    await openInQueue(page, 'جرى أول اللقاءات بين وفدي البلدين');
  }
  await one.locator('#rv-date').fill('2025-02-20');
  await two.getByLabel('العنوان بالإنجليزية').fill('First US–Russia talks in Riyadh');
  await two.locator('.queue').getByRole('radio', { name: 'الكل' }).check();
  // Both saved at the same moment, each tab from the state it had.
  await Promise.all([one.getByRole('button', { name: 'حفظ التعديلات' }).click(), two.getByRole('button', { name: 'حفظ التعديلات' }).click()]);
  await expect.poll(() => records().flatMap((correction) => Object.keys((correction as { set?: object }).set ?? {})).sort()).toEqual(['date', 'titleEn']);
  const state = await serverState();
  expect(byPhrase(state.document!.events, RIYADH)).toMatchObject({ date: { edtf: '2025-02-20' }, titleEn: 'First US–Russia talks in Riyadh' });
  // Each tab picks up the other's change without a reload.
  for (const page of [one, two]) {
    await expect(page.locator('.event .meta')).toContainText('٢٠ شباط ٢٠٢٥');
    await expect(page.locator('.edit textarea[lang="en"]')).toHaveValue('First US–Russia talks in Riyadh');
  }
  await one.close();
  await two.close();
});

test('by keyboard alone: next, previous, approve, hide, undo; the keys are documented; axe-clean in Arabic and English, mirrored', async ({ page }) => {
  test.setTimeout(150_000); // four axe runs over a page with whole articles on it
  const { errors, violations } = await watch(page);
  await openReview(page);
  await expect(page.getByText('مفاتيح لوحة المفاتيح')).toBeVisible();
  await page.getByText('مفاتيح لوحة المفاتيح').click();
  await expect(page.locator('.keys dl')).toContainText('الحدث التالي في قائمة المراجعة');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.getByText('مفاتيح لوحة المفاتيح').click();
  await page.locator('#rv-open-title').focus();

  const title = () => page.locator('#rv-open-title').textContent();
  const first = await title();
  await page.keyboard.press('j');
  await expect(page.locator('#rv-open-title')).not.toHaveText(first!);
  await expect(page.locator('#rv-open-title')).toBeFocused();
  const second = await title();
  await page.keyboard.press('k');
  await expect(page.locator('#rv-open-title')).toHaveText(first!);
  await expect(page.locator('#rv-open-title')).toBeFocused();

  // A approves and moves on.
  await page.keyboard.press('a');
  await expect.poll(() => records().map((correction) => correction.kind)).toEqual(['review']);
  await expect(page.locator('#rv-open-title')).toHaveText(second!);
  await expect(page.locator('.progress-text')).toHaveText('روجع ١ من ٨');

  // H asks why, Enter hides, focus goes on to the next event.
  await page.keyboard.press('h');
  await expect(page.getByLabel('سبب الإخفاء (اختياري)')).toBeFocused();
  await page.keyboard.type('مكرر');
  await page.keyboard.press('Enter');
  await expect.poll(() => records().map((correction) => correction.kind).sort()).toEqual(['hide', 'review']);
  await expect(page.locator('#rv-open-title')).toBeFocused();
  await expect(page.locator('.progress-text')).toHaveText('روجع ٢ من ٨');

  // Ctrl+Z takes the hide back (not while typing in a field: there it is the field's).
  await page.keyboard.press('Control+z');
  await expect.poll(() => records().map((correction) => correction.kind)).toEqual(['review']);

  // The open event's panel and forms are axe-clean too; then in English, mirrored.
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  const queueX = async () => (await page.locator('.queue').boundingBox())!.x;
  const eventX = async () => (await page.locator('.event').boundingBox())!.x;
  expect(await queueX()).toBeGreaterThan(await eventX()); // Arabic: the queue on the right
  await page.locator('header').getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.locator('h1')).toHaveText('Review events');
  await expect(page.locator('.progress-text')).toHaveText('1 of 8 reviewed');
  expect(await queueX()).toBeLessThan(await eventX());
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  expect(await violations()).toEqual([]);
  expect(errors).toEqual([]);
});

test('place from the gazetteer in either language or as written, type, actors; a source split off; a hidden event restored', async ({ page }) => {
  test.setTimeout(120_000);
  const { errors, violations } = await watch(page);
  // One more article: its report of the Riyadh talks joins the bundled article's (two sources).
  for (const ext of ['.txt', '.meta.json']) copyFileSync(STORY_ARTICLE + ext, join(articles, `wire-ar-2025-02-27${ext}`));
  await expect.poll(async () => (await serverState()).extraction?.articles).toBe(2);
  await openReview(page);
  await openInQueue(page, 'جرى أول اللقاءات بين وفدي البلدين');
  await expect(page.locator('.passages .sources > li')).toHaveCount(2);

  // Place typed in Arabic, found in the gazetteer: named in English with its coordinates.
  const edit = page.locator('form.edit');
  const place = edit.getByLabel('المكان', { exact: true });
  await place.fill('دمشق');
  await expect(page.locator('.edit').getByText('في المعجم: دمشق / Damascus')).toBeVisible();
  await edit.getByLabel('النوع').selectOption({ label: 'زيارة' });
  await page.getByRole('button', { name: 'إزالة روسيا' }).click();
  await page.getByPlaceholder('إضافة طرف').fill('تركيا');
  await page.getByPlaceholder('إضافة طرف').press('Enter');
  await page.getByRole('button', { name: 'حفظ التعديلات' }).click();
  await expect.poll(() => records().length).toBe(1);
  expect(records()[0]).toMatchObject({ kind: 'edit', set: { place: 'Damascus', placeLocal: 'دمشق', coordinates: [expect.any(Number), expect.any(Number)], type: 'visit', actors: ['United States', 'Turkey'] } });
  const state = await serverState();
  expect(state.document!.names?.Damascus).toEqual({ ar: 'دمشق', en: 'Damascus' });
  expect(state.document!.names?.Turkey).toMatchObject({ en: 'Turkey' });
  await expect(page.locator('.event .meta')).toContainText('دمشق، ١٨ شباط ٢٠٢٥');

  // A place the gazetteer does not know is kept as written.
  await place.fill('قرية الصفصاف');
  await expect(page.locator('.edit').getByText('ليس في المعجم: يُحفظ كما كُتب')).toBeVisible();
  await page.getByRole('button', { name: 'حفظ التعديلات' }).click();
  await expect.poll(() => (records()[0] as { set?: { place?: string } }).set?.place).toBe('قرية الصفصاف');
  expect(records()).toHaveLength(1); // one reviewer's edits of one event: one record
  expect((records()[0] as { set: Record<string, unknown> }).set).toMatchObject({ place: 'قرية الصفصاف', placeLocal: 'قرية الصفصاف', type: 'visit' });
  expect((records()[0] as { set: Record<string, unknown> }).set.coordinates).toBeUndefined();

  // Split the wire's report off: an event of its own.
  const before = (await serverState()).document!.events.length;
  await page.getByRole('button', { name: 'فصل المصدر ٢ في حدث مستقل' }).click();
  await expect.poll(() => records().map((correction) => correction.kind).sort()).toEqual(['edit', 'split']);
  await expect.poll(async () => (await serverState()).document!.events.length).toBe(before + 1);
  await expect(page.locator('.passages .sources > li')).toHaveCount(1);

  // Hide, find it under "hidden", restore it.
  await page.getByRole('button', { name: 'إخفاء…' }).click();
  await page.getByRole('button', { name: 'إخفاء الحدث' }).click();
  await expect.poll(() => records().length).toBe(3);
  await page.locator('.queue').getByRole('radio', { name: /^مخفية/ }).check();
  await page.locator('.queue .item').first().click();
  await expect(page.locator('.event .rv-badge.hidden')).toBeVisible();
  await page.getByRole('button', { name: 'إظهار الحدث' }).click();
  await expect.poll(() => records().map((correction) => correction.kind).sort()).toEqual(['edit', 'split']);
  await expect(page.locator('.event .rv-badge.hidden')).toHaveCount(0);

  expect(await violations()).toEqual([]);
  expect(errors).toEqual([]);
});

test('the form refuses impossible dates with a clear message, in Arabic and English; nothing is written', async ({ page }) => {
  await openReview(page);
  await openInQueue(page, 'جرى أول اللقاءات بين وفدي البلدين');
  const date = page.locator('#rv-date');
  await date.fill('31 شباط');
  await expect(page.locator('#rv-date-reading')).toHaveText('لا يوجد يوم ٣١ في شباط: أيامه ٢٩ على الأكثر.');
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: 'حفظ التعديلات' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'صحّح التاريخ أولًا.' })).toBeVisible();
  await expect(date).toBeFocused();

  await page.goto(`${REVIEW}/review.html?lang=en`);
  await openInQueue(page, 'Talks in Riyadh');
  await date.fill('2025-02-31');
  await expect(page.locator('#rv-date-reading')).toHaveText('February 2025 has no day 31: it has 28 days.');
  await date.fill('31 February 2025');
  await expect(page.locator('#rv-date-reading')).toHaveText('February 2025 has no day 31: it has 28 days.');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Correct the date first.' })).toBeVisible();
  expect(existsSync(correctionsFile)).toBe(false);
});

test('a broken corrections file is shown by file, place and field, blocks changes, and is never written over', async ({ page }) => {
  const { violations } = await watch(page);
  await openReview(page);
  const broken = '{\n  "format": "tarikh-corrections",\n  "version": "1.0.0",\n  "corrections": [\n    {"id": "x", "kind": "hide",}\n  ]\n}\n';
  writeFileSync(correctionsFile, broken);
  const alert = page.getByRole('alert').filter({ hasText: 'ملف التصحيحات غير صالح' });
  await expect(alert).toContainText(correctionsFile);
  await expect(alert).toContainText('line 5, column');
  await page.keyboard.press('a');
  await page.keyboard.press('Control+z');
  expect(readFileSync(correctionsFile, 'utf8')).toBe(broken);

  const wrongField = broken.replace('"kind": "hide",}', '"kind": "hide", "target": {"article": "a", "paragraph": -1, "text": "t", "before": "", "after": ""}}');
  writeFileSync(correctionsFile, wrongField);
  await expect(alert).toContainText('corrections[0] (id "x"): target.paragraph');
  expect(readFileSync(correctionsFile, 'utf8')).toBe(wrongField);

  // Fixed by hand: the page comes back by itself, and shows the correction that finds nothing.
  writeFileSync(correctionsFile, wrongField.replace('"paragraph": -1', '"paragraph": 0'));
  await expect(alert).toHaveCount(0);
  await expect(page.locator('.orphans')).toContainText('article "a" is not in the corpus');
  expect(await violations()).toEqual([]);
});
