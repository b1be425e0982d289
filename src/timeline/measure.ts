/** Label widths measured with a canvas 2D context (cached), for the lane layout. */
export const LABEL_FONT_PX = 13;
const FONT = `${LABEL_FONT_PX}px system-ui, "Noto Sans Arabic", "Segoe UI", Tahoma, sans-serif`;

let context: CanvasRenderingContext2D | null | undefined;
const cache = new Map<string, number>();

export function measureLabel(text: string): number {
  const cached = cache.get(text);
  if (cached !== undefined) return cached;
  if (context === undefined) {
    context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    if (context) context.font = FONT;
  }
  // Fallback (no canvas, e.g. jsdom): a generous average glyph width.
  const width = context ? context.measureText(text).width : text.length * LABEL_FONT_PX * 0.62;
  if (cache.size > 50_000) cache.clear();
  cache.set(text, width);
  return width;
}

export const LABEL_CSS_FONT = FONT;
