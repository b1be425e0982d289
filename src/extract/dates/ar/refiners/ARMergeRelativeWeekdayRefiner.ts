/**
 * A relative day followed by its weekday: `أمس الثلاثاء`، `اليوم الخميس`، `غداً الجمعة`.
 * Articles are often published a day or more after they are written, so the weekday
 * decides: `أمس الثلاثاء` is the most recent Tuesday before the reference day, whichever
 * day أمس alone would give.
 */
import type { ParsingResult } from 'chrono-node';
import { addDays, compareDays, fromChronoDate } from '../../calendar.ts';
import { assignDay, dayOf } from '../../calculation.ts';
import { weekdayOnOrAfter, weekdayOnOrBefore } from '../../resolve.ts';
import { TAG_RELATIVE, cloneWithTags } from '../../tags.ts';
import { MergingRefiner } from './MergingRefiner.ts';

/** Spaces and at most a comma between the relative day and its weekday. */
const BETWEEN = /^\s{1,3}(?:[,،]\s{0,2})?$/u;

export default class ARMergeRelativeWeekdayRefiner extends MergingRefiner {
  shouldMergeResults(textBetween: string, current: ParsingResult, next: ParsingResult): boolean {
    return (
      BETWEEN.test(textBetween) &&
      current.tags().has(TAG_RELATIVE) &&
      current.start.isCertain('day') &&
      !current.end &&
      next.start.isOnlyWeekdayComponent()
    );
  }

  mergeResults(textBetween: string, current: ParsingResult, next: ParsingResult): ParsingResult {
    const weekday = next.start.get('weekday') ?? 0;
    const ref = fromChronoDate(current.refDate);
    const offset = compareDays(dayOf(current.start), ref);
    // Past and today look back from the stated day; the future looks forward from it.
    const day = offset > 0 ? weekdayOnOrAfter(addDays(ref, 1), weekday) : weekdayOnOrBefore(addDays(ref, Math.min(offset, 0)), weekday);
    const merged = cloneWithTags(current);
    merged.text = current.text + textBetween + next.text;
    assignDay(merged.start, day).assign('weekday', weekday);
    return merged;
  }
}
