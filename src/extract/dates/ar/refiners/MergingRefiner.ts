/**
 * chrono's MergingRefiner (not exported by the package): walks neighbouring results and
 * lets a subclass merge a pair into one, looking at the text between them.
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

export abstract class MergingRefiner implements Refiner {
  abstract shouldMergeResults(textBetween: string, current: ParsingResult, next: ParsingResult, context: ParsingContext): boolean;
  abstract mergeResults(textBetween: string, current: ParsingResult, next: ParsingResult, context: ParsingContext): ParsingResult | null;

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    if (results.length < 2) return results;
    const merged: ParsingResult[] = [];
    let current = results[0]!;
    for (let i = 1; i < results.length; i++) {
      const next = results[i]!;
      const textBetween = context.text.substring(current.index + current.text.length, next.index);
      const mergedResult = this.shouldMergeResults(textBetween, current, next, context)
        ? this.mergeResults(textBetween, current, next, context)
        : null;
      if (mergedResult) {
        current = mergedResult;
      } else {
        merged.push(current);
        current = next;
      }
    }
    merged.push(current);
    return merged;
  }
}
