/**
 * A month and year in digits: `7/2019`، `07-2019`، `2019/7`، `2019-07`، and with a dot
 * (`7.2019`، `2019.7`) after a date cue. Numbers joined so are also laws and decisions
 * (`القانون 7/2019`، `القرار رقم 12/2020`), pages, prices and seasons of a league (`موسم
 * 2009-10`): a word of those before, or a counted noun after, makes the pair no date. A
 * score or a ratio never has a four-digit year in it.
 */
import type { ParsingContext } from 'chrono-node';
import { precisionTag } from '../../tags.ts';
import { textAfter, textBefore } from '../../calculation.ts';
import { AbstractParserWithWordBoundaryChecking, type ExtractedResult } from './AbstractParserWithWordBoundaryChecking.ts';

const MONTH_FIRST_MONTH = 1;
const MONTH_FIRST_SEPARATOR = 2;
const MONTH_FIRST_YEAR = 3;
const YEAR_FIRST_YEAR = 4;
const YEAR_FIRST_SEPARATOR = 5;
const YEAR_FIRST_MONTH = 6;

/** Numbered texts and figures: `القانون 7/2019`، `المرسوم رقم 12-2020`، `ص 3/2019`، `سعر…`. */
const NOT_DATE_BEFORE =
  /(?:^|[^\p{L}])[وف]?(?:[بل]|لل)?(?:ال)?(?:رقم|رقمه|قانون|قرار|مرسوم|امر|ظهير|منشور|تعميم|لائحه|ماده|قضيه|دعوي|ملف|عدد|اعداد|نشره|ص|صفحه|صفحات|بند|فصل|موسم|مواسم|سعر|اسعار|نسبه|مؤشر|نتيجه|كود|الكود)(?![\p{L}])[^.!?؟\n]{0,20}$/u;
/** A dot is a decimal point unless a date cue comes before: `في 2019.7`، `بتاريخ 7.2019`. */
const DATE_CUE_BEFORE = /(?:^|[^\p{L}])[وف]?(?:في|منذ|خلال|حتي|بتاريخ|تاريخ|شهر|من|الي)\s{1,3}$/u;
/** A counted or measured thing after the number: `2019.7 مليون`، `7/2019 %`. */
const QUANTITY_AFTER = /^\s{0,3}(?:%|٪|[\p{L}]{0,2}(?:مليون|مليار|الف|الاف|دولار|يورو|جنيه|دينار|درهم|ريال|ليره|طن|كيلو|متر|نقطه|بالمئه|بالمائه|في\s{1,3}الم))/u;

export default class ARMonthYearNumericParser extends AbstractParserWithWordBoundaryChecking {
  override prefilter() {
    return { trigger: '(?<!\\d)\\d{1,4}[-/.]\\d', maxLookBack: 0 };
  }

  innerPatternString(): string {
    return (
      `(?<![\\d/.\\-])(?:` +
      `(\\d{1,2})([-/.])((?:19|20)\\d{2})` +
      `|((?:19|20)\\d{2})([-/.])(\\d{1,2})` +
      `)(?![\\d]|[/.\\-]\\d)`
    );
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray): ExtractedResult {
    const monthFirst = match[MONTH_FIRST_MONTH] !== undefined;
    const month = Number(monthFirst ? match[MONTH_FIRST_MONTH] : match[YEAR_FIRST_MONTH]);
    const year = Number(monthFirst ? match[MONTH_FIRST_YEAR] : match[YEAR_FIRST_YEAR]);
    const separator = monthFirst ? match[MONTH_FIRST_SEPARATOR] : match[YEAR_FIRST_SEPARATOR];
    if (month < 1 || month > 12 || year > 2100) return null;
    const index = match.index ?? 0;
    const before = textBefore(context, index);
    if (NOT_DATE_BEFORE.test(before)) return null;
    if (separator === '.' && !DATE_CUE_BEFORE.test(before)) return null;
    if (QUANTITY_AFTER.test(textAfter(context, index + match[0].length))) return null;
    // `2009-10`: two years (a season, a budget year), not October 2009
    if (!monthFirst && separator !== '.' && match[YEAR_FIRST_MONTH]!.length === 2 && month === (year + 1) % 100) return null;

    const result = context.createParsingResult(index, match[0]);
    result.start.assign('year', year).assign('month', month).imply('day', 1);
    result.addTag(precisionTag('month'));
    return result;
  }
}
