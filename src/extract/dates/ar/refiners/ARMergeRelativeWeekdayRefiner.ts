/**
 * A relative day followed by its weekday: `أمس الثلاثاء`، `اليوم الخميس`، `غداً الجمعة`.
 * Articles are often published a day or more after they are written, so the weekday
 * decides: `أمس الثلاثاء` is the most recent Tuesday before the reference day, whichever
 * day أمس alone would give.
 */
import type { ParsingResult } from 'chrono-node';
import { addDays } from '../../calendar.ts';
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
    const stated = { year: current.start.get('year')!, month: current.start.get('month')!, day: current.start.get('day')! };
    const ref = { year: current.refDate.getFullYear(), month: current.refDate.getMonth() + 1, day: current.refDate.getDate() };
    const offset = (Date.UTC(stated.year, stated.month - 1, stated.day) - Date.UTC(ref.year, ref.month - 1, ref.day)) / 86_400_000;
    // Past and today look back from the stated day; the future looks forward from it.
    const day = offset > 0 ? weekdayOnOrAfter(addDays(ref, 1), weekday) : weekdayOnOrBefore(addDays(ref, Math.min(offset, 0)), weekday);
    const merged = cloneWithTags(current);
    merged.text = current.text + textBetween + next.text;
    merged.start.assign('year', day.year);
    merged.start.assign('month', day.month);
    merged.start.assign('day', day.day);
    merged.start.assign('weekday', weekday);
    return merged;
  }
}
