/**
 * A date a person types into the review form ("18 شباط 2025", "أوائل آذار", "18 February
 * 2025", "2025-02-18") → the EDTF date it means, read by the same engine that reads the
 * articles, or why it is not one, as a code the form puts in the reader's language.
 *
 * The engine drops impossible days silently (`31 شباط` is no mention at all), which is right
 * for articles and useless in a form: for a text with no date, each day number that could be
 * too large is tried as day 1, and when the engine then reads a day of a month, that month's
 * length is the message ("February 2025 has 28 days").
 */
import { dateFromEdtf } from '../../events/edtf.ts';
import type { TypedDate, TypedDateProblem } from '../../events/review-api.ts';
import { daysInMonth, maxDaysInMonth } from './calendar.ts';
import { findDateMentions } from './index.ts';

export type { TypedDate, TypedDateProblem };

export interface TypedDateOptions {
  /** The day relative dates and missing years are read against (the article's publication date). */
  ref?: string | null;
  language?: 'ar' | 'en';
}

/** Text made only of what EDTF is written with: the contract's reader decides, not the article engine. */
const EDTF_LIKE = /^[\dX~/-]+$/;
/** A day number of one or two digits, Latin, Arabic-Indic or Persian. */
const DAY_NUMBER = /(?<![\d\u0660-\u0669\u06F0-\u06F9])[\d\u0660-\u0669\u06F0-\u06F9]{1,2}(?![\d\u0660-\u0669\u06F0-\u06F9])/g;

function digitValue(text: string): number {
  let value = 0;
  for (const char of text) {
    const code = char.charCodeAt(0);
    const digit = code >= 0x0660 && code <= 0x0669 ? code - 0x0660 : code >= 0x06f0 && code <= 0x06f9 ? code - 0x06f0 : code - 48;
    value = value * 10 + digit;
  }
  return value;
}

export function readTypedDate(input: string, options: TypedDateOptions = {}): TypedDate {
  const text = input.trim();
  if (!text) return { ok: false, problem: { code: 'empty' } };
  if (EDTF_LIKE.test(text)) {
    const reading = dateFromEdtf(text);
    if (!reading.ok) return { ok: false, problem: { code: 'edtf', problem: reading.problem, error: reading.error } };
    return { ok: true, ...reading.date, found: text };
  }
  const mentions = findDateMentions(text, { ref: options.ref ?? null, ...(options.language ? { language: options.language } : {}) });
  if (mentions.length > 1) return { ok: false, problem: { code: 'several', found: mentions.map((mention) => mention.text) } };
  const [mention] = mentions;
  if (!mention) return { ok: false, problem: impossibleDay(text, options) ?? { code: 'no-date' } };
  if (!mention.startDate) return { ok: false, problem: { code: 'unknown-year', found: mention.text } };
  // The engine writes what the contract reads; checked all the same, so the form never sends what the file would refuse.
  const reading = dateFromEdtf(mention.value);
  if (!reading.ok) return { ok: false, problem: { code: 'edtf', problem: reading.problem, error: reading.error } };
  return { ok: true, ...reading.date, found: mention.text };
}

/** The text names a day its month does not have: the day and the month's length; null otherwise. */
function impossibleDay(text: string, options: TypedDateOptions): TypedDateProblem | null {
  for (const number of text.matchAll(DAY_NUMBER)) {
    const day = digitValue(number[0]);
    if (day < 29) continue; // every month has 28 days
    const at = number.index;
    const tried = text.slice(0, at) + '1' + text.slice(at + number[0].length);
    const mentions = findDateMentions(tried, { ref: options.ref ?? null, ...(options.language ? { language: options.language } : {}) });
    const [mention] = mentions;
    if (mentions.length !== 1 || !mention || mention.precision !== 'day' || mention.start > at || mention.end <= at) continue;
    const match = /^(\d{4}|XXXX)-(\d{2})-/.exec(mention.value);
    if (!match) continue;
    const month = Number(match[2]);
    // The year only when the text wrote it: a year taken from the reference is no part of what was typed.
    const year = mention.certainty === 'stated' && match[1] !== 'XXXX' ? Number(match[1]) : null;
    const days = year === null ? maxDaysInMonth(month) : daysInMonth(year, month);
    if (day > days) return { code: 'day', day, month, year, days };
  }
  return null;
}
