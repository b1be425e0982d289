/**
 * English goes through chrono's own English parser; this only adds what Tarikh's output
 * needs and chrono's components do not say: that `last week` names a week.
 */
import type { ParsingResult } from 'chrono-node';
import { addDays, fromChronoDate, isoWeekStart, weekdayOf } from './calendar.ts';
import { precisionTag, TAG_RELATIVE } from './tags.ts';

/** A weekday with a direction word is left to chrono; a bare one ("on Sunday") is news' past. */
const WEEKDAY_DIRECTION = /\b(?:next|last|this|coming|previous|past|following)\b/i;

const RELATIVE_WEEK = /\b(?:last|next|this|previous|past|coming)\s+week\b/i;

/** chrono sometimes keeps the preposition (`On 18 February`); the mention is the date alone, as in Arabic. */
const LEADING_PREPOSITION = /^(?:on|in|at)\s+(?=\S)/i;

export function refineEnglishResult(result: ParsingResult): ParsingResult {
  const preposition = LEADING_PREPOSITION.exec(result.text);
  if (preposition) {
    result.index += preposition[0].length;
    result.text = result.text.slice(preposition[0].length);
  }
  // chrono leaves a bare weekday's day implied, which would read as a year; news means the
  // most recent such day (today included), as the Arabic locale does.
  if (result.start.isCertain('weekday') && !result.start.isCertain('day')) {
    const ref = fromChronoDate(result.refDate);
    let day = fromChronoDate(result.start.date());
    if (!WEEKDAY_DIRECTION.test(result.text)) {
      const weekday = result.start.get('weekday') ?? weekdayOf(day);
      day = addDays(ref, -((weekdayOf(ref) - weekday + 7) % 7));
    }
    result.start.assign('year', day.year);
    result.start.assign('month', day.month);
    result.start.assign('day', day.day);
    result.addTag(TAG_RELATIVE);
  }
  if (RELATIVE_WEEK.test(result.text) && !result.end) {
    const monday = isoWeekStart(fromChronoDate(result.start.date()));
    const sunday = addDays(monday, 6);
    result.start.assign('year', monday.year);
    result.start.assign('month', monday.month);
    result.start.assign('day', monday.day);
    result.end = result.start.clone();
    result.end.assign('year', sunday.year);
    result.end.assign('month', sunday.month);
    result.end.assign('day', sunday.day);
    result.addTag(precisionTag('week'));
  }
  return result;
}
