/**
 * A relative day followed by its weekday: `أمس الثلاثاء`، `اليوم الخميس`، `غداً الجمعة`, or
 * the weekday in brackets as some agencies write it: `اليوم (الاثنين)`.
 * Articles are often published a day or more after they are written, so the weekday
 * decides: `أمس الثلاثاء` is the most recent Tuesday before the reference day, whichever
 * day أمس alone would give.
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { addDays, compareDays, fromChronoDate } from '../../calendar.ts';
import { assignDay, dayOf } from '../../calculation.ts';
import { weekdayOnOrAfter, weekdayOnOrBefore } from '../../resolve.ts';
import { TAG_RELATIVE, cloneWithTags } from '../../tags.ts';
import { MergingRefiner } from './MergingRefiner.ts';

/** Spaces and at most a comma, or an opening bracket, between the relative day and its weekday. */
const BETWEEN = /^\s{1,3}(?:[,،]\s{0,2})?$|^\s{0,3}\(\s{0,2}$/u;
/** The bracket that closes a weekday in brackets. */
const CLOSING = /^\s{0,2}\)/u;

export default class ARMergeRelativeWeekdayRefiner extends MergingRefiner {
  shouldMergeResults(textBetween: string, current: ParsingResult, next: ParsingResult, context: ParsingContext): boolean {
    return (
      BETWEEN.test(textBetween) &&
      (!textBetween.includes('(') || CLOSING.test(context.text.substring(next.index + next.text.length, next.index + next.text.length + 3))) &&
      current.tags().has(TAG_RELATIVE) &&
      current.start.isCertain('day') &&
      !current.end &&
      next.start.isOnlyWeekdayComponent()
    );
  }

  mergeResults(textBetween: string, current: ParsingResult, next: ParsingResult, context: ParsingContext): ParsingResult {
    const weekday = next.start.get('weekday') ?? 0;
    const ref = fromChronoDate(current.refDate);
    const offset = compareDays(dayOf(current.start), ref);
    // Past and today look back from the stated day; the future looks forward from it.
    const day = offset > 0 ? weekdayOnOrAfter(addDays(ref, 1), weekday) : weekdayOnOrBefore(addDays(ref, Math.min(offset, 0)), weekday);
    const merged = cloneWithTags(current);
    const closing = textBetween.includes('(') ? CLOSING.exec(context.text.substring(next.index + next.text.length, next.index + next.text.length + 3))![0] : '';
    merged.text = current.text + textBetween + next.text + closing;
    assignDay(merged.start, day).assign('weekday', weekday);
    return merged;
  }
}
