/**
 * A weekday placed in a relative week: `الثلاثاء من الأسبوع المقبل`، `الجمعة هذا الأسبوع`،
 * `الأسبوع القادم يوم الأحد`، `الأسبوع الماضي الأحد`. The result is that day of that ISO week.
 */
import type { ParsingResult } from 'chrono-node';
import { addDays } from '../../calendar.ts';
import { assignDay, dayOf } from '../../calculation.ts';
import { readPrecisionTag, cloneWithTags } from '../../tags.ts';
import { MergingRefiner } from './MergingRefiner.ts';

const WEEKDAY_THEN_WEEK = /^\s{1,3}(?:من\s{1,3}|في\s{1,3})?$/u;
const WEEK_THEN_WEEKDAY = /^\s{1,3}(?:[,،]\s{0,2})?(?:يوم\s{1,3})?$/u;

function isWeek(result: ParsingResult): boolean {
  return readPrecisionTag(result.tags()) === 'week' && result.end !== undefined;
}

export default class ARMergeWeekdayWeekRefiner extends MergingRefiner {
  shouldMergeResults(textBetween: string, current: ParsingResult, next: ParsingResult): boolean {
    if (current.start.isOnlyWeekdayComponent() && !current.end && isWeek(next)) return WEEKDAY_THEN_WEEK.test(textBetween);
    if (next.start.isOnlyWeekdayComponent() && !next.end && isWeek(current)) return WEEK_THEN_WEEKDAY.test(textBetween);
    return false;
  }

  mergeResults(textBetween: string, current: ParsingResult, next: ParsingResult): ParsingResult {
    const [weekdayResult, week] = isWeek(next) ? [current, next] : [next, current];
    const weekday = weekdayResult.start.get('weekday') ?? 1;
    const day = addDays(dayOf(week.start), (weekday + 6) % 7);
    const merged = cloneWithTags(week);
    merged.index = current.index;
    merged.text = current.text + textBetween + next.text;
    merged.end = undefined;
    assignDay(merged.start, day).assign('weekday', weekday);
    merged.addTag('tarikh/precision/day');
    return merged;
  }
}
