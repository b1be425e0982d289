/**
 * The same day written in both calendars: `26 ربيع الأول 1447هـ الموافق 18 سبتمبر 2025م`،
 * `18 سبتمبر 2025 الموافق 26 ربيع الأول 1447هـ`، `الخميس 26 ربيع الأول 1447 (18 سبتمبر 2025)`.
 * One mention, not two: the Gregorian date decides (it is what the writer converted to or
 * from), the Hijri one is kept as the original.
 */
import type { ParsingResult } from 'chrono-node';
import { TAG_HIJRI, hijriOriginalTag, readHijriOriginal, cloneWithTags } from '../../tags.ts';
import { MergingRefiner } from './MergingRefiner.ts';

const BETWEEN = /^\s{0,3}[,،]?\s{0,3}(?:(?:و\s{0,1})?(?:ال)?موافق(?:\s{1,3}ل)?\s{1,3}|\(\s{0,2}|[-–]\s{0,2})$/u;

export default class ARMergeHijriGregorianRefiner extends MergingRefiner {
  shouldMergeResults(textBetween: string, current: ParsingResult, next: ParsingResult): boolean {
    if (current.end || next.end || !BETWEEN.test(textBetween)) return false;
    // The day and month must agree; the year need not (an implied one may differ from the stated one).
    if (current.start.get('day') !== next.start.get('day') || current.start.get('month') !== next.start.get('month')) return false;
    return current.tags().has(TAG_HIJRI) !== next.tags().has(TAG_HIJRI);
  }

  mergeResults(textBetween: string, current: ParsingResult, next: ParsingResult): ParsingResult {
    const [hijri, gregorian] = current.tags().has(TAG_HIJRI) ? [current, next] : [next, current];
    const merged = cloneWithTags(gregorian);
    merged.index = current.index;
    merged.text = current.text + textBetween + next.text;
    if (gregorian.start.isCertain('weekday') || hijri.start.isCertain('weekday')) {
      merged.start.assign('weekday', (hijri.start.get('weekday') ?? gregorian.start.get('weekday'))!);
    }
    const original = readHijriOriginal(hijri.tags());
    if (original !== undefined) merged.addTag(hijriOriginalTag(original));
    return merged;
  }
}
