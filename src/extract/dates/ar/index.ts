/**
 * Tarikh's Arabic locale for chrono, shaped like chrono's own `locales/<lang>/index.ts`.
 *
 * It replaces chrono.ar's parsers rather than extending them: chrono.ar knows one Gregorian
 * month system, reads a bare number as a date, has no notion of الماضي/المقبل after a date, of
 * Hijri dates, or of the relative periods news writes. All parsers run on text normalized by
 * src/extract/normalize.ts.
 */
import type { Parser, Refiner } from 'chrono-node';
// The class from chrono-node/en, not the package root, which loads every locale at start-up.
import { Chrono } from 'chrono-node/en';
import ARCasualDateParser from './parsers/ARCasualDateParser.ts';
import ARMonthNameLittleEndianParser from './parsers/ARMonthNameLittleEndianParser.ts';
import ARMonthNameParser from './parsers/ARMonthNameParser.ts';
import ARRelativeDateFormatParser from './parsers/ARRelativeDateFormatParser.ts';
import ARWeekdayParser from './parsers/ARWeekdayParser.ts';
import ARYearParser from './parsers/ARYearParser.ts';
import ARYearRangeParser from './parsers/ARYearRangeParser.ts';
import ARSlashDateFormatParser from './parsers/ARSlashDateFormatParser.ts';
import ARTimeUnitAgoFormatParser from './parsers/ARTimeUnitAgoFormatParser.ts';
import ARPeriodPartParser from './parsers/ARPeriodPartParser.ts';
import ARDecadeParser from './parsers/ARDecadeParser.ts';
import ARHijriDateParser from './parsers/ARHijriDateParser.ts';
import ARDayOfRelativeMonthParser from './parsers/ARDayOfRelativeMonthParser.ts';
import ARMonthNameBigEndianParser from './parsers/ARMonthNameBigEndianParser.ts';
import ARBareDayParser from './parsers/ARBareDayParser.ts';
import ARDurationChainParser from './parsers/ARDurationChainParser.ts';
import ARNthWeekdayOfMonthParser from './parsers/ARNthWeekdayOfMonthParser.ts';
import ARSeasonParser from './parsers/ARSeasonParser.ts';
import ARYearDivisionParser from './parsers/ARYearDivisionParser.ts';
import ARWeekOfMonthParser from './parsers/ARWeekOfMonthParser.ts';
import ARWeekPartParser from './parsers/ARWeekPartParser.ts';
import ARSoFarParser from './parsers/ARSoFarParser.ts';
import ARLastUnitsParser from './parsers/ARLastUnitsParser.ts';
import ARMonthYearNumericParser from './parsers/ARMonthYearNumericParser.ts';
import ARYearWordsParser from './parsers/ARYearWordsParser.ts';
import ARMonthRangeParser from './parsers/ARMonthRangeParser.ts';
import ARMergeRelativeDayRangeRefiner from './refiners/ARMergeRelativeDayRangeRefiner.ts';
import ARMergeDateRangeRefiner from './refiners/ARMergeDateRangeRefiner.ts';
import ARMergeRelativeWeekdayRefiner from './refiners/ARMergeRelativeWeekdayRefiner.ts';
import ARMergeWeekdayDateRefiner from './refiners/ARMergeWeekdayDateRefiner.ts';
import ARMergeWeekdayWeekRefiner from './refiners/ARMergeWeekdayWeekRefiner.ts';
import AROverlapRemovalRefiner from './refiners/AROverlapRemovalRefiner.ts';
import ARAnaphoricDayRefiner from './refiners/ARAnaphoricDayRefiner.ts';
import ARMergeTodayDateRefiner from './refiners/ARMergeTodayDateRefiner.ts';
import ARMergeHijriGregorianRefiner from './refiners/ARMergeHijriGregorianRefiner.ts';
import ARMergeMonthOfYearRefiner from './refiners/ARMergeMonthOfYearRefiner.ts';

export interface ArabicConfiguration {
  parsers: Parser[];
  refiners: Refiner[];
}

export function createConfiguration(): ArabicConfiguration {
  return {
    parsers: [
      new ARMonthNameLittleEndianParser(),
      new ARMonthNameParser(),
      new ARYearParser(),
      new ARYearRangeParser(),
      new ARCasualDateParser(),
      new ARWeekdayParser(),
      new ARRelativeDateFormatParser(),
      new ARSlashDateFormatParser(),
      new ARTimeUnitAgoFormatParser(),
      new ARPeriodPartParser(),
      new ARDecadeParser(),
      new ARHijriDateParser(),
      new ARDayOfRelativeMonthParser(),
      new ARMonthNameBigEndianParser(),
      new ARBareDayParser(),
      new ARDurationChainParser(),
      new ARNthWeekdayOfMonthParser(),
      new ARSeasonParser(),
      new ARYearDivisionParser(),
      new ARWeekOfMonthParser(),
      new ARWeekPartParser(),
      new ARSoFarParser(),
      new ARLastUnitsParser(),
      new ARMonthYearNumericParser(),
      new ARYearWordsParser(),
      new ARMonthRangeParser(),
    ],
    refiners: [
      // Overlaps first, so that the merging refiners see each phrase read once.
      new AROverlapRemovalRefiner(),
      new ARMergeWeekdayDateRefiner(),
      new ARMergeWeekdayWeekRefiner(),
      new ARMergeRelativeWeekdayRefiner(),
      new ARMergeRelativeDayRangeRefiner(),
      new ARMergeDateRangeRefiner(),
      new ARMergeMonthOfYearRefiner(),
      new ARMergeTodayDateRefiner(),
      new ARMergeHijriGregorianRefiner(),
      new AROverlapRemovalRefiner(),
      new ARAnaphoricDayRefiner(),
    ],
  };
}

/** The Arabic chrono; parse NORMALIZED text with it. */
export const casual = new Chrono(createConfiguration());
