/** Axis ticks for a view: d3 picks the interval (decades … days), we label in the reader's locale. */
import { formatTick, tickKind, type FormatOptions, type TickKind } from './format.ts';
import { timeScale, type Flow, type TimeView } from './view.ts';

export interface AxisTick {
  time: number;
  /** Physical x in px (already mirrored for RTL). */
  x: number;
  label: string;
  kind: TickKind;
}

/** Roughly one tick per `spacing` px; fewer for wide labels (month names with years). */
export function axisTicks(view: TimeView, width: number, flow: Flow, options: FormatOptions, spacing = 110): AxisTick[] {
  if (width <= 0) return [];
  const scale = timeScale(view, width, flow);
  const dates = scale.ticks(Math.max(2, Math.floor(width / spacing)));
  const times = dates.map((d) => d.getTime());
  const step = times.length > 1 ? (times[1] as number) - (times[0] as number) : view.end - view.start;
  const kind = tickKind(step);
  return times.map((time, i) => ({ time, x: scale(time), label: formatTick(time, kind, i === 0, options), kind }));
}
