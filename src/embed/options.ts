/**
 * Embed options as they arrive from outside (element attributes, iframe query strings):
 * untrusted strings, each narrowed to a value the timeline accepts or to its default.
 */
import type { Lang } from '../timeline/format.ts';
import type { Flow } from '../timeline/view.ts';

export type Theme = 'auto' | 'light' | 'dark';

export const DEFAULT_HEIGHT = 340;
const MIN_HEIGHT = 160;
const MAX_HEIGHT = 2000;
const EVENT_ID = /^[A-Za-z0-9_-]{1,200}$/;

const oneOf =
  <T extends string>(allowed: readonly T[]) =>
  (value: unknown): T | null =>
    typeof value === 'string' && (allowed as readonly string[]).includes(value.trim().toLowerCase())
      ? (value.trim().toLowerCase() as T)
      : null;

export const parseLang: (value: unknown) => Lang | null = oneOf(['ar', 'en'] as const);
export const parseFlow: (value: unknown) => Flow | null = oneOf(['rtl', 'ltr'] as const);
export const parseTheme: (value: unknown) => Theme | null = oneOf(['auto', 'light', 'dark'] as const);

/** Band height in px, clamped to something a page can hold; "400", "400px" and 400 all work. */
export function parseHeight(value: unknown): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number.parseFloat(value) : Number.NaN;
  if (!Number.isFinite(n)) return DEFAULT_HEIGHT;
  return Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, n)));
}

/** Event ids are the document's own ([A-Za-z0-9_-]); anything else selects nothing. */
export function parseEventId(value: unknown): string | null {
  return typeof value === 'string' && EVENT_ID.test(value) ? value : null;
}
