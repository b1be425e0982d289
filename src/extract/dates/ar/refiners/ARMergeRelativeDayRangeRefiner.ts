/**
 * Two relative days joined into an interval, at least one of them a bare weekday:
 * `من الغد حتى الأحد` (tomorrow to the first Sunday after it)، `من الاثنين إلى الأربعاء`،
 * `بين الاثنين والأربعاء من الأسبوع المقبل` (the Monday of the week the Wednesday is in).
 * A weekday is resolved against the other day of the pair, not alone. Like
 * ARMergeDateRangeRefiner, the pair needs من…إلى/حتى or بين…و, and the mention starts at من/بين.
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { addDays } from '../../calendar.ts';
import { assignDay, dayOf } from '../../calculation.ts';
import { weekdayOnOrAfter, weekdayOnOrBefore } from '../../resolve.ts';
import { TAG_RELATIVE, cloneWithTags } from '../../tags.ts';
import { MergingRefiner } from './MergingRefiner.ts';

const TO_BETWEEN = /^\s{1,3}(?:و\s{0,2})?(?:الي|حتي|لغايه)\s{1,3}(?:يوم\s{1,3})?$/u;
const AND_BETWEEN = /^\s{0,3}و\s{0,2}(?:يوم\s{1,3})?$/u;
const FROM_BEFORE = /(?:^|[^\p{L}])[وف]?(من)(\s{1,3}(?:يوم\s{1,3})?)$/u;
const BETWEEN_BEFORE = /(?:^|[^\p{L}])[وف]?((?:ما\s{1,3})?بين)(\s{1,3}(?:يوم\s{1,3})?)$/u;

/** A day the reference places (اليوم، غداً، a weekday), not a stated date. */
function isRelativeDay(result: ParsingResult): boolean {
  return !result.end && result.tags().has(TAG_RELATIVE) && (result.start.isOnlyWeekdayComponent() || result.start.isCertain('day'));
}

export default class ARMergeRelativeDayRangeRefiner extends MergingRefiner {
  shouldMergeResults(textBetween: string, current: ParsingResult, next: ParsingResult, context: ParsingContext): boolean {
    if (!isRelativeDay(current) || !isRelativeDay(next)) return false;
    if (!current.start.isOnlyWeekdayComponent() && !next.start.isOnlyWeekdayComponent()) return false;
    const before = context.text.substring(Math.max(0, current.index - 16), current.index);
    if (TO_BETWEEN.test(textBetween)) return FROM_BEFORE.test(before);
    return AND_BETWEEN.test(textBetween) && BETWEEN_BEFORE.test(before);
  }

  mergeResults(textBetween: string, current: ParsingResult, next: ParsingResult, context: ParsingContext): ParsingResult {
    let from = dayOf(current.start);
    let to = dayOf(next.start);
    if (next.start.isOnlyWeekdayComponent()) {
      // the second weekday is the first such day after the first day of the pair
      to = weekdayOnOrAfter(addDays(from, 1), next.start.get('weekday')!);
    } else {
      // `بين الاثنين والأربعاء من الأسبوع المقبل`: the last such day before the second
      from = weekdayOnOrBefore(addDays(to, -1), current.start.get('weekday')!);
    }
    const before = context.text.substring(Math.max(0, current.index - 16), current.index);
    const lead = FROM_BEFORE.exec(before) ?? BETWEEN_BEFORE.exec(before);
    const index = lead ? current.index - (lead[1]!.length + lead[2]!.length) : current.index;
    const result = cloneWithTags(current);
    result.index = index;
    result.text = context.text.substring(index, next.index + next.text.length);
    assignDay(result.start, from);
    result.end = assignDay(result.start.clone(), to);
    result.start.delete('weekday');
    result.end.delete('weekday');
    return result;
  }
}
