/**
 * The form's date field: what a person typed → the EDTF date it means, or why not, in the
 * reader's language. EDTF (`2025-02-18`, `2025-03~`) is read here by the contract's own
 * reader; anything else ("18 شباط 2025", "early March 2025") by the server's date engine,
 * the one that reads the articles (POST /api/review/date).
 */
import { dateFromEdtf } from '../../events/edtf.ts';
import type { TypedDate, TypedDateProblem } from '../../events/review-api.ts';
import { localeOf, type FormatOptions } from '../../timeline/model/format.ts';

/** Text made only of what EDTF is written with: read here, without asking the server. */
export const EDTF_LIKE = /^[\dX~/-]+$/;

/** The reading of EDTF typed into the field; null when the text is words (the server reads those). */
export function readEdtfInput(text: string): TypedDate | null {
  const value = text.trim();
  if (!value) return { ok: false, problem: { code: 'empty' } };
  if (!EDTF_LIKE.test(value)) return null;
  const reading = dateFromEdtf(value);
  return reading.ok ? { ok: true, ...reading.date, found: value } : { ok: false, problem: { code: 'edtf', problem: reading.problem, error: reading.error } };
}

function monthName(month: number, options: FormatOptions): string {
  return new Intl.DateTimeFormat(localeOf(options), { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2001, month - 1, 1));
}

function number(n: number, options: FormatOptions): string {
  return new Intl.NumberFormat(localeOf(options), { useGrouping: false }).format(n);
}

/** An EDTF date inside Arabic text, isolated so that it reads left to right (2025-02-18, not 18-02-2025). */
const ltr = (edtf: string) => `\u2066${edtf}\u2069`;

const EXAMPLES = {
  ar: '18 شباط 2025، شباط 2025، أوائل آذار 2025، \u20662025-02-18\u2069',
  en: '18 February 2025, February 2025, early March 2025, 2025-02-18',
};

/** Why a typed date is refused, said to a person in their language. */
export function dateProblemMessage(problem: TypedDateProblem, typed: string, options: FormatOptions): string {
  const ar = options.lang === 'ar';
  const n = (value: number) => number(value, options);
  const quoted = ar ? `«${typed.trim()}»` : `“${typed.trim()}”`;
  switch (problem.code) {
    case 'empty':
      return ar ? 'اكتب التاريخ.' : 'Write the date.';
    case 'no-date':
      return ar ? `لا يُقرأ ${quoted} تاريخًا. اكتب مثلًا: ${EXAMPLES.ar}.` : `${quoted} does not read as a date. Write for example ${EXAMPLES.en}.`;
    case 'several':
      return ar ? `في النص أكثر من تاريخ (${problem.found.join('، ')}): اكتب تاريخًا واحدًا.` : `There is more than one date here (${problem.found.join(', ')}): write one.`;
    case 'unknown-year':
      return ar ? `أضف السنة إلى ${quoted}.` : `Add the year to ${quoted}.`;
    case 'day': {
      const month = monthName(problem.month, options);
      if (problem.year === null) {
        return ar
          ? `لا يوجد يوم ${n(problem.day)} في ${month}: أيامه ${n(problem.days)} على الأكثر.`
          : `${month} has no day ${n(problem.day)}: it has at most ${n(problem.days)} days.`;
      }
      return ar
        ? `لا يوجد يوم ${n(problem.day)} في ${month} ${n(problem.year)}: فيه ${n(problem.days)} يومًا.`
        : `${month} ${n(problem.year)} has no day ${n(problem.day)}: it has ${n(problem.days)} days.`;
    }
    case 'edtf': {
      const edtf = problem.problem;
      switch (edtf.code) {
        case 'day':
          return dateProblemMessage({ code: 'day', day: edtf.day, month: edtf.month, year: edtf.year, days: edtf.days }, typed, options);
        case 'month':
          return ar ? `لا يوجد شهر ${n(edtf.month)}: الأشهر من ١ إلى ١٢.` : `There is no month ${n(edtf.month)}: months are 01 to 12.`;
        case 'unknown-year':
          return ar ? 'اكتب السنة كاملة: تاريخ سنته مجهولة لا يوضع على الخط الزمني.' : 'Write the whole year: a date with an unknown year cannot be placed in time.';
        case 'order':
          return ar ? `الفترة تنتهي (${ltr(edtf.end)}) قبل أن تبدأ (${ltr(edtf.start)}) أو معها.` : `The interval does not end (${edtf.end}) after it starts (${edtf.start}).`;
        case 'approximate-interval':
          return ar ? 'علامة ~ (تقريبًا) تأتي بعد تاريخ واحد، لا داخل فترة.' : '“~” (about) goes after a single date, not inside an interval.';
        case 'syntax':
          return ar ? `لا يُقرأ ${quoted} تاريخًا. اكتب مثلًا: ${EXAMPLES.ar}.` : `${quoted} does not read as a date. Write for example ${EXAMPLES.en}.`;
      }
    }
  }
}
