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

function meta(document: Document, ...selectors: string[]): string | undefined {
  for (const selector of selectors) {
    const value = document.querySelector(selector)?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return undefined;
}

export function readHtmlPage(html: string, url?: string): { text: string; metadata: ArticleMetadata } {
  const { document } = parseHTML(html);
  const metadata: ArticleMetadata = {};
  const published = meta(document, 'meta[property="article:published_time"]', 'meta[name="pubdate"]', 'meta[name="date"]', 'meta[itemprop="datePublished"]');
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
  return { text: lines.join('\n'), metadata };
}
