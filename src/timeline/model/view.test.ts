import { describe, expect, it } from 'vitest';
import { DAY } from './time.ts';
import { DEFAULT_LIMITS, centerOf, fitView, panByPixels, panView, spanOf, timeScale, zoomView } from './view.ts';

const view = { start: 0, end: 100 * DAY };

describe('view', () => {
  it('pans by a fraction of the span', () => {
    expect(panView(view, 0.1)).toEqual({ start: 10 * DAY, end: 110 * DAY });
  });

  it('drag right shows earlier time in LTR and later time in RTL', () => {
    expect(panByPixels(view, 100, 1000, 'ltr').start).toBeLessThan(0);
    expect(panByPixels(view, 100, 1000, 'rtl').start).toBeGreaterThan(0);
  });

  it('zooms around an anchor, keeping it in place', () => {
    const anchor = 25 * DAY;
    const next = zoomView(view, 2, anchor);
    expect(spanOf(next)).toBeCloseTo(50 * DAY);
    expect((anchor - next.start) / spanOf(next)).toBeCloseTo(0.25);
  });

  it('respects zoom limits', () => {
    expect(spanOf(zoomView(view, 1e9))).toBeCloseTo(DEFAULT_LIMITS.minSpan);
    expect(spanOf(zoomView(view, 1e-9))).toBeCloseTo(DEFAULT_LIMITS.maxSpan);
  });

  it('fits an interval with padding and never below the minimum span', () => {
    const fitted = fitView(0, 10 * DAY);
    expect(fitted.start).toBeLessThan(0);
    expect(fitted.end).toBeGreaterThan(10 * DAY);
    expect(spanOf(fitView(0, 0))).toBeGreaterThanOrEqual(DEFAULT_LIMITS.minSpan);
    expect(centerOf(fitView(0, DAY))).toBeCloseTo(DAY / 2);
  });

  it('mirrors the scale in RTL: later is further left', () => {
    const rtl = timeScale(view, 1000, 'rtl');
    const ltr = timeScale(view, 1000, 'ltr');
    expect(rtl(new Date(10 * DAY))).toBeGreaterThan(rtl(new Date(90 * DAY)));
    expect(ltr(new Date(10 * DAY))).toBeLessThan(ltr(new Date(90 * DAY)));
  });
});
