/**
 * A weekday written before the date it names: `الخميس 27 شباط`، `الخميس، 27 شباط`،
 * `يوم الخميس الموافق 27 شباط`، `الأربعاء في 22 يناير`. The date decides; the weekday only
 * widens the mention (a wrong weekday is the writer's slip, the date is what gets checked).
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { MergingRefiner, cloneWithTags } from './MergingRefiner.ts';

const BETWEEN = /^\s{0,3}[,،]?\s{0,3}(?:(?:الموافق|في)\s{1,3}|,|،)?\s{0,3}$/u;

export default class ARMergeWeekdayDateRefiner extends MergingRefiner {
  shouldMergeResults(textBetween: string, current: ParsingResult, next: ParsingResult): boolean {
    return (
      current.start.isOnlyWeekdayComponent() &&
      !current.end &&
      next.start.isCertain('day') &&
      !next.tags().has('tarikh/relative') &&
      BETWEEN.test(textBetween)
    );
  }

  mergeResults(textBetween: string, current: ParsingResult, next: ParsingResult): ParsingResult {
    const merged = cloneWithTags(next);
    merged.index = current.index;
    merged.text = current.text + textBetween + next.text;
    merged.start.assign('weekday', current.start.get('weekday') ?? 0);
    return merged;
  }
}
