/**
 * A month (or a day, or a part of a month) followed by the year it is in: `ديسمبر من العام
 * الماضي`، `15 ديسمبر من العام الماضي`، `أواخر ديسمبر من العام المنصرم`، `شهر مارس من السنة
 * الماضية`، `منتصف مارس من العام المقبل`. Read apart they were two mentions, the month with the
 * news rule's year (often the wrong one) and a year; the year phrase decides the month's year.
 * (`ديسمبر من عام 2024` is read whole by the month parsers.)
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { TAG_RELATIVE, cloneWithTags } from '../../tags.ts';
import { MergingRefiner } from './MergingRefiner.ts';

const BETWEEN = /^\s{1,3}من\s{1,3}$/u;

/** A month whose year the text has not stated (the news rule implied it). */
function isMonthWithoutYear(result: ParsingResult): boolean {
  return result.start.isCertain('month') && !result.start.isCertain('year');
}

/** A single year, stated or told from the reference (`العام الماضي`), no month of its own. */
function isYearAlone(result: ParsingResult): boolean {
  return !result.end && result.start.isCertain('year') && !result.start.isCertain('month');
}

export default class ARMergeMonthOfYearRefiner extends MergingRefiner {
  shouldMergeResults(textBetween: string, current: ParsingResult, next: ParsingResult): boolean {
    return BETWEEN.test(textBetween) && isMonthWithoutYear(current) && isYearAlone(next);
  }

  mergeResults(textBetween: string, current: ParsingResult, next: ParsingResult, _context: ParsingContext): ParsingResult {
    const merged = cloneWithTags(current);
    merged.text = current.text + textBetween + next.text;
    const year = next.start.get('year')!;
    const shift = year - (current.start.get('year') ?? year);
    merged.start.assign('year', year);
    if (merged.end) merged.end.assign('year', (merged.end.get('year') ?? year) + shift);
    if (next.tags().has(TAG_RELATIVE)) merged.addTag(TAG_RELATIVE);
    return merged;
  }
}
