/**
 * Dictionaries and small parse helpers for the Arabic locale, shaped like chrono's
 * `locales/<lang>/constants.ts`.
 *
 * Parsers run on the NORMALIZED text (see src/extract/normalize.ts: أ/إ/آ → ا, ى → ي,
 * ة → ه, no tatweel or diacritics, ASCII digits), so every dictionary is written in its
 * natural spelling and folded with the same normalizer when the module loads. Keys are
 * stored without spaces, so `كانون الثاني`, `كانون  الثاني` and `كانون2` find the same entry.
 *
 * The patterns built from the dictionaries (with pattern.ts) use only bounded repetition (`\s{0,3}`, `\d{1,4}`): the
 * input is whole articles, and an unbounded `\s*` next to another one would make a long
 * run of spaces quadratic.
 */
import { normalizeArabic } from '../../normalize.ts';
import { alternationTree, matchAnyPattern, spellingPatterns, triggerWords } from './pattern.ts';

// Small patterns used on every match, made once.
const ONE_OR_TWO_DIGITS = /^\d{1,2}$/;
const ONE_TO_THREE_DIGITS = /^\d{1,3}$/;
const DIGITS_1_4 = /\d{1,4}/;
const A_DIGIT = /\d/;
const SPACE_OR_WAW = /\s|و/;
const LEADING_WAW = /^و/;
const LEADING_ARTICLE = /^ال\s{0,2}/;

const normalizeCache = new Map<string, string>();
/**
 * The normalized form of a short matched text (memoized: the parsers call it on every match,
 * and the words repeat).
 */
export function normalizeWord(text: string): string {
  let normalized = normalizeCache.get(text);
  if (normalized === undefined) {
    normalized = normalizeArabic(text).text;
    if (normalizeCache.size > 20_000) normalizeCache.clear();
    normalizeCache.set(text, normalized);
  }
  return normalized;
}

const foldCache = new Map<string, string>();
/** Spelling-insensitive form of a dictionary key or matched text: normalized, without spaces. */
export function fold(text: string): string {
  let folded = foldCache.get(text);
  if (folded === undefined) {
    folded = normalizeWord(text).replace(/\s+/g, '');
    // matched words repeat (month names, قبل، اليوم); a text of unbounded variety must not grow the cache forever
    if (foldCache.size > 20_000) foldCache.clear();
    foldCache.set(text, folded);
  }
  return folded;
}

/** A dictionary keyed by the folded form of each spelling (see {@link fold}). */
export function foldDictionary<T>(entries: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [word, value] of Object.entries(entries)) out[fold(word)] = value;
  return out;
}

function lookup<T>(dictionary: Record<string, T>, text: string): T | undefined {
  return dictionary[fold(text)];
}

// ---------------------------------------------------------------------------------------------
// Weekdays

const WEEKDAY_SPELLINGS: Record<string, number> = {
  'الأحد': 0,
  'الإثنين': 1,
  'الاثنين': 1,
  'الثلاثاء': 2,
  'الثلاثا': 2,
  'الأربعاء': 3,
  'الأربعا': 3,
  'الخميس': 4,
  'الجمعة': 5,
  'السبت': 6,
};
export const WEEKDAY_DICTIONARY = foldDictionary(WEEKDAY_SPELLINGS);
export const WEEKDAY_PATTERN = matchAnyPattern(Object.keys(WEEKDAY_SPELLINGS));
export const WEEKDAY_TRIGGER_WORDS = triggerWords(Object.keys(WEEKDAY_SPELLINGS));
export function parseWeekday(text: string): number | undefined {
  return lookup(WEEKDAY_DICTIONARY, text);
}

// ---------------------------------------------------------------------------------------------
// Gregorian months: every naming system used in Arabic news

/** Levantine and Iraqi (Syriac-derived) names, with the Iraqi numbered forms. */
const LEVANTINE_MONTHS: Record<string, number> = {
  'كانون الثاني': 1, 'كانون ثاني': 1, 'كانون 2': 1,
  'شباط': 2,
  'آذار': 3,
  'نيسان': 4,
  'أيار': 5,
  'حزيران': 6,
  'تموز': 7,
  'آب': 8,
  'أيلول': 9,
  'تشرين الأول': 10, 'تشرين أول': 10, 'تشرين 1': 10,
  'تشرين الثاني': 11, 'تشرين ثاني': 11, 'تشرين 2': 11,
  'كانون الأول': 12, 'كانون أول': 12, 'كانون 1': 12,
};

/** Egyptian and Gulf transliterations of the Latin names, with their common variants. */
const EGYPTIAN_MONTHS: Record<string, number> = {
  'يناير': 1, 'ينايِر': 1,
  'فبراير': 2,
  'مارس': 3,
  'أبريل': 4, 'إبريل': 4, 'ابريل': 4, 'أبرِيل': 4,
  'مايو': 5, 'مايّو': 5,
  'يونيو': 6, 'يونيه': 6, 'يونيوه': 6,
  'يوليو': 7, 'يوليه': 7,
  'أغسطس': 8, 'اغسطس': 8, 'أغسطوس': 8,
  'سبتمبر': 9, 'سپتمبر': 9,
  'أكتوبر': 10, 'اكتوبر': 10, 'أوكتوبر': 10,
  'نوفمبر': 11, 'نوڤمبر': 11,
  'ديسمبر': 12, 'دیسمبر': 12,
};

/** Algerian and Tunisian (French-derived) names. */
const MAGHREBI_MONTHS: Record<string, number> = {
  'جانفي': 1,
  'فيفري': 2,
  'أفريل': 4,
  'ماي': 5,
  'جوان': 6,
  'جويلية': 7, 'جويلة': 7,
  'أوت': 8,
  'سبتمبر': 9,
  'أكتوبر': 10,
  'نوفمبر': 11,
  'ديسمبر': 12,
};

/** Moroccan (Spanish/French-derived) names. */
const MOROCCAN_MONTHS: Record<string, number> = {
  'يوليوز': 7,
  'غشت': 8,
  'شتنبر': 9,
  'نونبر': 11,
  'دجنبر': 12,
};

const MONTH_SPELLINGS: Record<string, number> = {
  ...LEVANTINE_MONTHS,
  ...EGYPTIAN_MONTHS,
  ...MAGHREBI_MONTHS,
  ...MOROCCAN_MONTHS,
};

export const MONTH_DICTIONARY = foldDictionary(MONTH_SPELLINGS);
export const MONTH_NAME_PATTERN = matchAnyPattern(Object.keys(MONTH_SPELLINGS));
export const MONTH_TRIGGER_WORDS = triggerWords(Object.keys(MONTH_SPELLINGS));

/**
 * A month as news agencies write it, possibly doubled in a second system to be understood
 * everywhere: `شباط/فبراير`, `شباط (فبراير)`, `14 يوليو (تموز)`. Captures the first name;
 * the second is checked in {@link parseMonthName}.
 */
export const MONTH_PATTERN =
  `(${MONTH_NAME_PATTERN}(?:\\s{0,2}(?:/|\\\\|-|–)\\s{0,2}${MONTH_NAME_PATTERN}|\\s{0,2}\\(\\s{0,2}${MONTH_NAME_PATTERN}\\s{0,2}\\))?)`;

const MONTH_NAME_REGEX = new RegExp(MONTH_NAME_PATTERN, 'gu');

/**
 * The month number of a (possibly doubled) month name; undefined when the two names
 * disagree (`شباط/مارس` is not a month, it is a mistake or a list).
 */
export function parseMonthName(text: string): number | undefined {
  const names = normalizeWord(text).match(MONTH_NAME_REGEX) ?? [];
  let month: number | undefined;
  for (const name of names) {
    const value = lookup(MONTH_DICTIONARY, name);
    if (value === undefined) return undefined;
    if (month !== undefined && value !== month) return undefined;
    month = value;
  }
  return month;
}

/**
 * Month names that are also common words or names, read only with strong date context
 * (a day number, a year, or a cue such as شهر): مارس "he practised", نيسان the car maker,
 * آب/أب "father", ماي, تموز (a god's name in literature), أيار.
 */
export const AMBIGUOUS_MONTH_NAMES = new Set(['مارس', 'نيسان', 'اب', 'ماي', 'تموز', 'ايار'].map(fold));

/**
 * Words that, right before a month name, make it a name rather than a date:
 * `سيارة نيسان`, `شركة نيسان`, `مجموعة نيسان`.
 */
export const MONTH_AS_NAME_BEFORE = new RegExp(
  `(?:${matchAnyPattern(['سيارة', 'سيارات', 'شركة', 'شركات', 'مجموعة', 'مصنع', 'طراز', 'ماركة', 'علامة', 'وكيل', 'وكالة'])})\\s{1,3}$`,
  'u',
);

/**
 * Words that, right before `14 آذار`, make the date the name of a movement, not a
 * date: `قوى 14 آذار`, `تحالف 8 آذار`, `حركة 20 فبراير`, `شباب 6 أبريل`.
 */
export const DATE_AS_NAME_BEFORE = new RegExp(
  `(?:${matchAnyPattern(['قوى', 'قوي', 'تحالف', 'حركة', 'تيار', 'فريق', 'ائتلاف', 'جماعة', 'كتلة', 'شباب', 'معسكر', 'جبهة', 'حزب', 'ساحة', 'شارع', 'ميدان', 'جسر', 'مدينة', 'حي', 'مستشفى', 'ملعب', 'نادي', 'مدرسة', 'جامعة'])})\\s{1,3}$`,
  'u',
);

// ---------------------------------------------------------------------------------------------
// Hijri months

const HIJRI_MONTH_SPELLINGS: Record<string, number> = {
  'محرم': 1, 'المحرم': 1,
  'صفر': 2,
  'ربيع الأول': 3, 'ربيع أول': 3, 'ربيع الاول': 3,
  'ربيع الثاني': 4, 'ربيع ثاني': 4, 'ربيع الآخر': 4, 'ربيع آخر': 4,
  'جمادى الأولى': 5, 'جمادى الأول': 5, 'جمادى أولى': 5, 'جمادى الاولى': 5,
  'جمادى الآخرة': 6, 'جمادى الثانية': 6, 'جمادى الآخر': 6, 'جمادى الثاني': 6, 'جمادى آخرة': 6,
  'رجب': 7,
  'شعبان': 8,
  'رمضان': 9,
  'شوال': 10,
  'ذو القعدة': 11, 'ذي القعدة': 11, 'ذا القعدة': 11, 'ذو القعده': 11,
  'ذو الحجة': 12, 'ذي الحجة': 12, 'ذا الحجة': 12,
};
export const HIJRI_MONTH_DICTIONARY = foldDictionary(HIJRI_MONTH_SPELLINGS);
export const HIJRI_MONTH_PATTERN = matchAnyPattern(Object.keys(HIJRI_MONTH_SPELLINGS));
export function parseHijriMonth(text: string): number | undefined {
  return lookup(HIJRI_MONTH_DICTIONARY, text);
}
/** The era marker after a Hijri year: هـ, ه, هجري, هجرية, للهجرة. */
export const HIJRI_ERA_PATTERN = matchAnyPattern(['هـ', 'ه', 'هجري', 'هجرية', 'للهجرة', 'هجريا']);

// ---------------------------------------------------------------------------------------------
// Day numbers: digits (already ASCII after normalization) and ordinal words

const UNIT_ORDINALS_MASCULINE = ['', 'الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع'];
const UNIT_ORDINALS_FEMININE = ['', 'الأولى', 'الثانية', 'الثالثة', 'الرابعة', 'الخامسة', 'السادسة', 'السابعة', 'الثامنة', 'التاسعة'];

function buildOrdinalDays(): Record<string, number> {
  // فاتح: Moroccan for the first of a month (فاتح ماي، فاتح يوليوز).
  const words: Record<string, number> = { 'أول': 1, 'فاتح': 1, 'العاشر': 10, 'العاشرة': 10 };
  for (let n = 1; n <= 9; n++) {
    words[UNIT_ORDINALS_MASCULINE[n]!] = n;
    words[UNIT_ORDINALS_FEMININE[n]!] = n;
  }
  // In compounds "first" is الحادي/الحادية (الحادي عشر، الحادي والعشرون), sometimes الواحد.
  const compoundMasculine = ['', 'الحادي', ...UNIT_ORDINALS_MASCULINE.slice(2)];
  const compoundFeminine = ['', 'الحادية', ...UNIT_ORDINALS_FEMININE.slice(2)];
  for (let n = 1; n <= 9; n++) {
    words[`${compoundMasculine[n]} عشر`] = 10 + n;
    words[`${compoundFeminine[n]} عشرة`] = 10 + n;
    words[`${compoundFeminine[n]} عشر`] = 10 + n;
  }
  for (const [tens, forms] of [
    [20, ['العشرين', 'العشرون']],
    [30, ['الثلاثين', 'الثلاثون']],
  ] as const) {
    for (const form of forms) {
      words[form] = tens;
      const maxUnit = tens === 30 ? 1 : 9;
      for (let n = 1; n <= maxUnit; n++) {
        words[`${compoundMasculine[n]} و${form}`] = tens + n;
        words[`${compoundFeminine[n]} و${form}`] = tens + n;
        if (n === 1) {
          words[`الواحد و${form}`] = tens + 1;
          words[`الواحدة و${form}`] = tens + 1;
        }
      }
    }
  }
  return words;
}

const ORDINAL_DAY_SPELLINGS = buildOrdinalDays();
export const ORDINAL_DAY_DICTIONARY = foldDictionary(ORDINAL_DAY_SPELLINGS);
// "و" may stand apart from the tens word: الحادي و العشرين.
/** Each ordinal day spelling's pattern, longest first. */
export const ORDINAL_DAY_PATTERNS = spellingPatterns(Object.keys(ORDINAL_DAY_SPELLINGS)).map((p) => p.replace(/و(العشر|الثلاث)/g, 'و\\s{0,2}$1'));
export const ORDINAL_DAY_PATTERN = alternationTree(ORDINAL_DAY_PATTERNS);

/** For a prefilter: where a day of the month in digits starts (1–2 digits, not part of a longer number). */
export const DAY_DIGITS_TRIGGER = '(?<!\\d)\\d{1,2}(?!\\d)';

/** A day of the month: 1–2 digits (not part of a longer number), or an ordinal word. */
export const DAY_NUMBER_PATTERN = `(?:(?<![\\d.,/])\\d{1,2}(?![\\d]|[.,]\\d)|${ORDINAL_DAY_PATTERN})`;

/** What may stand between a day number and its month: `27 شباط`، `27-شباط`، `27 من شباط`. */
export const DAY_MONTH_GAP = '\\s{0,3}(?:[-/.]\\s{0,2})?(?:من\\s{1,3})?';

/** What stands between a day number and a relative month: `20 من الشهر المقبل`، `15 الشهر المقبل`. */
export const DAY_RELATIVE_MONTH_GAP = '\\s{1,3}(?:من\\s{1,3})?';

/**
 * A day number in digits ending the text before a match, then `gap`: where a day parser rejected
 * the day (`31 حزيران 2020`), the month or period after it is not read alone either.
 */
export function dayDigitsBefore(gap: string): RegExp {
  return new RegExp(`(?<!\\d)\\d{1,2}${gap}$`, 'u');
}

export function parseDayNumber(text: string): number | undefined {
  const clean = text.trim();
  if (ONE_OR_TWO_DIGITS.test(clean)) return parseInt(clean, 10);
  return lookup(ORDINAL_DAY_DICTIONARY, clean);
}

// ---------------------------------------------------------------------------------------------
// Years

/** The Gregorian era markers written after a year: 2022م، 2022 م، 2022 ميلادي. */
export const YEAR_SUFFIX_PATTERN = `(?:\\s{0,2}(?:م(?![\\p{L}])|ميلادي(?:ه|ا)?(?![\\p{L}])))`;

/**
 * A four-digit year between 1000 and 2199, not part of a longer number (99999 is not a
 * year) and not a decimal or a phone number fragment.
 */
export const YEAR_NUMBER_PATTERN = `(?<!\\d|\\d[.,])(?:1\\d{3}|2[01]\\d{2})(?![\\d]|[.,/]\\d)`;

export const MIN_YEAR = 1000;
export const MAX_YEAR = 2199;

/** For a prefilter: where a year in digits (1000–2199, not part of a longer number) starts. */
export const YEAR_DIGITS_TRIGGER = '(?<!\\d)(?:1\\d{3}|2[01]\\d{2})(?!\\d)';

export function parseYearNumber(text: string): number | undefined {
  const m = DIGITS_1_4.exec(text);
  if (!m) return undefined;
  const year = parseInt(m[0], 10);
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : undefined;
}

/**
 * The nouns before the year of a date or a part of one: `أكتوبر من عام 2023`، `منتصف عام 2023`.
 */
const DATE_YEAR_NOUNS = ['عام', 'العام', 'سنة', 'السنة'];
export const DATE_YEAR_NOUN_PATTERN = matchAnyPattern(DATE_YEAR_NOUNS);

/** The nouns that introduce a year standing alone: عام 2022، العام 1952، سنة 2011، في العام الحالي 2025. */
// للعام is ل + العام with the alef elided; لعام is ل + عام and the boundary already takes the ل.
export const YEAR_NOUN_WORDS = [...DATE_YEAR_NOUNS, 'للعام', 'للسنة'];
export const YEAR_NOUN_PATTERN = matchAnyPattern(YEAR_NOUN_WORDS);

// ---------------------------------------------------------------------------------------------
// Context around a match

/**
 * A fraction right before an ordinal: `النصف الثاني من الشهر` is the month's second half
 * (ARPeriodPartParser's when the month is named or qualified), never its second day.
 */
export const FRACTION_BEFORE = /(?:^|[^\p{L}])[وفبل]?(?:ال)?(?:نصف|ثلث|ربع)\s{1,3}$/u;

/** في right before a match (with a proclitic و/ف): a number after it is a date only with more cues. */
export const FI_BEFORE = /(?:^|[^\p{L}])[وف]?في\s{1,3}$/u;

/**
 * After a distance: `قبل يومين من الهجوم`، `بعد أسبوع على الحادثة` count from an event of the
 * story, not from the reference.
 */
export const FROM_EVENT_AFTER = /^\s{1,3}(?:من|علي)\s/u;

// ---------------------------------------------------------------------------------------------
// Relative words

/** Words after a day, month, week or year that place it relative to the reference date. */
const RELATIVE_DIRECTION_SPELLINGS: Record<string, -1 | 0 | 1> = {
  'الماضي': -1, 'الماضية': -1, 'المنصرم': -1, 'المنصرمة': -1, 'الفائت': -1, 'الفائتة': -1, 'السابق': -1, 'السابقة': -1, 'المنقضي': -1,
  // Tunisian and Algerian: الفارط، الفارطة ("gone by").
  'الفارط': -1, 'الفارطة': -1,
  'المقبل': 1, 'المقبلة': 1, 'القادم': 1, 'القادمة': 1, 'التالي': 1, 'التالية': 1, 'الآتي': 1, 'الآتية': 1,
  'الجاري': 0, 'الجارية': 0, 'الحالي': 0, 'الحالية': 0,
};
export const RELATIVE_DIRECTION_DICTIONARY = foldDictionary(RELATIVE_DIRECTION_SPELLINGS);
export const RELATIVE_DIRECTION_PATTERN = matchAnyPattern(Object.keys(RELATIVE_DIRECTION_SPELLINGS));
/** Only the qualifiers that can follow a calendar date (`27 شباط الماضي`), not التالي/السابق. */
export const DATE_QUALIFIER_PATTERN = matchAnyPattern([
  'الماضي', 'المنصرم', 'الفائت', 'الفارط', 'المقبل', 'القادم', 'الجاري', 'الحالي',
]);
export function parseRelativeDirection(text: string): -1 | 0 | 1 | undefined {
  return lookup(RELATIVE_DIRECTION_DICTIONARY, text);
}

/** The demonstrative that means "this": هذا العام، هذه السنة، هذا الأسبوع. */
export const THIS_WORDS = ['هذا', 'هذه'];
export const THIS_PATTERN = matchAnyPattern(THIS_WORDS);

// ---------------------------------------------------------------------------------------------
// Time units for "N units ago"

export type DateUnit = 'day' | 'week' | 'month' | 'year';

const TIME_UNIT_SPELLINGS: Record<string, DateUnit> = {
  'يوم': 'day', 'يوما': 'day', 'يوماً': 'day', 'أيام': 'day',
  'أسبوع': 'week', 'أسبوعا': 'week', 'أسبوعاً': 'week', 'أسابيع': 'week',
  'شهر': 'month', 'شهرا': 'month', 'شهراً': 'month', 'أشهر': 'month', 'شهور': 'month',
  'سنة': 'year', 'سنوات': 'year', 'سنين': 'year', 'عام': 'year', 'عاما': 'year', 'عاماً': 'year', 'أعوام': 'year',
};
const DUAL_TIME_UNIT_SPELLINGS: Record<string, DateUnit> = {
  'يومين': 'day', 'يومان': 'day',
  'أسبوعين': 'week', 'أسبوعان': 'week',
  'شهرين': 'month', 'شهران': 'month',
  'عامين': 'year', 'عامان': 'year', 'سنتين': 'year', 'سنتان': 'year',
};
export const TIME_UNIT_DICTIONARY = foldDictionary(TIME_UNIT_SPELLINGS);
export const DUAL_TIME_UNIT_DICTIONARY = foldDictionary(DUAL_TIME_UNIT_SPELLINGS);
export const TIME_UNIT_PATTERN = matchAnyPattern(Object.keys(TIME_UNIT_SPELLINGS));
export const DUAL_TIME_UNIT_PATTERN = matchAnyPattern(Object.keys(DUAL_TIME_UNIT_SPELLINGS));
export const TIME_UNIT_TRIGGER_WORDS = triggerWords([...Object.keys(TIME_UNIT_SPELLINGS), ...Object.keys(DUAL_TIME_UNIT_SPELLINGS)]);

const COUNT_WORD_SPELLINGS: Record<string, number> = {
  'ثلاثة': 3, 'ثلاث': 3, 'أربعة': 4, 'أربع': 4, 'خمسة': 5, 'خمس': 5, 'ستة': 6, 'ست': 6,
  'سبعة': 7, 'سبع': 7, 'ثمانية': 8, 'ثماني': 8, 'ثمان': 8, 'تسعة': 9, 'تسع': 9, 'عشرة': 10, 'عشر': 10,
  // "a few": read as three, the smallest count the plural allows.
  'بضعة': 3, 'بضع': 3, 'عدة': 3,
};
export const COUNT_WORD_DICTIONARY = foldDictionary(COUNT_WORD_SPELLINGS);
export const COUNT_WORD_PATTERN = matchAnyPattern(Object.keys(COUNT_WORD_SPELLINGS));
export const COUNT_WORD_TRIGGER_WORDS = triggerWords(Object.keys(COUNT_WORD_SPELLINGS));

export function parseTimeUnit(text: string): DateUnit | undefined {
  return lookup(TIME_UNIT_DICTIONARY, text);
}
export function parseDualTimeUnit(text: string): DateUnit | undefined {
  return lookup(DUAL_TIME_UNIT_DICTIONARY, text);
}
export function parseCount(text: string): number | undefined {
  const clean = text.trim();
  if (ONE_TO_THREE_DIGITS.test(clean)) return parseInt(clean, 10);
  return lookup(COUNT_WORD_DICTIONARY, clean);
}

// ---------------------------------------------------------------------------------------------
// Cardinal numbers in words: days (`واحد وعشرين مايو`، `الجمعة في خمسة عشر`) and years
// (`ألفين`، `ألفان وثمانية عشر`، `ألف وتسعمائة وثمانية وسبعون`)

const CARDINAL_UNIT_SPELLINGS: Record<string, number> = {
  'واحد': 1, 'واحدة': 1, 'أحد': 1, 'إحدى': 1,
  'اثنان': 2, 'اثنين': 2, 'اثنا': 2, 'اثني': 2, 'اثنتان': 2, 'اثنتين': 2, 'اثنتا': 2, 'اثنتي': 2,
  'ثلاثة': 3, 'ثلاث': 3, 'أربعة': 4, 'أربع': 4, 'خمسة': 5, 'خمس': 5, 'ستة': 6, 'ست': 6,
  'سبعة': 7, 'سبع': 7, 'ثمانية': 8, 'ثماني': 8, 'ثمان': 8, 'تسعة': 9, 'تسع': 9,
};
const CARDINAL_TEN_SPELLINGS: Record<string, number> = { 'عشرة': 10, 'عشر': 10 };
const CARDINAL_TENS_SPELLINGS: Record<string, number> = {
  'عشرون': 20, 'عشرين': 20, 'ثلاثون': 30, 'ثلاثين': 30, 'أربعون': 40, 'أربعين': 40, 'خمسون': 50, 'خمسين': 50,
  'ستون': 60, 'ستين': 60, 'سبعون': 70, 'سبعين': 70, 'ثمانون': 80, 'ثمانين': 80, 'تسعون': 90, 'تسعين': 90,
};
const CARDINAL_HUNDRED_SPELLINGS: Record<string, number> = { 'مائة': 100, 'مئة': 100, 'مائتان': 200, 'مائتين': 200, 'مئتان': 200, 'مئتين': 200 };
for (const [unit, n] of [['ثلاث', 3], ['أربع', 4], ['خمس', 5], ['ست', 6], ['سبع', 7], ['ثمان', 8], ['ثماني', 8], ['تسع', 9]] as const) {
  CARDINAL_HUNDRED_SPELLINGS[`${unit}مائة`] = n * 100;
  CARDINAL_HUNDRED_SPELLINGS[`${unit}مئة`] = n * 100;
  CARDINAL_HUNDRED_SPELLINGS[`${unit} مائة`] = n * 100;
  CARDINAL_HUNDRED_SPELLINGS[`${unit} مئة`] = n * 100;
}
const CARDINAL_THOUSAND_SPELLINGS: Record<string, number> = { 'ألف': 1000, 'ألفين': 2000, 'ألفان': 2000, 'ألفا': 2000 };

const CARDINAL_WORDS = foldDictionary({
  ...CARDINAL_UNIT_SPELLINGS,
  ...CARDINAL_TEN_SPELLINGS,
  ...CARDINAL_TENS_SPELLINGS,
  ...CARDINAL_HUNDRED_SPELLINGS,
  ...CARDINAL_THOUSAND_SPELLINGS,
});

const UNIT_WORD = matchAnyPattern(Object.keys(CARDINAL_UNIT_SPELLINGS));
const TEN_WORD = matchAnyPattern(Object.keys(CARDINAL_TEN_SPELLINGS));
const TENS_WORD = matchAnyPattern(Object.keys(CARDINAL_TENS_SPELLINGS));
const HUNDRED_WORD = matchAnyPattern(Object.keys(CARDINAL_HUNDRED_SPELLINGS));
const AND = `\\s{0,2}و\\s{0,2}`;
/** 1–99 in words: `تسعة`، `خمسة عشر`، `واحد وعشرين`، `عشرون`. */
const BELOW_HUNDRED_WORDS = `(?:${UNIT_WORD}(?:\\s{1,2}${TEN_WORD}|${AND}${TENS_WORD})?|${TEN_WORD}|${TENS_WORD})`;

/** A day of the month in cardinal words, 1–31 (checked when parsed). */
export const CARDINAL_DAY_PATTERN = `(?:${BELOW_HUNDRED_WORDS})`;

/**
 * A year in words, 1000–2199: a thousands word followed by hundreds and/or 1–99, joined by و.
 * `ألف` alone is "a thousand", never a year, and so is a number followed by a noun; both are
 * left to the caller (see {@link YEAR_WORDS_END}).
 */
const TWO_THOUSAND_WORD = matchAnyPattern(['ألفين', 'ألفان', 'ألفا']);
export const YEAR_WORDS_PATTERN =
  `(?:${TWO_THOUSAND_WORD}(?:${AND}${HUNDRED_WORD})?(?:${AND}${BELOW_HUNDRED_WORDS})?` +
  `|الف(?:${AND}${HUNDRED_WORD}(?:${AND}${BELOW_HUNDRED_WORDS})?|${AND}${BELOW_HUNDRED_WORDS}))`;
/** After a year in words: the end of the clause or an era marker, not a counted noun (`ألفين شخص`). */
export const YEAR_WORDS_END = `(?=\\s{0,3}(?:$|[^\\p{L}\\p{N}\\s]|م(?![\\p{L}])|ميلادي))`;

/** The value of a number written in words (sum of its parts; a unit before عشر is a teen). */
export function parseCardinalWords(text: string): number | undefined {
  const tokens = normalizeWord(text).trim().split(/\s+/);
  // و joins the parts; split it off where it is glued to the next word (وثمانية), but not in واحد.
  const words: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let t = tokens[i]!;
    if (t === 'و') continue;
    if (t.startsWith('و') && CARDINAL_WORDS[fold(t)] === undefined && CARDINAL_WORDS[fold(t.slice(1))] !== undefined) t = t.slice(1);
    // `ثلاث مائة` written in two words
    if (i + 1 < tokens.length && CARDINAL_WORDS[fold(t + tokens[i + 1]!)] !== undefined && /^م/.test(tokens[i + 1]!)) {
      t = t + tokens[++i]!;
    }
    words.push(t);
  }
  let total = 0;
  for (let i = 0; i < words.length; i++) {
    const value = CARDINAL_WORDS[fold(words[i]!)];
    if (value === undefined) return undefined;
    const next = words[i + 1];
    if (value < 10 && next !== undefined && CARDINAL_WORDS[fold(next)] === 10 && fold(next).startsWith('عشر')) {
      total += value + 10;
      i++;
    } else total += value;
  }
  return words.length > 0 ? total : undefined;
}

/** A year in digits or words; undefined when outside 1000–2199 or `ألف` alone. */
export function parseYear(text: string): number | undefined {
  if (A_DIGIT.test(text)) return parseYearNumber(text);
  const clean = normalizeWord(text).trim();
  if (clean === 'الف') return undefined;
  const year = parseCardinalWords(clean);
  return year !== undefined && year >= MIN_YEAR && year <= MAX_YEAR ? year : undefined;
}

/** Unit words that stand only in a teen (أحد عشر، اثنا عشر), never alone. */
const TEEN_ONLY_UNITS = new Set(['احد', 'احدي', 'اثنا', 'اثني', 'اثنتا', 'اثنتي']);

/** A day of the month in digits, ordinal words or cardinal words. */
export function parseAnyDayNumber(text: string): number | undefined {
  const clean = normalizeWord(text).trim();
  const ordinal = parseDayNumber(clean);
  if (ordinal !== undefined) return ordinal;
  // One word with the article is a weekday or a noun (الأحد، الاثنين، الخمسة), not a day.
  if (!SPACE_OR_WAW.test(clean.replace(LEADING_WAW, '')) && (clean.startsWith('ال') || TEEN_ONLY_UNITS.has(clean))) return undefined;
  const day = parseCardinalWords(clean.replace(LEADING_ARTICLE, ''));
  return day !== undefined && day >= 1 && day <= 31 ? day : undefined;
}

/** A year in digits (with its era marker) or in words, for the year slot after a date. */
export const YEAR_ANY_PATTERN = `(?:${YEAR_NUMBER_PATTERN}${YEAR_SUFFIX_PATTERN}?|${YEAR_WORDS_PATTERN}${YEAR_WORDS_END})`;

// ---------------------------------------------------------------------------------------------
// A year a period belongs to: `من العام 2024`، `لعام 2024`، `2024`، `من العام الماضي`، `من هذا
// العام`، and `من العام` alone, which in news is the current year (`الربع الأول من العام`).

/** The preposition between a part and its year: `من`، `في`، a glued `ل`, or a comma. */
export const YEAR_REFERENCE_LINK = `(?:\\s{0,3}[,،]?\\s{0,3}(?:(?:من|في)\\s{1,3}|ل(?=ل?(?:عام|سنه|\\d)))?|\\s{1,3})`;

/**
 * The year itself (no capture groups: a caller captures it whole and reads it with
 * {@link parseYearReference}). The fiscal year (`السنة المالية`) is another year.
 */
export const YEAR_REFERENCE_PATTERN =
  `(?:(?:${YEAR_NOUN_PATTERN})\\s{1,3})?${YEAR_ANY_PATTERN}` +
  `|(?:(?:${THIS_PATTERN})\\s{1,3})?(?:${YEAR_NOUN_PATTERN})(?:\\s{1,3}(?:${RELATIVE_DIRECTION_PATTERN}))?(?!\\s{1,3}(?:الماليه|المالي|الدراسي|الدراسيه))`;

const YEAR_ANY_REGEX = new RegExp(YEAR_ANY_PATTERN, 'u');
const RELATIVE_DIRECTION_REGEX = new RegExp(`(?<![\\p{L}])(?:${RELATIVE_DIRECTION_PATTERN})(?![\\p{L}])`, 'u');

/** The year a {@link YEAR_REFERENCE_PATTERN} match names, and whether it is relative to the reference year. */
export function parseYearReference(text: string, referenceYear: number): { year: number; relative: boolean } | undefined {
  const normalized = normalizeWord(text);
  const stated = YEAR_ANY_REGEX.exec(normalized);
  if (stated) {
    const year = parseYear(stated[0]);
    return year === undefined ? undefined : { year, relative: false };
  }
  const qualifier = RELATIVE_DIRECTION_REGEX.exec(normalized);
  const direction = qualifier ? parseRelativeDirection(qualifier[0]) : 0;
  return direction === undefined ? undefined : { year: referenceYear + direction, relative: true };
}
