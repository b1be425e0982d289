/**
 * `في اليوم التالي`، `اليوم السابق`: counted from the day the text named last, not from the
 * publication date (`اعتُقل في 5 آذار وأُفرج عنه في اليوم التالي` is 6 March). With no such
 * day before it in the text, the parser's reading against the reference stays.
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { addDays } from '../../calendar.ts';
import { dayOf } from '../../calculation.ts';
import { TAG_RELATIVE, precisionTag, readAnaphoricOffset } from '../../tags.ts';

export default class ARAnaphoricDayRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    let anchor: ParsingResult | null = null;
    return results.map((result) => {
      // every anaphoric reading is `اليوم …` (the tags are a fresh Set per call: look only then)
      const offset = result.text.startsWith('اليوم') ? readAnaphoricOffset(result.tags()) : undefined;
      if (offset === undefined) {
        if (!result.end && result.start.isCertain('day')) anchor = result;
        return result;
      }
      if (!anchor) return result;
      const base = anchor.start;
      const day = addDays(dayOf(base), offset);
      const relative = anchor.tags().has(TAG_RELATIVE);
      const resolved = context.createParsingResult(result.index, result.text);
      for (const [key, value] of [['year', day.year], ['month', day.month], ['day', day.day]] as const) {
        if (base.isCertain(key)) resolved.start.assign(key, value);
        else resolved.start.imply(key, value);
      }
      if (relative) resolved.addTag(TAG_RELATIVE);
      resolved.addTag(precisionTag('day'));
      anchor = resolved;
      return resolved;
    });
  }
}
