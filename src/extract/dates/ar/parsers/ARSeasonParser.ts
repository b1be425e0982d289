/**
 * Seasons: `صيف 2019`، `ربيع عام 2011`، `شتاء 2019-2020`، `هذا الشتاء`، `الخريف المقبل`،
 * `الصيف الماضي`، `شتاء العام الماضي`، `فصل الصيف الحالي`. A season is an interval of whole
 * months (see seasonDays in resolve.ts), tagged as a season.
 *
 * A season word alone is no date (`في الصيف` is any summer, `الربيع العربي` a name, `صيف` a
 * person's name): a year, a qualifier or هذا/هذه is required. `ربيع الأول` is a Hijri month,
 * which this pattern never reads (الأول is no qualifier).
 */
import type { ParsingContext } from 'chrono-node';
import { type Season, seasonDays, yearOfSeason } from '../../resolve.ts';
import { TAG_RELATIVE, periodTag, precisionTag } from '../../tags.ts';
import {
  DATE_QUALIFIER_PATTERN,
  DATE_YEAR_NOUN_PATTERN,
  THIS_PATTERN,
  THIS_WORDS,
  YEAR_ANY_PATTERN,
  YEAR_NUMBER_PATTERN,
  fold,
  foldDictionary,
  parseRelativeDirection,
  parseYear,
  parseYearNumber,
} from '../constants.ts';
import { matchAnyPattern, triggerWords } from '../pattern.ts';
import { assignMonthInterval, referenceDay } from '../../calculation.ts';
import { AbstractParserWithWordBoundaryChecking, type ExtractedResult } from './AbstractParserWithWordBoundaryChecking.ts';

const SEASON_SPELLINGS: Record<string, Season> = {
  'ربيع': 'spring', 'الربيع': 'spring',
  'صيف': 'summer', 'الصيف': 'summer',
  'خريف': 'autumn', 'الخريف': 'autumn',
  'شتاء': 'winter', 'الشتاء': 'winter',
};
const SEASON_DICTIONARY = foldDictionary(SEASON_SPELLINGS);
const SEASON_WORDS = Object.keys(SEASON_SPELLINGS);
/** Before the season word: `فصل الصيف`، `موسم الشتاء`. */
const SEASON_NOUNS = ['فصل', 'موسم'];

const THIS_GROUP = 1;
const SEASON_GROUP = 2;
const YEAR_GROUP = 3;
const SECOND_YEAR_GROUP = 4;
const YEAR_QUALIFIER_GROUP = 5;
const THIS_YEAR_GROUP = 6;
const QUALIFIER_GROUP = 7;

const YEAR_OF = `(?:(?:من|ل)\\s{0,3})?`;

export default class ARSeasonParser extends AbstractParserWithWordBoundaryChecking {
  override prefilter() {
    const seasons = triggerWords(SEASON_WORDS);
    return { words: seasons, maxLookBack: 14, anchor: { words: [...triggerWords(THIS_WORDS), ...SEASON_NOUNS, ...seasons], maxLookBack: 0 } };
  }

  innerPatternString(): string {
    return (
      `(?:(${THIS_PATTERN})\\s{1,3})?(?:${matchAnyPattern(SEASON_NOUNS)}\\s{1,3})?(${matchAnyPattern(SEASON_WORDS)})(?:` +
      // صيف 2019، صيف عام 2019، شتاء 2019-2020، صيف ألفين وتسعة
      `\\s{0,3}[,،]?\\s{0,3}${YEAR_OF}(?:${DATE_YEAR_NOUN_PATTERN}\\s{1,3})?(${YEAR_ANY_PATTERN})(?:\\s{0,2}[-/–]\\s{0,2}(${YEAR_NUMBER_PATTERN}|\\d{2}(?!\\d)))?` +
      // شتاء العام الماضي، صيف هذا العام
      `|\\s{1,3}${YEAR_OF}(?:${DATE_YEAR_NOUN_PATTERN})\\s{1,3}(${DATE_QUALIFIER_PATTERN})` +
      `|\\s{1,3}${YEAR_OF}(${THIS_PATTERN})\\s{1,3}(?:العام|السنة)` +
      // الصيف المقبل
      `|\\s{1,3}(${DATE_QUALIFIER_PATTERN})` +
      `)?`
    );
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray): ExtractedResult {
    const seasonText = match[SEASON_GROUP] ?? '';
    const season = SEASON_DICTIONARY[fold(seasonText)];
    if (season === undefined) return null;
    const ref = referenceDay(context);
    const hasArticle = fold(seasonText).startsWith('ال');
    let year: number | undefined;
    let relative = false;

    if (match[YEAR_GROUP] !== undefined) {
      year = parseYear(match[YEAR_GROUP]);
      if (year === undefined) return null;
      const secondText = match[SECOND_YEAR_GROUP];
      if (secondText !== undefined) {
        // `شتاء 2019-2020`: one winter across two years, named by both; other seasons do not span two.
        const second = secondText.length === 2 ? Math.floor(year / 100) * 100 + Number(secondText) : parseYearNumber(secondText);
        if (season !== 'winter' || second !== year + 1) return null;
        year = second;
      }
    } else if (match[YEAR_QUALIFIER_GROUP] !== undefined || match[THIS_YEAR_GROUP] !== undefined) {
      // the season of a year named relative to the reference
      const direction = match[THIS_YEAR_GROUP] !== undefined ? 0 : parseRelativeDirection(match[YEAR_QUALIFIER_GROUP]!);
      if (direction === undefined) return null;
      year = ref.year + direction;
      relative = true;
    } else {
      let direction = match[QUALIFIER_GROUP] !== undefined ? parseRelativeDirection(match[QUALIFIER_GROUP]) : undefined;
      // `الصيف المقبل` needs the article; `هذا الصيف`، `هذا صيف` too.
      if (direction !== undefined && !hasArticle) return null;
      if (direction === undefined && match[THIS_GROUP] !== undefined && hasArticle) direction = 0;
      if (direction === undefined) return null;
      year = yearOfSeason(ref, season, direction);
      relative = true;
    }
    if (match[THIS_GROUP] !== undefined && (!hasArticle || match[QUALIFIER_GROUP] !== undefined)) return null;

    const result = context.createParsingResult(match.index ?? 0, match[0]);
    const [from, to] = seasonDays(season, year);
    assignMonthInterval(result, from, to, !relative);
    if (relative) result.addTag(TAG_RELATIVE);
    result.addTag(precisionTag('range'));
    result.addTag(periodTag('season'));
    return result;
  }
}
