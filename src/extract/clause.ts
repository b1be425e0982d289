/**
 * The clause a date belongs to, and a short title made from it.
 *
 * News sentences chain several happenings ("X met in Istanbul on 27 February, and the
 * ministry said afterwards that ..."). The event a date phrase dates is told in the
 * clause around it, so titles, places, actors and types are taken from that clause, not
 * from the whole paragraph.
 */
import type { ParagraphText } from './paragraph-text.ts';
import type { ClauseReading } from './description.ts';
import { NOT_AFTER_ABBREVIATION } from './abbreviations.ts';

export interface Span {
  start: number;
  end: number;
}

/** The index of the first of `spans` (in text order, not nested) that ends after `at`: those before it end by `at`. */
export function firstEndingAfter(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A clause of a paragraph. The mentions in one clause share one object (see clauseAround), so
 * what is read from a clause as a whole (its places, a figure it states) is read once.
 */
export class Clause implements Span {
  /** What description.ts reads from the clause as a whole (places, actors, cues), kept with it. */
  reading?: ClauseReading;
  /** Whether it states a figure (not-events.ts), kept with it. */
  statesFigure?: boolean;
  /** Whether it holds nothing but dates (not-events.ts isDateList), kept with it. */
  onlyDates?: boolean;
  /** Its head words and their title, by the number of words read (titleFromClause). */
  heads?: Map<number, ClauseHead>;

  constructor(
    readonly paragraph: ParagraphText,
    readonly start: number,
    readonly end: number,
  ) {}

  get text(): string {
    return this.paragraph.text.slice(this.start, this.end);
  }

  get normalized(): string {
    return this.paragraph.normalizedSlice(this.start, this.end);
  }
}

// Punctuation that closes a clause. A full stop only counts when it is not inside a number.
// Not after an abbreviation: `Feb. 18`, `U.S. and Russian delegations`, `Mr. Lavrov`.
const PUNCTUATION_BOUNDARY =
  new RegExp(`[،,؛;:!?؟"“”«»()\\[\\]]|${NOT_AFTER_ABBREVIATION}\\.(?!\\d)|\\s[-–—]\\s`, 'g');

// Words that open a new clause in Arabic news prose (matched on normalized text, after a space).
const ARABIC_CONNECTORS = [
  'فيما', 'بينما', 'كما', 'حيث', 'في حين', 'غير ان', 'الا ان', 'لكن', 'ولكن', 'وذلك', 'ما ادى', 'مما ادى',
  'واكد', 'واكدت', 'واعلن', 'واعلنت', 'واشار', 'واشارت', 'وقال', 'وقالت', 'وذكر', 'وذكرت', 'وصرح', 'وصرحت',
  'واضاف', 'واضافت', 'ولفت', 'ولفتت', 'وشدد', 'وشددت', 'وتابع', 'وتابعت', 'واوضح', 'واوضحت', 'وانها', 'وانه', 'وان',
];
const ENGLISH_CONNECTORS = ['while', 'whereas', 'but', 'although', 'which', 'and said', 'and added'];

function connectorPattern(words: string[], flags: string): RegExp {
  const alternatives = words
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/ /g, '\\s+'))
    .join('|');
  return new RegExp(`(?<=\\s)(?:${alternatives})(?=\\s)`, flags);
}
const ARABIC_CONNECTOR = connectorPattern(ARABIC_CONNECTORS, 'g');
// `since` opens a clause when a happening follows it (`since Russia's invasion of Ukraine in
// February 2022`), not when a date does (`since 2014`, `since March`).
const ENGLISH_CONNECTOR = new RegExp(
  `${connectorPattern(ENGLISH_CONNECTORS, 'gi').source}|(?<=\\s)since(?=\\s+(?!\\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b|then\\b|last\\b|early\\b|late\\b|mid))`,
  'gi',
);

/** Words that carry no event of their own: a clause made only of these and a date is a fronted adverbial. */
const FUNCTION_WORDS = new Set([
  'و', 'في', 'وفي', 'ف', 'منذ', 'ومنذ', 'خلال', 'وخلال', 'حتى', 'وحتى', 'مع', 'ومع', 'بعد', 'وبعد', 'قبل', 'وقبل',
  'ذلك', 'وذلك', 'تاريخ', 'بتاريخ', 'يوم', 'ويوم', 'من', 'وقت', 'سابق', 'لاحق',
  'on', 'in', 'at', 'since', 'during', 'and', 'the', 'by', 'of', 'earlier', 'later',
]);

/** A clause with at most this many words besides its date cannot tell a happening by itself. */
const PARENTHESIS_MAX_WORDS = 4;
/** A piece between commas this short is an apposition (a name, a title), not a clause. */
const APPOSITION_MAX_WORDS = 3;
/**
 * How many appositions a parenthetical date reaches back over. News names a person with a title
 * or two (", ناصر بوريطة، وزير الخارجية،"); a chain of short pieces between commas longer than
 * this is a list (of dates, of names), and walking it back for every date in it would make the
 * work grow with the square of its length.
 */
const MAX_APPOSITIONS = 6;

interface Cut {
  /** Where the boundary begins (the clause before it ends here). */
  at: number;
  /** Where the clause after it begins. */
  after: number;
}

/**
 * A paragraph's clause boundaries, found once for all its mentions: sorted by `at`, with
 * what each mention needs read by binary search rather than by a pass over every cut.
 */
export class Boundaries {
  readonly cuts: Cut[];
  /** furthestAfter[i]: the largest `after` among cuts[0..i]. */
  private readonly furthestAfter: number[];
  /** The longest boundary: a cut ending at x begins no earlier than x − widest. */
  private readonly widest: number;

  private readonly text: string;

  constructor(paragraph: ParagraphText) {
    const text = paragraph.text;
    this.text = text;
    const cuts: Cut[] = [];
    PUNCTUATION_BOUNDARY.lastIndex = 0;
    for (let match = PUNCTUATION_BOUNDARY.exec(text); match; match = PUNCTUATION_BOUNDARY.exec(text)) cuts.push({ at: match.index, after: match.index + match[0].length });
    if (paragraph.language === 'ar') {
      // Connectors are matched on the normalized text and mapped back, so spelling variants count.
      const normalized = paragraph.normalized;
      ARABIC_CONNECTOR.lastIndex = 0;
      for (let match = ARABIC_CONNECTOR.exec(normalized.text); match; match = ARABIC_CONNECTOR.exec(normalized.text)) {
        const span = normalized.toOriginal(match.index, match.index + match[0].length);
        cuts.push({ at: span.start, after: span.start });
      }
    } else {
      ENGLISH_CONNECTOR.lastIndex = 0;
      for (let match = ENGLISH_CONNECTOR.exec(text); match; match = ENGLISH_CONNECTOR.exec(text)) cuts.push({ at: match.index, after: match.index });
    }
    this.cuts = cuts.sort((a, b) => a.at - b.at);
    let furthest = 0;
    this.furthestAfter = this.cuts.map((cut) => (furthest = Math.max(furthest, cut.after)));
    this.widest = this.cuts.reduce((widest, cut) => Math.max(widest, cut.after - cut.at), 0);
  }

  /** The number of cuts with `at` ≤ offset (cuts[0..k) are they). */
  countUpTo(offset: number): number {
    let lo = 0;
    let hi = this.cuts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cuts[mid]!.at <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The largest `after` among the cuts with `at` ≤ offset, or 0. */
  furthestAfterUpTo(offset: number): number {
    const k = this.countUpTo(offset);
    return k ? this.furthestAfter[k - 1]! : 0;
  }

  /** The last cut (in order) with after ≤ offset: only cuts that straddle the offset lie between it and the end. */
  lastEndingBy(offset: number): Cut | undefined {
    for (let i = this.countUpTo(offset) - 1; i >= 0; i--) if (this.cuts[i]!.after <= offset) return this.cuts[i];
    return undefined;
  }

  /** The last cut (in order) with after = offset and at < limit. */
  lastEndingAt(offset: number, limit: number): Cut | undefined {
    for (let i = this.countUpTo(limit - 1) - 1; i >= 0 && this.cuts[i]!.at >= offset - this.widest; i--) {
      const cut = this.cuts[i]!;
      if (cut.after === offset) return cut;
    }
    return undefined;
  }

  /** The first cut (in order) with at ≥ offset. */
  firstFrom(offset: number): Cut | undefined {
    return this.cuts[this.countUpTo(offset - 1)];
  }

  private words?: ContentWords;
  /**
   * How many content words text[from, to) has, counted up to `limit`: read word by word (a few
   * words answer), and from the paragraph's running counts when the span is long and has few
   * content words (a clause of numbers and function words, asked again by each of its dates).
   */
  countContentWords(from: number, to: number, limit: number): number {
    const read = countContentWordsScanning(this.text, from, to, limit, SCAN_WORDS);
    if (read !== undefined) return read;
    this.words ??= new ContentWords(this.text);
    return this.words.count(from, to, limit);
  }

  private readonly clauses = new Map<string, Clause>();
  /** The one Clause object of this span. */
  clause(paragraph: ParagraphText, start: number, end: number): Clause {
    const key = `${start}:${end}`;
    let clause = this.clauses.get(key);
    if (!clause) this.clauses.set(key, (clause = new Clause(paragraph, start, end)));
    return clause;
  }
}

/**
 * The piece of its sentence before the comma that opens `clause` (paragraph offsets), or null when
 * no comma opens it: `المنعقدة بنواكشوط` after `خلال الدورة الأخيرة للجنة المشتركة،`.
 */
export function pieceBeforeComma(paragraph: ParagraphText, clause: Span): Span | null {
  const boundaries = boundariesOf(paragraph);
  const cut = boundaries.lastEndingAt(clause.start, clause.start + 1);
  if (!cut || !/^[،,]$/u.test(paragraph.text.slice(cut.at, cut.after))) return null;
  const start = boundaries.furthestAfterUpTo(cut.at - 1);
  return start < cut.at ? { start, end: cut.at } : null;
}

function boundariesOf(paragraph: ParagraphText): Boundaries {
  return (paragraph.boundaries ??= new Boundaries(paragraph));
}

const WORD = /[^\s\u00A0]+/g;

/** Whether a word (or the part of one inside a span) is a content word: letters, not a function word, not a number. */
function isContentWord(raw: string): boolean {
  // Most words are Arabic or ASCII letters and digits only: read without the Unicode regexes.
  let digitsOnly = true;
  let plain = true;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) continue;
    if ((code >= 0x0621 && code <= 0x064a) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) digitsOnly = false;
    else {
      plain = false;
      break;
    }
  }
  if (plain) return raw !== '' && !digitsOnly && !FUNCTION_WORDS.has(raw.toLowerCase());
  const word = raw.replace(/[^\p{L}\p{N}]/gu, '');
  return word !== '' && !FUNCTION_WORDS.has(word.toLowerCase()) && !/^\p{N}+$/u.test(word);
}

/**
 * A paragraph's words (runs of non-space), each marked content or not, with running counts: how
 * many content words lie in a span is read by binary search, not by a pass over the span (a
 * clause of numbers or function words has no content word to stop at, and every date in it asks).
 */
class ContentWords {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  /** before[i]: content words among words[0..i). */
  private readonly before: number[] = [0];

  constructor(private readonly text: string) {
    let count = 0;
    WORD.lastIndex = 0;
    for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
      this.starts.push(match.index);
      this.ends.push(match.index + match[0].length);
      if (isContentWord(match[0])) count++;
      this.before.push(count);
    }
  }

  /** The index of the first word starting at or after `offset`. */
  private firstFrom(offset: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * What countContentWordsScanning(text, start, end, limit) gives: the words of text[start, end),
   * a word cut by either end counted by its part inside.
   */
  count(start: number, end: number, limit: number): number {
    if (end <= start || limit <= 0) return 0;
    const text = this.text;
    let count = 0;
    let i = this.firstFrom(start);
    // A word that begins before `start` and reaches past it: its part from `start` on.
    if (i > 0 && this.ends[i - 1]! > start) {
      if (isContentWord(text.slice(start, Math.min(this.ends[i - 1]!, end)))) count++;
    }
    // Whole words, then the one that `end` cuts.
    let j = this.firstFrom(end) - 1;
    if (j >= i && this.ends[j]! > end) {
      if (isContentWord(text.slice(this.starts[j]!, end))) count++;
      j--;
    }
    if (j >= i) count += this.before[j + 1]! - this.before[i]!;
    return Math.min(count, limit);
  }
}

/** Words read one by one before a count is taken from the paragraph's running counts instead. */
const SCAN_WORDS = 32;

/**
 * How many content words `text[start, end)` has, counted up to `limit` by reading the words one
 * by one (ContentWords answers the same from its counts; the tests compare the two); undefined
 * when `maxWords` words were read without an answer.
 */
export function countContentWordsScanning(text: string, start: number, end: number, limit: number, maxWords = Infinity): number | undefined {
  let count = 0;
  let words = 0;
  WORD.lastIndex = start;
  for (let match = WORD.exec(text); match && match.index < end && count < limit; match = WORD.exec(text)) {
    if (++words > maxWords) return undefined;
    if (isContentWord(match[0].slice(0, end - match.index))) count++;
  }
  return count;
}

/** How many content words `text[start, end)` has, counted up to `limit` (through the paragraph's counts). */
export function countContentWords(paragraph: ParagraphText, start: number, end: number, limit: number): number {
  return boundariesOf(paragraph).countContentWords(start, end, limit);
}

/** A piece that opens with a preposition of place (`في`، `بـ`، "in", "at") says where, not what happened. */
const LOCATIVE_LEAD = /^(?:في\s|ب(?=\S{3})|in\s|at\s)/iu;
/** The most words (a place's name) such a piece has before its date. */
const LOCATIVE_MAX_WORDS = 2;

/**
 * The clause of the paragraph that contains the date phrase at [start, end).
 * A clause holding nothing but the date ("وفي الـ18 من شباط الماضي،") takes the clause
 * that follows it, where the happening is told.
 */
export function clauseAround(paragraph: ParagraphText, mention: Span): Clause {
  const text = paragraph.text;
  const boundaries = boundariesOf(paragraph);
  // Cuts inside the mention do not count.
  let from = boundaries.furthestAfterUpTo(mention.start);
  const next = boundaries.firstFrom(mention.end);
  let to = next ? next.at : text.length;
  const outsideWords =
    boundaries.countContentWords(from, mention.start, PARENTHESIS_MAX_WORDS + 1) +
    boundaries.countContentWords(mention.end, to, PARENTHESIS_MAX_WORDS + 1);
  // A date set off by a comma with nothing but a preposition before it in its clause (not a
  // conjunction: "وفي ..." opens a new clause), in a clause too short to
  // tell a happening ("استقبل X في بيروت، أمس الأربعاء، نائبة ..."، "استقبل X، أمس الأربعاء
  // بالرباط، وزير ...") is a parenthesis inside one sentence: the happening is told on both
  // sides. A fronted date ("وفي الـ18 من شباط، جرى") only looks ahead.
  const previous = boundaries.lastEndingAt(from, mention.start);
  const lead = () => text.slice(from, mention.start).trim();
  const parenthetical =
    previous !== undefined &&
    outsideWords <= PARENTHESIS_MAX_WORDS &&
    /^[،,]$/.test(text.slice(previous.at, previous.after)) &&
    (boundaries.countContentWords(from, mention.start, 1) === 0 ||
      // or only where (`، في الرياض اليوم،`، ", in Riyadh on Monday,")
      (LOCATIVE_LEAD.test(lead()) && boundaries.countContentWords(from, mention.start, LOCATIVE_MAX_WORDS + 1) <= LOCATIVE_MAX_WORDS)) &&
    !/^(?:و|ف(?!ي(?:\s|$))|and\b|but\b|then\b)/iu.test(lead());
  if (parenthetical) {
    // Back over short appositions set off by commas (", ناصر بوريطة,") to the clause with the verb.
    let at = previous.at;
    for (let appositions = 0; ; appositions++) {
      const before = boundaries.lastEndingBy(at);
      const start = before ? before.after : 0;
      if (
        appositions < MAX_APPOSITIONS &&
        before &&
        /^[،,]$/.test(text.slice(before.at, before.after)) &&
        boundaries.countContentWords(start, at, APPOSITION_MAX_WORDS + 1) <= APPOSITION_MAX_WORDS
      ) {
        at = before.at;
        continue;
      }
      from = start;
      break;
    }
  }
  if ((outsideWords === 0 || parenthetical) && next) {
    const following = boundaries.firstFrom(next.at + 1);
    to = following ? following.at : text.length;
  }
  return boundaries.clause(paragraph, from, to);
}

// Openers that belong to the sentence, not to the happening ("وكان الجانبان عقدا" → "الجانبان عقدا",
// "يذكر أن العلاقات شهدت" → "العلاقات شهدت").
const LEADING_FILLER = /^(?:(?:و|ف)?(?:كان|كانت|قد|في|منذ|مع|خلال|بعد|قبل|خاصة|ذلك|حيث|كما|اما|أما|إذ|اذ|ثم|لقد|فيما|بينما|أن|إن|يذكر\s+أن|يشار\s+إلى\s+أن|علما\s+أن)\s+)+/u;
// Words that begin with the letter و as part of the word, not as the conjunction "and".
const WAW_WORDS = /^(?:وزير|وزيرة|وزارة|وزراء|وفد|وفود|وكالة|وقف|واشنطن|ولاية|ولايات|وثيقة|وحدة|وحدات|وضع|وصول|وجود|ورقة|وسط|وطني|وطنية|وساطة|وسيط|وقائع|وادي|واقع|وارسو|ولي|وعد|وعود|وكيل|وصف)/u;

function dropConjunction(title: string): string {
  if (!title.startsWith('و') || title.startsWith('و ')) return title;
  return WAW_WORDS.test(title) || title.split(' ')[0]!.length < 4 ? title : title.slice(1);
}
const ENGLISH_FILLER = /^(?:(?:and|but|on|in|since|after|before|meanwhile|also|then|earlier|later)[\s,]+)+/i;

const MAX_TITLE_WORDS = 12;

/** Words of the clause read on each side of the date for its title (a title keeps twelve; openers dropped before them take some). */
const TITLE_READ_WORDS = 64;
/**
 * When openers eat into those, the words read again on each side: enough for any sentence, and
 * a bound on the work for a clause of thousands of openers (whose title would then be the one
 * these words give).
 */
const TITLE_FALLBACK_WORDS = 256;
/** The words next to the cut that reading fewer words can change: a preposition of up to five words, a comma joined to a word. */
const TITLE_CUT_MARGIN = 7;

/** text[from, to) up to the end of its `count`th word, and whether that is all of it. */
function headWords(text: string, from: number, to: number, count: number): { text: string; whole: boolean } {
  WORD.lastIndex = from;
  let end = from;
  for (let i = 0; i < count; i++) {
    const match = WORD.exec(text);
    if (!match || match.index >= to) return { text: text.slice(from, to), whole: true };
    end = match.index + match[0].length;
  }
  const next = WORD.exec(text);
  if (!next || next.index >= to || end >= to) return { text: text.slice(from, to), whole: true };
  return { text: text.slice(from, end), whole: false };
}

/**
 * The title from the clause's text before and after the date, and how many words it has. Its
 * words are separated by single spaces, with none at either end (every run of white space is
 * made one space, and the ends are trimmed after anything is dropped from them), so they are
 * counted and cut at spaces rather than split into a list: a title is composed from up to a
 * hundred and twenty-eight words for the twelve it keeps.
 */
function composeTitle(before: string, after: string, language: 'ar' | 'en'): { title: string; wordCount: number } {
  // The preposition that introduces the date goes with it ("في الـ27 من شباط", "on 27 February").
  // So does "the period" before a range (`خلال الفترة من 21 إلى 25`، "in the period from …").
  before = before.replace(
    language === 'ar'
      ? /(?:^|\s)(?:(?:و?في\s+)?وقت\s+(?:سابق|لاحق)\s+من|و?(?:في|خلال)\s+الفتر[ةه](?:\s+الممتد[ةه])?|و?في|و?منذ|و?خلال|بتاريخ|يوم|ما)\s*$/u
      : /(?:^|\s)(?:(?:in|during|over)\s+the\s+period|(?:(?:on|in|during|over|at|from|by|since|throughout|for)\s+)?(?:the|this|that)|on|in|since|during|at|between|from|over|throughout)\s*$/i,
    ' ',
  );
  // The date taken out of "X، أمس الأربعاء، Y" leaves two commas side by side.
  let title = `${before} ${after}`.replace(/\s+/g, ' ').replace(/\s*([،,])(?:\s*[،,])*/g, '$1').trim();
  title = title.replace(/^[\s،,؛;:.\-–—]+|[\s،,؛;:.\-–—]+$/g, '');
  title = dropOpeners(title, language);
  let wordCount = title ? 1 : 0;
  for (let space = title.indexOf(' '); space >= 0; space = title.indexOf(' ', space + 1)) wordCount++;
  return { title, wordCount };
}

/** A composed title cut after its first MAX_TITLE_WORDS words (it has more), marked as cut. */
function shortenedTitle(title: string): string {
  let end = -1;
  for (let i = 0; i < MAX_TITLE_WORDS; i++) end = title.indexOf(' ', end + 1);
  return `${title.slice(0, end)}…`;
}

/** Text without the sentence's openers before its happening (`وكان`، `يذكر أن`، "and", "meanwhile"), as often as they repeat. */
export function dropOpeners(text: string, language: 'ar' | 'en'): string {
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = language === 'ar' ? dropConjunction(text.replace(LEADING_FILLER, '').trim()) : text.replace(ENGLISH_FILLER, '').trim();
  }
  return text;
}

/**
 * A short title from the clause: the date phrase and the preposition before it removed,
 * sentence openers dropped, at most twelve words.
 *
 * Only the first words on each side are read: composing drops and joins words (openers, a
 * preposition, commas) but never moves a word forward past more than it dropped, so when the
 * twelfth kept word stands well before the cut, the whole clause would give the same title.
 * Otherwise (a clause of openers) it is composed again from up to TITLE_FALLBACK_WORDS on each
 * side, the whole clause in any real sentence. `readWords`: Infinity reads the whole clause every
 * time (the oracle in the tests); `fallbackWords` bounds the second reading.
 */
export function titleFromClause(
  paragraph: ParagraphText,
  clause: Span,
  mention: Span,
  readWords = TITLE_READ_WORDS,
  fallbackWords = TITLE_FALLBACK_WORDS,
): string {
  const language = paragraph.language;
  const text = paragraph.text;
  // A date past the first `readWords` words of its clause reads those same words before it: when
  // they alone give a title with words to spare, that is its title, read once for the clause.
  // (Words take two characters at least, with their space: nearer the start, no date is past them.)
  if (mention.start - clause.start > 2 * readWords) {
    const head = clauseHead(paragraph, clause, readWords);
    if (mention.start > head.next && head.title !== null) return head.title;
  }
  const before = headWords(text, clause.start, mention.start, readWords);
  const after = headWords(text, mention.end, clause.end, readWords);
  let { title, wordCount } = composeTitle(before.text, after.text, language);
  if (!before.whole || !after.whole) {
    const read = countWords(`${before.text} ${after.text}`);
    const dropped = read - wordCount;
    if (wordCount <= MAX_TITLE_WORDS || MAX_TITLE_WORDS + dropped > readWords - TITLE_CUT_MARGIN) {
      const limit = Math.max(readWords, fallbackWords);
      ({ title, wordCount } = composeTitle(headWords(text, clause.start, mention.start, limit).text, headWords(text, mention.end, clause.end, limit).text, language));
    }
  }
  return finishTitle(wordCount > MAX_TITLE_WORDS ? shortenedTitle(title) : title, language);
}

function finishTitle(title: string, language: 'ar' | 'en'): string {
  return language === 'en' && title ? title[0]!.toUpperCase() + title.slice(1) : title;
}

/**
 * Words the title keeps past its twelfth beyond which nothing after them can change those twelve:
 * the preposition taken with the date (up to five words) and commas joined at the cut.
 */
const TITLE_HEAD_MARGIN = 8;

export interface ClauseHead {
  /** Where the clause's `readWords`th word starts the next one: a date after it reads exactly the first `readWords` words before it. */
  next: number;
  /** The title of every such date, when those words give one with TITLE_HEAD_MARGIN words to spare; else null. */
  title: string | null;
}

/** Heads of clauses given as plain spans (a Clause keeps its own). */
const SPAN_HEADS = new WeakMap<Span, Map<number, ClauseHead>>();
/** The first `readWords` words of a clause, and the title they give whatever follows them (once per clause). */
function clauseHead(paragraph: ParagraphText, clause: Span, readWords: number): ClauseHead {
  let heads = clause instanceof Clause ? clause.heads : SPAN_HEADS.get(clause);
  if (!heads) {
    heads = new Map();
    if (clause instanceof Clause) clause.heads = heads;
    else SPAN_HEADS.set(clause, heads);
  }
  let head = heads.get(readWords);
  if (head) return head;
  const text = paragraph.text;
  head = { next: Infinity, title: null };
  WORD.lastIndex = clause.start;
  let end = clause.start;
  let i = 0;
  // Words past the clause's end never come before one of its dates: a clause of fewer words has no head.
  for (let match = WORD.exec(text); match && i < readWords && match.index < clause.end; match = i < readWords ? WORD.exec(text) : null) {
    end = match.index + match[0].length;
    i++;
  }
  const next = i === readWords ? WORD.exec(text) : null;
  if (next && next.index < clause.end) {
    head.next = next.index;
    const { title, wordCount } = composeTitle(text.slice(clause.start, end), '', paragraph.language);
    if (wordCount >= MAX_TITLE_WORDS + TITLE_HEAD_MARGIN) head.title = finishTitle(shortenedTitle(title), paragraph.language);
  }
  heads.set(readWords, head);
  return head;
}

/**
 * A clause told by its own words, for a date whose clause has nothing left once the date and
 * openers are taken out (`وكان ذلك في 3 آذار`): the clause as written, up to TITLE_FALLBACK_WORDS.
 */
export function clauseAsTitle(paragraph: ParagraphText, clause: Span): string {
  const head = headWords(paragraph.text, clause.start, clause.end, TITLE_FALLBACK_WORDS);
  return head.whole ? head.text.trim() : `${head.text.trim()}…`;
}

function countWords(text: string): number {
  let count = 0;
  for (WORD.lastIndex = 0; WORD.exec(text); ) count++;
  return count;
}
