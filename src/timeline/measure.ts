/** Label widths measured with a canvas 2D context (cached), for the lane layout. */
const LABEL_FONT_PX = 13;
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

/** Axis labels are 12px (bold for majors: measured bold, the wider of the two). */
let axisContext: CanvasRenderingContext2D | null | undefined;
const axisCache = new Map<string, number>();
export function measureAxisLabel(text: string): number {
  const cached = axisCache.get(text);
  if (cached !== undefined) return cached;
  if (axisContext === undefined) {
    axisContext = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    if (axisContext) axisContext.font = `700 12px system-ui, "Noto Sans Arabic", "Segoe UI", Tahoma, sans-serif`;
  }
  const width = axisContext ? axisContext.measureText(text).width : text.length * 12 * 0.65;
  if (axisCache.size > 5000) axisCache.clear();
  axisCache.set(text, width);
  return width;
}
