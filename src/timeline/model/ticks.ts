/**
 * Axis ticks for a view: d3 picks the interval (decades … days), we label in the reader's
 * locale and drop labels that would collide (the tick line stays), major ones first.
 */
import { formatTick, localeOf, tickKind, type FormatOptions, type TickKind } from './format.ts';
import { timeDay } from 'd3';
import { timeScale, type Flow, type TimeView } from './view.ts';
import { DAY } from './time.ts';

export interface AxisTick {
  time: number;
  /** Physical x in px (already mirrored for RTL). */
  x: number;
  /** Where the label is drawn: x, nudged inwards at the edges so it is not clipped. */
  labelX: number;
  /** Empty when the label would overlap a neighbour's. */
  label: string;
  kind: TickKind;
  major: boolean;
}

// Tick labels by locale, time and kind: while zooming the same ticks come back every frame,
// and each label is an Intl call.
const labelCache = new Map<string, { label: string; major: boolean }>();
function tickLabel(time: number, kind: TickKind, first: boolean, options: FormatOptions, newMonth: boolean) {
  const key = `${localeOf(options)}|${time}|${kind}|${first ? 1 : 0}|${newMonth ? 1 : 0}`;
  let hit = labelCache.get(key);
  if (!hit) {
    hit = formatTick(time, kind, first, options, newMonth);
    if (labelCache.size > 4000) labelCache.clear();
    labelCache.set(key, hit);
  }
  return hit;
}

export function axisTicks(
  view: TimeView,
  width: number,
  flow: Flow,
  options: FormatOptions,
  measure: (text: string) => number,
  spacing = 100,
): AxisTick[] {
  if (width <= 0) return [];
  const scale = timeScale(view, width, flow);
  let times = scale.ticks(Math.max(2, Math.floor(width / spacing))).map((d) => d.getTime());
  // Days are the finest unit of the events: never tick hours.
  if (times.length > 1 && (times[1] as number) - (times[0] as number) < DAY * 0.9) {
    times = scale.ticks(timeDay.every(1) ?? timeDay).map((d) => d.getTime());
  }
  const step = times.length > 1 ? (times[1] as number) - (times[0] as number) : view.end - view.start;
  const kind = tickKind(step);
  const ticks = times.map((time, i) => {
    const previous = times[i - 1];
    const newMonth = previous !== undefined && new Date(previous).getMonth() !== new Date(time).getMonth();
    const { label, major } = tickLabel(time, kind, i === 0, options, newMonth);
    const x = scale(time);
    const w = measure(label);
    const labelX = Math.min(width - w / 2 - 2, Math.max(w / 2 + 2, x));
    return { time, x, labelX, label, kind, major, w };
  });
  // Keep labels greedily, majors first, each needing 12px of air on both sides.
  const kept: { from: number; to: number }[] = [];
  const order = [...ticks.keys()].sort((a, b) => Number(ticks[b]?.major) - Number(ticks[a]?.major) || a - b);
  const visible = new Set<number>();
  for (const i of order) {
    const t = ticks[i];
    if (!t) continue;
    const from = t.labelX - t.w / 2 - 6;
    const to = t.labelX + t.w / 2 + 6;
    if (kept.some((k) => from < k.to && k.from < to)) continue;
    kept.push({ from, to });
    visible.add(i);
  }
  return ticks.map(({ w: _w, ...t }, i) => ({ ...t, label: visible.has(i) ? t.label : '' }));
}
