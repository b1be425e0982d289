/**
 * A weekday written with the date it names, before it: `الخميس 27 شباط`، `الخميس، 27 شباط`،
 * `يوم الخميس الموافق 27 شباط`، `الأربعاء في 22 يناير`; or after it, set off by a comma or
 * brackets: `27 شباط، الخميس`، `27 شباط (الخميس)`. The date decides; the weekday only widens
 * the mention (a wrong weekday is the writer's slip, the date is what gets checked).
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { TAG_RELATIVE, cloneWithTags } from '../../tags.ts';
import { MergingRefiner } from './MergingRefiner.ts';

const BETWEEN = /^\s{0,3}[,،]?\s{0,3}(?:(?:الموافق|في)\s{1,3}|,|،)?\s{0,3}$/u;
/** Between a date and a weekday after it: a comma or an opening bracket (a bare space is a new phrase). */
const BETWEEN_AFTER = /^\s{0,3}(?:[,،]|\()\s{0,3}(?:يوم\s{1,3})?$/u;
/** A weekday phrase with nothing but `يوم` before it (`الخميس الماضي` names another day). */
const BARE_WEEKDAY = /^(?:يوم\s{1,3})?\S+$/u;

function isDay(result: ParsingResult): boolean {
  return result.start.isCertain('day') && !result.tags().has(TAG_RELATIVE);
}

export default class ARMergeWeekdayDateRefiner extends MergingRefiner {
  shouldMergeResults(textBetween: string, current: ParsingResult, next: ParsingResult): boolean {
    if (current.start.isOnlyWeekdayComponent()) return !current.end && BETWEEN.test(textBetween) && isDay(next);
    return (
      next.start.isOnlyWeekdayComponent() &&
      !next.end &&
      !current.end &&
      BETWEEN_AFTER.test(textBetween) &&
      BARE_WEEKDAY.test(next.text) &&
      isDay(current)
    );
  }

  mergeResults(textBetween: string, current: ParsingResult, next: ParsingResult, context: ParsingContext): ParsingResult {
    const [weekday, date] = current.start.isOnlyWeekdayComponent() ? [current, next] : [next, current];
    const merged = cloneWithTags(date);
    merged.index = current.index;
    merged.text = current.text + textBetween + next.text;
    // `27 شباط (الخميس)`: the closing bracket belongs to the phrase too
    const after = context.text.slice(next.index + next.text.length).match(/^\s{0,2}\)/u);
    if (textBetween.includes('(') && after) merged.text += after[0];
    merged.start.assign('weekday', weekday.start.get('weekday') ?? 0);
    return merged;
  }
}
