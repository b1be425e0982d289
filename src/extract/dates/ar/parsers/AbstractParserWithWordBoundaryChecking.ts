/**
 * Arabic counterpart of chrono's AbstractParserWithWordBoundaryChecking (which chrono does
 * not export): the inner pattern is anchored on a boundary that is Unicode-aware (`\W` is
 * ASCII-only and would see Arabic letters as non-word characters) and lets the proclitics
 * و/ف/ب/ل stay glued to the date (`وأمس`، `بالأمس`، `ولعام 2022`) without becoming part of it.
 */
import type { Parser, ParsingComponents, ParsingContext, ParsingResult } from 'chrono-node';
import { REGEX_PARTS } from '../pattern.ts';
import { type CompiledPrefilter, type PrefilterSpec, compilePrefilter, isPrefilterEnabled, prefilteredPattern } from '../prefilter.ts';

const FIRST_TOKEN = /^[\p{L}\p{N}_]+/u;

export type ExtractedResult = ParsingComponents | ParsingResult | null;

export abstract class AbstractParserWithWordBoundaryChecking implements Parser {
  /** The pattern after the boundary; built once per parser instance. */
  abstract innerPatternString(context: ParsingContext): string;
  /** Called with group 0 and the inner groups renumbered from 1, and index at the inner match. */
  abstract innerExtract(context: ParsingContext, match: RegExpMatchArray): ExtractedResult;

  private cachedPattern: RegExp | null = null;
  /**
   * On rejection, retry after the whole match rather than after its first word: for phrases
   * whose tail read alone means something else (`الحادي والثلاثين من هذا الشهر` in a 30-day
   * month must not become `الثلاثين من هذا الشهر`).
   */
  protected skipWholeMatchOnReject = false;

  /**
   * What every match contains and how far before it a match may start (see ../prefilter.ts);
   * null to let chrono scan the whole text.
   */
  prefilter(): PrefilterSpec | null {
    return null;
  }

  private cachedPrefilter: CompiledPrefilter | null = null;

  pattern(context: ParsingContext): RegExp {
    if (this.cachedPattern === null) {
      const source = `${REGEX_PARTS.leftBoundary}(?:${this.innerPatternString(context)})${REGEX_PARTS.rightBoundary}`;
      this.cachedPattern = new RegExp(source, REGEX_PARTS.flags);
      const spec = this.prefilter();
      this.cachedPrefilter =
        spec &&
        compilePrefilter(
          {
            ...spec,
            // + the boundary character and up to two proclitics before the inner pattern
            maxLookBack: spec.maxLookBack + 3,
            ...(spec.anchor && { anchor: { ...spec.anchor, maxLookBack: spec.anchor.maxLookBack + 3 } }),
          },
          source,
          REGEX_PARTS.flags,
        );
    }
    const pre = this.cachedPrefilter;
    return pre && isPrefilterEnabled() ? prefilteredPattern(this.cachedPattern, pre, context.text) : this.cachedPattern;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ExtractedResult {
    const header = match[1] ?? '';
    match.index = (match.index ?? 0) + header.length;
    match[0] = match[0].substring(header.length);
    for (let i = 2; i < match.length; i++) match[i - 1] = match[i]!;
    match.pop(); // (setting length is a slow path in V8)
    const innerIndex = match.index;
    const result = this.innerExtract(context, match);
    if (!result) {
      // chrono retries from match.index + 1 on a substring, where the left context is gone
      // (`قوى 14 آذار` would be retried as `4 آذار`). Skip the whole first word or number.
      const firstToken = FIRST_TOKEN.exec(match[0])?.[0].length ?? 1;
      match.index = innerIndex + (this.skipWholeMatchOnReject ? Math.max(match[0].length, firstToken) : firstToken) - 1;
    }
    return result;
  }
}
