/**
 * Tarikh's date engine: finds the date mentions of an Arabic or English text and resolves
 * them against a reference (publication) date.
 *
 * Arabic is parsed by Tarikh's own chrono locale (./ar) on normalized text, and every result
 * is mapped back to the original characters; English goes through chrono's English parser.
 */
import type { ParsingResult } from 'chrono-node';
import { normalizeArabic } from '../normalize.ts';
import { type CalendarDay, parseIsoDay, toChronoReference } from './calendar.ts';
import { casual as arabic } from './ar/index.ts';
import { type ResolutionContext, toDateMention } from './mention.ts';
import { TAG_CURRENT_YEAR } from './tags.ts';
import type { DateMention, FindDatesOptions } from './types.ts';
import { englishChrono, refineEnglishResults } from './en.ts';
import { isPossibleMention } from './possible.ts';
import type { TarikhParsingOption } from './calculation.ts';

export type { DateMention, FindDatesOptions } from './types.ts';

const TRAILING_MARK = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640]/;
const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

/**
 * Without a reference the parsers still need some date to compute with; everything they
 * take from it is discarded (written as X) when the mention is built, so its value never
 * shows. A fixed day keeps the output deterministic.
 */
const PLACEHOLDER_REFERENCE: CalendarDay = { year: 2000, month: 7, day: 1 };

export function findDateMentions(text: string, options: FindDatesOptions = {}): DateMention[] {
  const language = options.language ?? (ARABIC_LETTER.test(text) ? 'ar' : 'en');
  let ref: CalendarDay | null = null;
  if (options.ref) {
    ref = parseIsoDay(options.ref);
    if (!ref) throw new RangeError(`findDateMentions: ref must be a date written YYYY-MM-DD, got "${options.ref}"`);
  }

  const option: TarikhParsingOption = { referenceKnown: ref !== null };
  if (language === 'en') {
    return collect(text, (reference) => refineEnglishResults(text, englishChrono.parse(text, toChronoReference(reference), option) as ParsingResult[]), ref, (s, e) => ({ start: s, end: e }));
  }
  const normalized = options.normalized ?? normalizeArabic(text);
  return collect(text, (reference) => arabic.parse(normalized.text, toChronoReference(reference), option) as ParsingResult[], ref, normalized.toOriginal);
}

function collect(
  original: string,
  parse: (reference: CalendarDay) => ParsingResult[],
  ref: CalendarDay | null,
  toOriginal: (start: number, end: number) => { start: number; end: number },
): DateMention[] {
  let results = parse(ref ?? PLACEHOLDER_REFERENCE);
  const ctx: ResolutionContext = { ref, yearContext: null };
  if (!ref) {
    // `العام الحالي 2025` tells the current year: resolve the text's relative years against it.
    const anchor = results.find((r) => r.tags().has(TAG_CURRENT_YEAR) && r.start.isCertain('year'));
    const year = anchor?.start.get('year');
    if (year != null) {
      ctx.yearContext = year;
      results = parse({ year, month: 7, day: 1 });
    }
  }

  const mentions: DateMention[] = [];
  let lastEnd = 0;
  // chrono's result array is this call's own: sorted in place
  for (const result of results.sort((a, b) => a.index - b.index)) {
    const trimmed = result.text.trimEnd();
    const lead = trimmed.length - trimmed.trimStart().length;
    const span = toOriginal(result.index + lead, result.index + trimmed.length);
    const start = span.start;
    let end = span.end;
    if (start < lastEnd || end <= start) continue;
    // Diacritics and tatweel after the last letter belong to it (غداً، هـ) though normalization dropped them.
    while (end < original.length && TRAILING_MARK.test(original[end]!)) end++;
    const mention = toDateMention(result, { start, end, text: original.slice(start, end) }, ctx);
    if (!isPossibleMention(mention)) continue;
    mentions.push(mention);
    lastEnd = end;
  }
  return mentions;
}
