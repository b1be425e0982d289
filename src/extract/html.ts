/**
 * Saved news pages: the main text found by Mozilla's Readability (Firefox Reader View's
 * algorithm) over a linkedom DOM, then flattened to one paragraph per block, headline
 * first. Scripts, styles, navigation, headers, footers and forms are dropped before.
 */
import { createRequire } from 'node:module';
import { Readability } from '@mozilla/readability';
import type * as Linkedom from 'linkedom';
import type { ArticleMetadata } from './article.ts';

// linkedom takes 200 ms to load: loaded on the first page read, so that a run over text files
// (and the CLI's start-up) does not pay for it.
const requireLazily = createRequire(import.meta.url);
let linkedom: typeof Linkedom | undefined;
function parseHTML(html: string): ReturnType<typeof Linkedom.parseHTML> {
  linkedom ??= requireLazily('linkedom') as typeof Linkedom;
  return linkedom.parseHTML(html);
}

export const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);

const DROPPED = 'script, style, noscript, template, iframe, object, embed, svg, canvas, nav, header, footer, aside, form, button, [role="navigation"], [role="banner"], [role="contentinfo"], [aria-hidden="true"]';
const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGCAPTION', 'DT', 'DD', 'TD', 'TH', 'DIV', 'SECTION', 'ARTICLE', 'TR']);

interface ElementLike {
  tagName: string;
  childNodes: ArrayLike<NodeLike>;
}
interface NodeLike {
  nodeType: number;
  textContent: string | null;
  tagName?: string;
  childNodes?: ArrayLike<NodeLike>;
}

/** One line per block element; inline text inside a block stays on its line. */
function blockLines(root: ElementLike): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  const walk = (node: NodeLike) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node.tagName ?? '').toUpperCase();
    if (tag === 'BR') return flush();
    const block = BLOCKS.has(tag);
    if (block) flush();
    for (const child of Array.from(node.childNodes ?? [])) walk(child);
    if (block) flush();
  };
  walk(root as unknown as NodeLike);
  flush();
  return lines;
}

/**
 * The page's publication time from its markup when no meta tag gives it: a `<time>` marked as
 * published (schema.org `datePublished`, the `pubdate` attribute, WordPress's `entry-date
 * published`), else the first `<time>` of the article's own header. Never an update time, and
 * never one from the site's header, navigation, sidebars or lists of other articles.
 */
const PUBLISHED_TIME = 'time[itemprop="datePublished"], [itemprop="datePublished"][datetime], time[pubdate], time.published, time.entry-date:not(.updated)';
const UPDATE_MARK = /(?:^|[\s_-])(?:updated?|modified|edited)(?:$|[\s_-])/i;
const OTHER_ARTICLES = 'aside, nav, li, [role="complementary"], [role="navigation"]';
/** Header and meta blocks of the article: where a byline or a date line stands outside the text. */
const DATE_BLOCK = /(?:^|[\s_-])(?:byline|dateline|date|dates|time|posted|published|publish|pubdate|updated|modified|timestamp|meta)(?:$|[\s_-])/i;
const PAGE_LINE_MAX_LENGTH = 140;
/** A paragraph this long is the article's prose: date lines stand before it. */
const BODY_PARAGRAPH_LENGTH = 80;
const DATE_LABEL = /ن\u064F?شر|تحديث|تعديل|published|posted|updated|modified/i;

function inArticle(element: Element): boolean {
  return !element.closest(OTHER_ARTICLES) && Boolean(element.closest('article, main, [role="main"]') ?? !element.closest('header, footer'));
}

function publishedTime(document: Document): string | undefined {
  const marked = Array.from(document.querySelectorAll(PUBLISHED_TIME)).find(inArticle);
  const headerTime = Array.from(document.querySelectorAll('article header time[datetime], article [class*="meta"] time[datetime]')).find(
    (time) => inArticle(time) && !UPDATE_MARK.test(`${time.getAttribute('class') ?? ''} ${time.getAttribute('itemprop') ?? ''}`),
  );
  return (marked ?? headerTime)?.getAttribute('datetime')?.trim() || undefined;
}

/**
 * Short lines of the article's header and meta blocks (`نشر في 15 ديسمبر 2025`, `آخر تحديث: …`,
 * `By Staff | Oct. 8, 2025`), read before headers are dropped: the build step reads them as
 * publication and update lines. The innermost such blocks, so that two lines in one block stay
 * two; before the article's first paragraph (after it, a date is more often another article's,
 * in a list of related ones) unless the line says what it is (`نشر في`, `Updated`).
 */
function pageDateLines(document: Document): string[] {
  const dateBlock = (element: Element) => DATE_BLOCK.test(element.getAttribute('class') ?? '');
  const inOrder = Array.from(document.querySelectorAll('*'));
  const firstParagraph = inOrder.findIndex((element) => element.tagName === 'P' && (element.textContent ?? '').trim().length >= BODY_PARAGRAPH_LENGTH && inArticle(element));
  const bodyStart = firstParagraph < 0 ? inOrder.length : firstParagraph;
  // A <time> is a block of its own only outside such a block: inside one, its label is beside it (`نشر في <time>`).
  const blocks = inOrder
    .map((element, order) => ({ element, order }))
    .filter(({ element }) => (element.tagName === 'TIME' ? !dateBlockAbove(element, dateBlock) : dateBlock(element)) && inArticle(element));
  const lines: string[] = [];
  for (const { element, order } of blocks) {
    if (blocks.some((other) => other.element !== element && element.contains(other.element))) continue;
    const line = element.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    if (!line || !/\d/.test(line) || line.length > PAGE_LINE_MAX_LENGTH || lines.includes(line)) continue;
    if (order < bodyStart || DATE_LABEL.test(line)) lines.push(line);
  }
  return lines;
}

function dateBlockAbove(element: Element, dateBlock: (element: Element) => boolean): boolean {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) if (dateBlock(parent)) return true;
  return false;
}

function meta(document: Document, ...selectors: string[]): string | undefined {
  for (const selector of selectors) {
    const value = document.querySelector(selector)?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return undefined;
}

export interface HtmlPage {
  text: string;
  metadata: ArticleMetadata;
  /** Lines of the article's header and meta blocks that may date it (see pageDateLines), when they are not in `text`. */
  dateLines: string[];
}

export function readHtmlPage(html: string, url?: string): HtmlPage {
  const { document } = parseHTML(html);
  const metadata: ArticleMetadata = {};
  const published =
    meta(document, 'meta[property="article:published_time"]', 'meta[name="pubdate"]', 'meta[name="date"]', 'meta[itemprop="datePublished"]') ?? publishedTime(document);
  const dateLines = pageDateLines(document);
  const lang = document.documentElement?.getAttribute('lang')?.slice(0, 2).toLowerCase();
  const canonical = url ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(document, 'meta[property="og:url"]');
  for (const element of Array.from(document.querySelectorAll(DROPPED))) element.remove();
  const heading = document.querySelector('article h1, main h1, h1')?.textContent?.replace(/\s+/g, ' ').trim();

  const parsed = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  // The page's own headline beats a <title> that carries the site name ("Headline | Outlet").
  const pageTitle = (parsed?.title || document.title || '').replace(/\s+/g, ' ').trim();
  const title = heading && (!pageTitle || pageTitle.includes(heading)) ? heading : pageTitle || heading || '';
  let lines: string[];
  if (parsed?.content) {
    const { document: content } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
    lines = blockLines(content.body as unknown as ElementLike);
  } else {
    lines = blockLines(document.body as unknown as ElementLike);
  }
  if (title && lines[0] !== title) lines.unshift(title);

  if (title) metadata.title = title;
  const day = (parsed?.publishedTime ?? published)?.slice(0, 10);
  if (day && /^\d{4}-\d{2}-\d{2}$/.test(day)) metadata.published = day;
  if (parsed?.siteName) metadata.source = parsed.siteName.trim();
  if (parsed?.byline) metadata.byline = parsed.byline.trim();
  if (lang === 'ar' || lang === 'en') metadata.language = lang;
  if (canonical && /^https?:\/\//.test(canonical)) metadata.url = canonical;
  return { text: lines.join('\n'), metadata, dateLines: dateLines.filter((line) => !lines.includes(line)) };
}
