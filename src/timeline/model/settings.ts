/**
 * The view's settings as they arrive from outside: the query string of the app page
 * (index.html) and of the page made for iframes (embed.html), and the attributes of
 * `<tarikh-timeline>`. Each is an untrusted string, narrowed here to a value the timeline
 * accepts, or refused (null, and the caller's default applies). One parser for all three.
 */
import { ID_PATTERN } from '../../events/schema.ts';
import type { Lang, MonthSystem, Numbering } from './format.ts';
import type { Flow } from './view.ts';

export type Theme = 'auto' | 'light' | 'dark';

export const DEFAULT_SRC = './events.json';
export const DEFAULT_HEIGHT = 340;
const MIN_HEIGHT = 160;
const MAX_HEIGHT = 2000;

/** A keyword setting: case and surrounding spaces do not matter ("EN " is en); anything else is refused. */
const oneOf =
  <T extends string>(allowed: readonly T[]) =>
  (value: unknown): T | null => {
    if (typeof value !== 'string') return null;
    const word = value.trim().toLowerCase();
    return (allowed as readonly string[]).includes(word) ? (word as T) : null;
  };

export const parseLang: (value: unknown) => Lang | null = oneOf(['ar', 'en'] as const);
/** `dir`: the direction time flows. */
export const parseFlow: (value: unknown) => Flow | null = oneOf(['rtl', 'ltr'] as const);
/** `months`: which Arabic month names (شباط / فبراير / فيفري). */
export const parseMonthSystem: (value: unknown) => MonthSystem | null = oneOf(['levantine', 'egyptian', 'maghrebi'] as const);
/** `digits`: Arabic-Indic or Latin. */
export const parseNumbering: (value: unknown) => Numbering | null = oneOf(['arab', 'latn'] as const);
export const parseTheme: (value: unknown) => Theme | null = oneOf(['auto', 'light', 'dark'] as const);

/** Band height in px, clamped to something a page can hold; "400", "400px" and 400 all work. */
export function parseHeight(value: unknown): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number.parseFloat(value) : Number.NaN;
  if (!Number.isFinite(n)) return DEFAULT_HEIGHT;
  return Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, n)));
}

/** An event id as the events document defines it ([A-Za-z0-9_-]); anything else selects nothing. */
export function parseEventId(value: unknown): string | null {
  return typeof value === 'string' && ID_PATTERN.test(value) ? value : null;
}

/** The URL of an events document, trimmed; null when blank (whether it is http(s) is decided when it is fetched). */
export function parseSrc(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

export interface PageSettings {
  src: string;
  lang: Lang;
  /** null: the language's own direction. */
  dir: Flow | null;
  monthSystem: MonthSystem;
  numbering: Numbering;
  theme: Theme;
  height: number;
  eventId: string | null;
}

/** Every setting a page's query string can carry (`?src=&lang=&dir=&months=&digits=&theme=&height=&event=`), defaults filled in. */
export function readPageSettings(params: URLSearchParams): PageSettings {
  const lang = parseLang(params.get('lang')) ?? 'ar';
  return {
    src: parseSrc(params.get('src')) ?? DEFAULT_SRC,
    lang,
    dir: parseFlow(params.get('dir')),
    monthSystem: parseMonthSystem(params.get('months')) ?? 'levantine',
    numbering: parseNumbering(params.get('digits')) ?? (lang === 'en' ? 'latn' : 'arab'),
    theme: parseTheme(params.get('theme')) ?? 'auto',
    height: parseHeight(params.get('height')),
    eventId: parseEventId(params.get('event')),
  };
}
