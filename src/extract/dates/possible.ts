/**
 * A last guard before a mention leaves the engine: a value naming a day or month that
 * cannot exist (day 0, 30 February, month 13) is dropped, whatever parser produced it.
 */
import { daysInMonth, maxDaysInMonth, parseIsoDay } from './calendar.ts';
import type { DateMention } from './types.ts';

const PART = /^(\d{4}|X{4})(?:-(\d{2}|XX)(?:-(\d{2}|XX))?)?$/;

function possibleEdtfDate(value: string): boolean {
  if (/^\d{3}X$/.test(value)) return true; // a decade
  const match = PART.exec(value.replace(/[~?%]$/, ''));
  if (!match) return false;
  const [, year, month, day] = match;
  const m = month && month !== 'XX' ? Number(month) : null;
  const d = day && day !== 'XX' ? Number(day) : null;
  if (m !== null && (m < 1 || m > 12)) return false;
  if (d !== null) {
    if (d < 1) return false;
    const max = m === null ? 31 : year && year !== 'XXXX' ? daysInMonth(Number(year), m) : maxDaysInMonth(m);
    if (d > max) return false;
  }
  return true;
}

export function isPossibleMention(mention: DateMention): boolean {
  for (const day of [mention.startDate, mention.endDate]) if (day !== null && !parseIsoDay(day)) return false;
  return mention.value.split('/').every(possibleEdtfDate);
}
