/**
 * `اليوم 6 مايو`، `اليوم الخميس 27 شباط`: a headline's "today" followed by the date it is.
 * The stated date wins; اليوم only widens the mention.
 */
import type { ParsingResult } from 'chrono-node';
import { fold } from '../constants.ts';
import { cloneWithTags } from '../../tags.ts';
import { MergingRefiner } from './MergingRefiner.ts';

const TODAY = fold('اليوم');
const BETWEEN = /^\s{1,3}(?:[,،:-]\s{0,3})?$/u;

export default class ARMergeTodayDateRefiner extends MergingRefiner {
  shouldMergeResults(textBetween: string, current: ParsingResult, next: ParsingResult): boolean {
    return (
      current.text.length <= 8 &&
      fold(current.text) === TODAY &&
      !next.tags().has('tarikh/relative') &&
      next.start.isCertain('day') &&
      next.start.isCertain('month') &&
      BETWEEN.test(textBetween)
    );
  }

  mergeResults(textBetween: string, current: ParsingResult, next: ParsingResult): ParsingResult {
    const merged = cloneWithTags(next);
    merged.index = current.index;
    merged.text = current.text + textBetween + next.text;
    return merged;
  }
}
