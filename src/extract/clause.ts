/**
 * The clause a date belongs to, and a short title made from it.
 *
 * News sentences chain several happenings ("X met in Istanbul on 27 February, and the
 * ministry said afterwards that ..."). The event a date phrase dates is told in the
 * clause around it, so titles, places, actors and types are taken from that clause, not
 * from the whole paragraph.
 */
import { normalizeArabic } from './normalize.ts';

export interface Span {
  start: number;
  end: number;
}

// Punctuation that closes a clause. A full stop only counts when it is not inside a number.
// Not after an abbreviation: `Feb. 18`, `U.S. and Russian delegations`, `Mr. Lavrov`.
const PUNCTUATION_BOUNDARY =
  /[،,؛;:!?؟"“”«»()\[\]]|(?<!\b(?:[A-Z]|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|No|Gen|Lt|Col|Sen|Rep|Gov|Inc|Ltd|Jr|Sr|vs))\.(?!\d)|\s[-–—]\s/g;

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

/** Every boundary position in the paragraph: [start of text, ..., end of text]. */
function boundaries(paragraph: string, language: 'ar' | 'en'): { at: number; after: number }[] {
  const cuts: { at: number; after: number }[] = [];
  for (const match of paragraph.matchAll(PUNCTUATION_BOUNDARY)) {
    cuts.push({ at: match.index, after: match.index + match[0].length });
  }
  if (language === 'ar') {
    // Connectors are matched on the normalized text and mapped back, so spelling variants count.
    const normalized = normalizeArabic(paragraph);
    for (const match of normalized.text.matchAll(ARABIC_CONNECTOR)) {
      const span = normalized.toOriginal(match.index, match.index + match[0].length);
      cuts.push({ at: span.start, after: span.start });
    }
  } else {
    for (const match of paragraph.matchAll(ENGLISH_CONNECTOR)) cuts.push({ at: match.index, after: match.index });
  }
  return cuts.sort((a, b) => a.at - b.at);
}

function contentWords(text: string): string[] {
  return text
    .split(/[\s\u00A0]+/)
    .map((word) => word.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((word) => word && !FUNCTION_WORDS.has(word.toLowerCase()) && !/^\p{N}+$/u.test(word));
}

/**
 * The clause of `paragraph` that contains the date phrase at [start, end).
 * A clause holding nothing but the date ("وفي الـ18 من شباط الماضي،") takes the clause
 * that follows it, where the happening is told.
 */
export function clauseAround(paragraph: string, mention: Span, language: 'ar' | 'en'): Span {
  const cuts = boundaries(paragraph, language).filter((cut) => cut.at <= mention.start || cut.at >= mention.end);
  let from = 0;
  let to = paragraph.length;
  let next: { at: number; after: number } | undefined;
  for (const cut of cuts) {
    if (cut.at <= mention.start) from = Math.max(from, cut.after);
    else if (cut.at >= mention.end && cut.at < to) {
      to = cut.at;
      next = cut;
    }
  }
  const outside = paragraph.slice(from, mention.start) + ' ' + paragraph.slice(mention.end, to);
  const outsideWords = contentWords(outside).length;
  // A date set off by a comma with nothing but a preposition before it in its clause (not a
  // conjunction: "وفي ..." opens a new clause), in a clause too short to
  // tell a happening ("استقبل X في بيروت، أمس الأربعاء، نائبة ..."، "استقبل X، أمس الأربعاء
  // بالرباط، وزير ...") is a parenthesis inside one sentence: the happening is told on both
  // sides. A fronted date ("وفي الـ18 من شباط، جرى") only looks ahead.
  const previous = [...cuts].reverse().find((cut) => cut.after === from && cut.at < mention.start);
  const lead = paragraph.slice(from, mention.start).trim();
  const parenthetical =
    previous !== undefined &&
    outsideWords <= PARENTHESIS_MAX_WORDS &&
    /^[،,]$/.test(paragraph.slice(previous.at, previous.after)) &&
    contentWords(lead).length === 0 &&
    !/^(?:و|ف(?!ي(?:\s|$))|and\b|but\b|then\b)/iu.test(lead);
  if (parenthetical) {
    // Back over short appositions set off by commas (", ناصر بوريطة,") to the clause with the verb.
    let at = previous.at;
    for (;;) {
      const before = cuts.filter((cut) => cut.after <= at).at(-1);
      const start = before ? before.after : 0;
      const piece = paragraph.slice(start, at);
      if (before && /^[،,]$/.test(paragraph.slice(before.at, before.after)) && contentWords(piece).length <= APPOSITION_MAX_WORDS) {
        at = before.at;
        continue;
      }
      from = start;
      break;
    }
  }
  if ((outsideWords === 0 || parenthetical) && next) {
    const following = cuts.find((cut) => cut.at > next!.at);
    to = following ? following.at : paragraph.length;
  }
  return { start: from, end: to };
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

/**
 * A short title from the clause: the date phrase and the preposition before it removed,
 * sentence openers dropped, at most twelve words.
 */
export function titleFromClause(paragraph: string, clause: Span, mention: Span, language: 'ar' | 'en'): string {
  let before = paragraph.slice(clause.start, mention.start);
  const after = paragraph.slice(mention.end, clause.end);
  // The preposition that introduces the date goes with it ("في الـ27 من شباط", "on 27 February").
  before = before.replace(language === 'ar' ? /(?:^|\s)(?:(?:و?في\s+)?وقت\s+(?:سابق|لاحق)\s+من|و?في|و?منذ|و?خلال|بتاريخ|يوم|ما)\s*$/u : /(?:^|\s)(?:on|in|since|during|at|between|from)\s*$/i, ' ');
  // The date taken out of "X، أمس الأربعاء، Y" leaves two commas side by side.
  let title = `${before} ${after}`.replace(/\s+/g, ' ').replace(/\s*([،,])(?:\s*[،,])*/g, '$1').trim();
  title = title.replace(/^[\s،,؛;:.\-–—]+|[\s،,؛;:.\-–—]+$/g, '');
  for (let previous = ''; previous !== title; ) {
    previous = title;
    title = language === 'ar' ? dropConjunction(title.replace(LEADING_FILLER, '').trim()) : title.replace(ENGLISH_FILLER, '').trim();
  }
  const words = title.split(' ').filter(Boolean);
  if (words.length > MAX_TITLE_WORDS) title = words.slice(0, MAX_TITLE_WORDS).join(' ') + '…';
  if (language === 'en' && title) title = title[0]!.toUpperCase() + title.slice(1);
  return title;
}
