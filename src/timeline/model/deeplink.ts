/**
 * The URL fragment that names a state of the view: `#event=ID&from=YYYY-MM-DD&to=YYYY-MM-DD`.
 * Parsing is strict (ids as the events document defines them, days YYYY-MM-DD); anything else is ignored.
 */
import { parseEventId } from './settings.ts';
import { dayToTime, timeToDay } from './time.ts';
import type { TimeView } from './view.ts';

export interface DeepLink {
  eventId: string | null;
  view: TimeView | null;
}

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

export function parseHash(hash: string): DeepLink {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const id = params.get('event');
  const from = params.get('from');
  const to = params.get('to');
  let view: TimeView | null = null;
  if (from && to && DAY_RE.test(from) && DAY_RE.test(to)) {
    const start = dayToTime(from);
    const end = dayToTime(to);
    if (Number.isFinite(start) && Number.isFinite(end) && end > start) view = { start, end };
  }
  return { eventId: parseEventId(id), view };
}

export function formatHash(link: DeepLink): string {
  const params = new URLSearchParams();
  if (link.eventId) params.set('event', link.eventId);
  if (link.view) {
    params.set('from', timeToDay(link.view.start));
    params.set('to', timeToDay(link.view.end));
  }
  const s = params.toString();
  return s ? `#${s}` : '';
}
