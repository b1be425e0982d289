/** Label widths measured with a canvas 2D context (cached), for the lane layout and the axis. */
const FONT_FAMILY = 'system-ui, "Noto Sans Arabic", "Segoe UI", Tahoma, sans-serif';

/**
 * A cached width-of-text function for one CSS font. Without a canvas (jsdom, Node) it guesses
 * generously from the length: `fallbackEm` average glyph widths of `px` each.
 */
function textMeasure(px: number, weight: string, fallbackEm: number, maxCached: number): (text: string) => number {
  let context: CanvasRenderingContext2D | null | undefined;
  const cache = new Map<string, number>();
  return (text) => {
    const cached = cache.get(text);
    if (cached !== undefined) return cached;
    if (context === undefined) {
      context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
      if (context) context.font = `${weight} ${px}px ${FONT_FAMILY}`;
    }
    const width = context ? context.measureText(text).width : text.length * px * fallbackEm;
    if (cache.size > maxCached) cache.clear();
    cache.set(text, width);
    return width;
  };
}

/** Event labels: 13px. */
export const measureLabel = textMeasure(13, '400', 0.62, 50_000);

/** Axis labels are 12px (bold for majors: measured bold, the wider of the two). */
export const measureAxisLabel = textMeasure(12, '700', 0.65, 5000);
