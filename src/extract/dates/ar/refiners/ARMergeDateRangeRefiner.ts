/**
 * Two dates joined into an interval: `من 2014 إلى 2018`، `بين 27 شباط و3 آذار`،
 * `من 28 شباط حتى 3 آذار`، `2014-2018`. With و the pair is a range only after بين (otherwise
 * `في 2014 و2018` is two dates). The leading من/بين joins the mention. Parts the first date
 * leaves unsaid are taken from the second (`27 شباط` takes the year of `3 آذار 2025`).
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { readPrecisionTag, cloneWithTags } from '../../tags.ts';
import { MergingRefiner } from './MergingRefiner.ts';

const TO_BETWEEN = /^\s{0,3}(?:-|–|الي|حتي|لغايه|ولغايه|وحتي)\s{0,3}$/u;
const AND_BETWEEN = /^\s{0,3}و\s{0,2}$/u;
const DASH_BETWEEN = /^\s{0,3}[-–]\s{0,3}$/u;
const LEAD_BEFORE = /(?:^|[^\p{L}])[وف]?((?:ما\s{1,3})?بين|من|منذ)(\s{1,3})$/u;
const BETWEEN_BEFORE = /(?:^|[^\p{L}])[وف]?(ما\s{1,3})?(بين)\s{1,3}$/u;

export default class ARMergeDateRangeRefiner extends MergingRefiner {
  shouldMergeResults(textBetween: string, current: ParsingResult, next: ParsingResult, context: ParsingContext): boolean {
    if (current.end || next.end) return false;
    if (current.start.isOnlyWeekdayComponent() || next.start.isOnlyWeekdayComponent()) return false;
    const and = AND_BETWEEN.test(textBetween);
    if (!and && !TO_BETWEEN.test(textBetween)) return false;
    const currentPrecision = readPrecisionTag(current.tags());
    const nextPrecision = readPrecisionTag(next.tags());
    if (currentPrecision === 'week' || nextPrecision === 'week' || currentPrecision === 'decade') return false;
    const before = context.text.substring(Math.max(0, current.index - 12), current.index);
    if (and) return BETWEEN_BEFORE.test(before);
    // A bare dash joins only like with like (2014-2018), never a day to a year.
    if (DASH_BETWEEN.test(textBetween) && currentPrecision !== nextPrecision) return false;
    return true;
  }

  mergeResults(textBetween: string, current: ParsingResult, next: ParsingResult, context: ParsingContext): ParsingResult | null {
    const from = cloneWithTags(current);
    const to = cloneWithTags(next);
    for (const component of ['year', 'month'] as const) {
      if (!from.start.isCertain(component) && to.start.isCertain(component) && from.start.isCertain('day')) {
        from.start.assign(component, to.start.get(component)!);
      }
    }
    if (from.start.date() > to.start.date()) return null;
    // Widen the mention to the leading من/بين, without a proclitic و/ف glued to it.
    const before = context.text.substring(Math.max(0, current.index - 12), current.index);
    const lead = LEAD_BEFORE.exec(before);
    const index = lead ? current.index - (lead[1]!.length + lead[2]!.length) : current.index;
    const result = from;
    result.index = index;
    result.text = context.text.substring(index, next.index + next.text.length);
    result.end = to.start;
    result.addTags(to.tags());
    return result;
  }
}
