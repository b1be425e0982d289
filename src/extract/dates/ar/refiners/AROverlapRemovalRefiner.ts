/**
 * Several parsers may read the same words (`العام الحالي 2025` is a relative year to one
 * parser and a stated year to another; `27 شباط الماضي` contains `شباط الماضي`). Keep the
 * longest reading of overlapping text, the earliest on a tie, as chrono's common
 * OverlapRemovalRefiner does.
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

export default class AROverlapRemovalRefiner implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const sorted = [...results].sort((a, b) => a.index - b.index || b.text.length - a.text.length);
    const kept: ParsingResult[] = [];
    for (const result of sorted) {
      const previous = kept[kept.length - 1];
      if (previous && result.index < previous.index + previous.text.length) {
        if (result.text.length > previous.text.length) kept[kept.length - 1] = result;
        continue;
      }
      kept.push(result);
    }
    return kept;
  }
}
