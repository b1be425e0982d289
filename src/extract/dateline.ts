/**
 * The lines that say where and when an article was written or published, in the layouts news
 * pages use: a dateline on a line of its own (`عمّان - 3 يناير 2024`، `12 فبراير 2024 - الرباط`،
 * `Manama, December 14, 2025`) or heading the lead (`دمشق، 12 آذار 2025 (سانا) -`، `رام الله
 * 19-11-2025 وفا-`، `AMMAN, Jan 3 (Reuters) -`، `PORT SUDAN —`), a publication line (`نشر في: 8
 * أكتوبر 2023 - 14:32`، `الخميس 26 جويلية 2012`، `By Reuters Staff | Oct. 8, 2023`, `Published 14
 * May 2023`) and an update line (`آخر تحديث: …`, `Updated …`). None of them tells a happening.
 *
 * A line is read as a run of pieces: date mentions, places, an agency, a time, a weekday, a
 * label, a byline, separators. A line standing alone is a date line when it is made of those
 * pieces only; a paragraph's lead is a dateline when they run from its start up to a dash.
 * Pieces are matched on the normalized text (one spelling per letter, ASCII digits).
 */
import type { Dateline, PublishedFrom } from '../events/schema.ts';
import { scriptLanguage, type Language } from './article-mentions.ts';
import { findDateMentions } from './dates/index.ts';
import type { DateMention } from './dates/types.ts';
import { findPlaces, placeById, type Place, type PlaceMatch } from './gazetteer/index.ts';
import { normalizeArabic, type NormalizedText } from './normalize.ts';

export type DateLineKind = 'dateline' | 'publication' | 'update';

export interface DateLine {
  kind: DateLineKind;
  /** [start, end) in the paragraph: a line standing alone (or its part from one label to the next), or the head of a lead up to its dash. */
  start: number;
  end: number;
  /** The whole day it states (not a relative or partial date): what can stand in for a publication date. */
  day: DateMention | null;
  /** The place it names (a dateline's city), when the gazetteer knows it. */
  place: PlaceMatch | null;
  /** The place as written: the gazetteer's match, or a wire dateline's capitals (`PORT SUDAN`). */
  placeText: string | null;
}

/** A line standing alone longer than this is prose, not a date line. */
const LINE_MAX_LENGTH = 140;
/** A lead's dateline ends within this many characters of the paragraph's start. */
const LEAD_MAX_LENGTH = 90;
/** Words of a byline that are none of the pieces: the name (`By Staff Writer |`). */
const BYLINE_NAME_WORDS = 4;
/** What may follow a line's last dash or colon: an agency or reporter (`مسقط - العُمانية`، `عدن - خاص`). */
const TAIL_MAX_WORDS = 3;
const TAIL_MAX_LENGTH = 32;
/** How far past a lead's longest head its dates are read, so that one running over the edge is whole. */
const LEAD_DATE_ROOM = 120;
/** The legacy lead: at most this many words before a date that a dash follows. */
const LEAD_MAX_WORDS_BEFORE = 3;

type PieceKind =
  | 'date' | 'shortDate' | 'place' | 'capitals' | 'agency' | 'agencyWord' | 'time' | 'weekday' | 'era'
  | 'published' | 'updated' | 'byline' | 'on' | 'dash' | 'separator' | 'word';

interface Piece {
  kind: PieceKind;
  /** Offsets in the normalized text. */
  start: number;
  end: number;
  mention?: DateMention;
  place?: PlaceMatch;
}

const END_OF_WORD = String.raw`(?![\p{L}\p{N}])`;
const sticky = (source: string, flags = 'iu') => new RegExp(source, `${flags}y`);

const AGENCY = sticky(String.raw`\([^()\n]{1,40}\)|«[^«»\n]{1,40}»|/\s{0,2}[^/\n\d]{1,24}?\s{0,2}/`);
const TIME = sticky(
  String.raw`\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s{0,2}(?:ص|م|صباحا|مساء|ظهرا|am|pm|a\.m\.|p\.m\.)${END_OF_WORD})?` +
    String.raw`(?:\s{0,2}(?:gmt|utc|bst|cet|cest|eet|eest|est|edt|cst|cdt|pst|pdt|ast|msk|ت\s?غ|بتوقيت(?:\s{1,2}[^\s\d|،,()-]{2,12}){1,2})(?:\s{0,2}[+-]\s{0,2}\d{1,2}(?::?\d{2})?)?${END_OF_WORD})?`,
);
const WEEKDAY = sticky(
  String.raw`(?:يوم\s{1,3})?(?:ال)?(?:احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت)${END_OF_WORD}|` +
    String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?${END_OF_WORD}`,
);
/** After a date: هـ، م، AH. */
const ERA = sticky(String.raw`(?:ه|م|ah|ad|ce)\.?${END_OF_WORD}`);
const PUBLISHED = sticky(
  String.raw`(?:(?:(?:تم\s{1,3})?(?:نشر|النشر|منشور)(?:\s{1,3}(?:بتاريخ|في|يوم))?|تاريخ\s{1,3}(?:النشر|الخبر|المقال)|بتاريخ|التاريخ)` +
    String.raw`|(?:first\s{1,3})?(?:published|posted|released|issued)(?:\s{1,3}(?:on|at))?|date)${END_OF_WORD}`,
);
const UPDATED = sticky(
  String.raw`(?:(?:(?:اخر|تم)\s{1,3})?(?:تحديث|التحديث|تعديل|التعديل)(?:\s{1,3}(?:في|بتاريخ))?|محدث(?:\s{1,3}في)?` +
    String.raw`|(?:last\s{1,3})?(?:updated|update|modified|edited)(?:\s{1,3}(?:on|at))?)${END_OF_WORD}`,
);
const BYLINE = sticky(String.raw`(?:(?:reporting|written|story)\s{1,3}by|by|بقلم|كتب|كتبت|كتبه|تقرير|اعداد|تحرير)${END_OF_WORD}\s{0,2}:?`);
/** Between a city and its date: `المنامة في 14 ديسمبر`، `يوم 3 مارس`. */
const ON = sticky(String.raw`(?:في|يوم|on)${END_OF_WORD}`);
/** A day and a month in figures, as a wire writes it without the year (`الكويت - 10 - 2 (كونا)`). */
const SHORT_DATE = sticky(String.raw`\d{1,2}\s{0,2}[-/]\s{0,2}\d{1,2}(?!\d|\s{0,2}[-/.]\s{0,2}\d)`);
/** A wire dateline's city in capitals: `PORT SUDAN —`, `KHARTOUM, Sudan`. */
const CAPITALS = sticky(String.raw`[A-Z][A-Z'’.-]+(?:\s{1,2}[A-Z][A-Z'’.-]+){0,3}(?![\p{L}])`, 'u');
/** An agency's short name glued to the lead's dash: `19-11-2025 وفا- استقبل`. */
const AGENCY_WORD = sticky(String.raw`[^\s\d()«»\-–—:،,|]{2,15}(?:\s[^\s\d()«»\-–—:،,|]{2,15})?(?=\s{0,2}[-–—])`);
const DASH = sticky(String.raw`[-–—−‐]{1,3}`);
const SEPARATOR = sticky(String.raw`[|•·:،,؛;.\/]`);
const WORD = sticky(String.raw`[^\s\d|•·:،,؛;\-–—]+`);
const SPACE = /\s/u;

const after = (...kinds: PieceKind[]) => (before: readonly Piece[]) => kinds.includes(before.at(-1)?.kind as PieceKind);
/** The pieces found by a pattern, in the order they are tried, with where they may stand (none: anywhere). */
const PATTERNED_PIECES: [PieceKind, RegExp, ((before: readonly Piece[]) => boolean)?][] = [
  ['agency', AGENCY],
  ['time', TIME],
  ['updated', UPDATED],
  ['published', PUBLISHED],
  ['byline', BYLINE],
  ['weekday', WEEKDAY],
  ['era', ERA, after('date')],
  ['shortDate', SHORT_DATE, after('dash', 'place')],
  ['capitals', CAPITALS, (before) => before.length === 0 || (before.length === 1 && before[0]!.kind === 'weekday')],
  // after the date, or after a slash that follows it (`طهران/ 11 آذار/ مارس/ إرنا –`)
  ['agencyWord', AGENCY_WORD, (before) => after('date', 'shortDate')(before) || (after('separator')(before) && after('date', 'shortDate')(before.slice(0, -1)))],
  ['on', ON],
  ['dash', DASH],
  ['separator', SEPARATOR],
];

/** A paragraph (or a line of a page) with its mentions and places, in normalized offsets. */
class LineText {
  readonly normalized: NormalizedText;
  readonly text: string;
  /** The date mentions, in text order (original offsets). */
  readonly mentions: DateMention[];
  private readonly mentionAt = new Map<number, DateMention>();
  private readonly placeAt = new Map<number, PlaceMatch>();

  constructor(
    readonly original: string,
    mentions: DateMention[],
    /** The places, in text order (original offsets). */
    readonly places: PlaceMatch[],
  ) {
    this.normalized = normalizeArabic(original);
    this.text = this.normalized.text;
    this.mentions = [...mentions].sort((a, b) => a.start - b.start);
    for (const mention of mentions) this.mentionAt.set(this.normalized.toNormalized(mention.start), mention);
    for (const place of places) this.placeAt.set(this.normalized.toNormalized(place.start), place);
  }

  skipSpaces(at: number): number {
    while (at < this.text.length && SPACE.test(this.text[at]!)) at++;
    return at;
  }

  match(pattern: RegExp, at: number): number | null {
    pattern.lastIndex = at;
    return pattern.exec(this.text) ? pattern.lastIndex : null;
  }

  /** The piece at `at`, given the pieces before it; null when none is there. */
  pieceAt(at: number, before: readonly Piece[]): Piece | null {
    const mention = this.mentionAt.get(at);
    if (mention) return { kind: 'date', start: at, end: this.normalized.toNormalized(mention.end), mention };
    const place = this.placeAt.get(at);
    if (place) return { kind: 'place', start: at, end: this.normalized.toNormalized(place.end), place };
    for (const [kind, pattern, allowed] of PATTERNED_PIECES) {
      if (allowed && !allowed(before)) continue;
      const end = this.match(pattern, at);
      if (end !== null && end > at) return { kind, start: at, end };
    }
    return null;
  }

  /** Whether a date mention stands in normalized [start, end) (`(الأحد الماضي)` is no agency). */
  hasMentionIn(start: number, end: number): boolean {
    const span = this.normalized.toOriginal(start, end);
    return this.mentions.some((mention) => mention.start < span.end && span.start < mention.end);
  }

  /** The original span of normalized [start, end). */
  originalSpan(start: number, end: number): { start: number; end: number } {
    return this.normalized.toOriginal(start, end);
  }
}

const isWholeDay = (mention: DateMention | undefined): mention is DateMention =>
  Boolean(mention && mention.precision === 'day' && mention.startDate && mention.certainty === 'stated' && !mention.relative);

/** Pieces from `at` while there are any; after `By`, `بقلم`, a name's few words are let through. */
function scanPieces(line: LineText, at: number, loose: boolean): { pieces: Piece[]; stop: number } {
  const pieces: Piece[] = [];
  let budget = 0;
  at = line.skipSpaces(at);
  while (at < line.text.length) {
    let piece = line.pieceAt(at, pieces);
    // after `By`, a name; after `Published`, where (`Published in Dawn, March 7th, 2025`)
    if (piece?.kind === 'byline' || piece?.kind === 'published') budget = BYLINE_NAME_WORDS;
    else if (piece && piece.kind !== 'word') budget = 0;
    if (!piece && loose && budget > 0) {
      const end = line.match(WORD, at);
      if (end !== null && end > at) {
        piece = { kind: 'word', start: at, end };
        budget--;
      }
    }
    if (!piece) break;
    pieces.push(piece);
    at = line.skipSpaces(piece.end);
  }
  return { pieces, stop: at };
}

/** An agency or a reporter's name (`العُمانية`، `خاص`، `علي بردى`): a few words without figures. */
function isTail(text: string): boolean {
  const rest = text.trim();
  return rest.length > 0 && rest.length <= TAIL_MAX_LENGTH && !/\d/.test(rest) && rest.split(/\s+/).length <= TAIL_MAX_WORDS;
}

/** The most words an agency's name takes right after a dateline's date, with no dash between (`… 2024 م واس`). */
const BARE_AGENCY_WORDS = 2;

/**
 * The rest of a line after its last dash or colon, when it is an agency or a reporter's name;
 * or right after the date of a line that starts with its city, an agency's short name with no
 * dash at all (SPA's `الرياض 10 جمادى الآخرة 1446 هـ الموافق 11 ديسمبر 2024 م واس`).
 */
function tailWords(line: LineText, at: number, pieces: Piece[]): Piece | null {
  const last = pieces.at(-1);
  if (!last) return null;
  const rest = line.text.slice(at);
  const marked = last.kind === 'dash' || (last.kind === 'separator' && line.text[last.start] === ':');
  const afterDate =
    (last.kind === 'date' || last.kind === 'era' || last.kind === 'shortDate') &&
    (pieces[0]!.kind === 'place' || pieces[0]!.kind === 'capitals') &&
    rest.trim().split(/\s+/).length <= BARE_AGENCY_WORDS;
  if (!marked && !afterDate) return null;
  return isTail(rest) ? { kind: 'word', start: at, end: line.text.length } : null;
}

/**
 * A dateline names a city: `الكويت`، `تونس`، `الجزائر` there is the capital that bears the
 * country's name (`مدينة الكويت`، `Kuwait City`), not the country.
 */
function datelineCity(match: PlaceMatch): PlaceMatch {
  const capital: Place | undefined = match.place.kind === 'country' && match.place.capital ? placeById(match.place.capital) : undefined;
  if (!capital) return match;
  const named = capital.arNames.some((name) => name === `مدينة ${match.text}` || name === `${match.text} العاصمة`) || capital.enNames.includes(`${match.text} City`);
  return named ? { ...match, place: capital } : match;
}

function toDateLine(line: LineText, kind: DateLineKind, pieces: Piece[], start: number, end: number): DateLine {
  const span = line.originalSpan(start, end);
  const found = pieces.find((piece) => piece.kind === 'place')?.place;
  const place = found ? datelineCity(found) : null;
  const capitals = pieces.find((piece) => piece.kind === 'capitals');
  const capitalsSpan = capitals ? line.originalSpan(capitals.start, capitals.end) : null;
  const capitalsText = capitalsSpan ? line.original.slice(capitalsSpan.start, capitalsSpan.end) : null;
  return {
    kind,
    start: span.start,
    end: span.end,
    day: pieces.map((piece) => piece.mention).find(isWholeDay) ?? null,
    place,
    placeText: place?.text ?? capitalsText,
  };
}

/**
 * A line standing alone (a paragraph, or a line of a saved page outside its text) read as date
 * lines: one per part, a part running from a label to the next (`نشر في: … | آخر تحديث: …`).
 * `bareDates`: whether a line of dates alone (`الخميس 26 جويلية 2012`) or a city and its source
 * alone (`مسقط - العُمانية`) counts: under the headline they date and place the article, further
 * down they may be a chronology's or a section's heading.
 */
function readLineAlone(line: LineText, bareDates: boolean): DateLine[] {
  if (line.original.length > LINE_MAX_LENGTH) return [];
  const { pieces, stop } = scanPieces(line, 0, true);
  if (stop < line.text.length) {
    const tail = tailWords(line, stop, pieces);
    if (!tail) return [];
    pieces.push(tail);
  }
  const kinds = new Set(pieces.map((piece) => piece.kind));
  const stated = pieces.some((piece) => piece.kind === 'shortDate' || (piece.kind === 'date' && !piece.mention!.relative));
  const city = kinds.has('place') || kinds.has('capitals');
  const framed = ['published', 'updated', 'byline', 'agency', 'time'].some((kind) => kinds.has(kind as PieceKind));
  // `مسقط - العُمانية`، `واشنطن: علي بردى`: a city and who reports from it.
  const cityAndSource = bareDates && city && (pieces[0]!.kind === 'place' || pieces[0]!.kind === 'capitals') && kinds.has('word') && (kinds.has('dash') || kinds.has('separator'));
  // `ISTANBUL`: a wire's city in capitals on a line of its own under the headline.
  const only = pieces.length === 1 ? pieces[0]! : undefined;
  const wireCity = bareDates && (only?.kind === 'place' || only?.kind === 'capitals') && /^[A-Z][A-Z .'’-]+$/.test(line.original.trim());
  if (!(stated && (city || framed || bareDates)) && !cityAndSource && !wireCity) return [];

  // Parts: each label opens one; a part without a date or a place says nothing.
  const parts: Piece[][] = [[]];
  for (const piece of pieces) {
    if ((piece.kind === 'published' || piece.kind === 'updated') && parts.at(-1)!.some((p) => p.kind === 'date' || p.kind === 'published' || p.kind === 'updated')) parts.push([]);
    parts.at(-1)!.push(piece);
  }
  const lines: DateLine[] = [];
  parts.forEach((part, i) => {
    const hasDate = part.some((piece) => piece.kind === 'date' || piece.kind === 'shortDate');
    const hasPlace = part.some((piece) => piece.kind === 'place' || piece.kind === 'capitals');
    if (!hasDate && !hasPlace) return;
    const kind: DateLineKind = part.some((piece) => piece.kind === 'updated')
      ? 'update'
      : part.some((piece) => piece.kind === 'published' || piece.kind === 'byline') || !hasPlace
        ? 'publication'
        : 'dateline';
    const start = i === 0 ? 0 : part[0]!.start;
    const end = i === parts.length - 1 ? line.text.length : parts[i + 1]![0]!.start;
    lines.push(toDateLine(line, kind, part, start, end));
  });
  return lines;
}

/** Pieces a lead's dateline is made of (labels and bylines are not: they stand on lines of their own). */
const LEAD_PIECES = new Set<PieceKind>(['weekday', 'place', 'capitals', 'separator', 'on', 'date', 'era', 'time', 'shortDate', 'agency', 'agencyWord', 'dash']);

/**
 * The dateline heading a paragraph: a city (after a weekday, perhaps), then perhaps its
 * country, a date, a time and an agency, up to the last dash (or a colon after the city or
 * agency, or a `/ وام /` agency) before the prose, or with no dash an agency in brackets right
 * after the date (Xinhua's `بكين 10 مارس 2025 (شينخوا) قال …`). Or, as wires also write it, a date with at
 * most three words before it and a dash after it (`سانا، 12 آذار 2025 (…) -`).
 */
function readLead(line: LineText, bareDate: ReadDateLinesOptions['bareDate']): DateLine | null {
  const { pieces } = scanPieces(line, 0, false);
  let head: Piece[] = [];
  for (const piece of pieces) {
    if (!LEAD_PIECES.has(piece.kind) || piece.start > LEAD_MAX_LENGTH) break;
    head.push(piece);
  }
  const first = head.find((piece) => piece.kind !== 'weekday');
  if (first && (first.kind === 'place' || first.kind === 'capitals')) {
    // The head ends at its last dash, colon (after the city or the agency) or slashed agency.
    let end = -1;
    head.forEach((piece, i) => {
      const previous = head[i - 1]?.kind;
      const colon = piece.kind === 'separator' && line.text[piece.start] === ':' && (previous === 'place' || previous === 'capitals' || previous === 'agency');
      const slashed = piece.kind === 'agency' && line.text[piece.start] === '/';
      // `بكين 10 مارس 2025 (شينخوا) قال …`: an agency in brackets right after the date, no dash.
      const bracketed =
        piece.kind === 'agency' && line.text[piece.start] === '(' && (previous === 'date' || previous === 'era' || previous === 'shortDate' || previous === 'time') && !line.hasMentionIn(piece.start, piece.end);
      if (piece.kind === 'dash' || colon || slashed || bracketed) end = i;
    });
    head = head.slice(0, end + 1);
    // `إيران - الولايات المتحدة: …` pairs two places in a kicker; a dateline names one city.
    const paired = head.some((piece, i) => piece.kind === 'dash' && head[i - 1]?.kind === 'place' && head[i + 1]?.kind === 'place');
    const after = paired ? undefined : head.at(-1);
    // Prose follows a lead's dateline; an agency or a name alone after it is a line standing alone.
    if (after && after !== first && line.skipSpaces(after.end) < line.text.length && !isTail(line.text.slice(after.end))) {
      return toDateLine(line, 'dateline', head, 0, after.end);
    }
  }
  return legacyLead(line, bareDate);
}

const WORD_BEFORE = /\S+/g;
const DASH_AFTER = /^\s*(?:\([^)]{1,40}\)\s*)?[-–—]/u;
/** `X Y، DATE (AGENCY) -`: a date with at most three words before it and a dash after it. */
function legacyLead(line: LineText, bareDate: ReadDateLinesOptions['bareDate']): DateLine | null {
  const first = line.mentions[0];
  if (!first) return null;
  WORD_BEFORE.lastIndex = 0;
  let words = 0;
  for (let match = WORD_BEFORE.exec(line.original); match && match.index < first.start; match = WORD_BEFORE.exec(line.original)) {
    if (++words > LEAD_MAX_WORDS_BEFORE) return null;
  }
  const dash = DASH_AFTER.exec(line.original.slice(first.end));
  if (!dash) return null;
  if (words === 0 && !/\(/.test(dash[0]) && bareDate) {
    const day = isWholeDay(first) ? first.startDate : null;
    if (!bareDate.allowed || (bareDate.published !== null && day !== bareDate.published)) return null;
  }
  // The place among the words before the date: a town the gazetteer lacks with its country in
  // brackets (`الصخيرات (المغرب) 17 ديسمبر 2015 (وال) -`) is placed in that country.
  const before = line.places.filter((place) => place.end <= first.start).at(-1);
  const place = before ? datelineCity(before) : null;
  return { kind: 'dateline', start: 0, end: first.end + dash[0].length, day: isWholeDay(first) ? first : null, place, placeText: place?.text ?? null };
}

/** Whether a paragraph may hold a dateline at its head: a dash, colon, slash or bracket early on. */
const LEAD_MARK = /[-–—:/(]/u;

export interface ReadDateLinesOptions {
  /** Under the headline, where a line of dates alone is the publication date. */
  head: boolean;
  /**
   * Whether a date alone with a dash may head the paragraph as its dateline (`3 نوفمبر 2025 -
   * …`, no city, no agency): only right under the headline, and only when it is the publication
   * day the article was given (if any). Further down, or on another day, `26 مارس 2025 - الجيش
   * يستعيد القصر` is an entry of a chronology, an event.
   */
  bareDate?: { allowed: boolean; published: string | null };
}

/** How many opening paragraphs (the headline's included) a date alone with a dash may head as a dateline. */
const BARE_DATE_PARAGRAPHS = 3;

/** The options a paragraph's date lines are read with, by its index and the publication day given (if any). */
export function dateLineOptions(index: number, published: string | null): ReadDateLinesOptions {
  return { head: index < HEAD_PARAGRAPHS, bareDate: { allowed: index < BARE_DATE_PARAGRAPHS, published } };
}

/**
 * Whether a paragraph may hold date lines at all: it is short enough to stand alone, or a mark
 * a dateline ends with comes early in it. {@link readDateLines} finds none in any other, so a
 * caller may skip gathering its mentions for it.
 */
export function mayHoldDateLines(text: string): boolean {
  return text.length <= LINE_MAX_LENGTH || LEAD_MARK.test(text.slice(0, LEAD_MAX_LENGTH + 4));
}

/**
 * The date lines of a paragraph (offsets into it): the whole paragraph when it is a date line
 * standing alone, or the dateline heading it. `mentions` are the paragraph's date mentions,
 * offsets into it.
 */
export function readDateLines(text: string, mentions: DateMention[], options: ReadDateLinesOptions): DateLine[] {
  if (!mayHoldDateLines(text)) return [];
  const alone = text.length <= LINE_MAX_LENGTH;
  // a paragraph too long to stand alone may hold date lines only as a lead
  const lead = !alone || LEAD_MARK.test(text.slice(0, LEAD_MAX_LENGTH + 4));
  // A lead is read on the paragraph's head only: its dateline and the start of the prose after it.
  const read = alone ? text : text.slice(0, LEAD_MAX_LENGTH + 40);
  const line = new LineText(
    read,
    mentions.filter((mention) => mention.end <= read.length),
    findPlaces(read),
  );
  if (alone) {
    const lines = readLineAlone(line, options.head);
    if (lines.length) return lines;
  }
  if (!lead) return [];
  const head = readLead(line, options.bareDate);
  return head ? [head] : [];
}

/** How many opening paragraphs (the headline's included) hold the lines that date and place an article. */
export const HEAD_PARAGRAPHS = 6;
/** A line further down that may still date the article: a labelled one (`نشر في …` at the foot of a page). */
const LABEL_WORD = /ن\u064F?شر|تحديث|تعديل|published|posted|updated|modified/i;

export interface ArticleDating {
  /** The publication day relative dates are resolved against, and where it was read. */
  published: string | null;
  publishedFrom: PublishedFrom | null;
  /** The day an update line gives (never used to resolve dates). */
  updated: string | null;
  /** The article's dateline: under its headline or heading its lead (or in its page's header). */
  dateline: Dateline | null;
}

interface Found {
  line: DateLine;
  text: string;
  /** Index of the paragraph; null for a line of the page outside the article text. */
  paragraph: number | null;
}

/**
 * When and where an article says it was written: its publication day (the given one or its
 * metadata's, else its dateline's, else a publication line's: never an update line's), its
 * update day and its dateline. Read before its dates, which resolve against that day.
 */
export function dateArticle(
  paragraphs: readonly { text: string }[],
  pageLines: readonly string[],
  language: Language,
  given: { published: string; from: PublishedFrom } | null,
  /**
   * A paragraph's date lines when the article's dates were already found (readDateLines on its
   * mentions, with dateLineOptions): date lines need only stated days, which no reference
   * changes, so the article's own reading serves, and the caller keeps the lines for its events.
   */
  linesOf?: (paragraph: number) => DateLine[],
): ArticleDating {
  const found: Found[] = [];
  /** A paragraph's date lines, or (paragraph null) a line of the page outside the text, read as under the headline. */
  const read = (text: string, paragraph: number | null) => {
    let lines = paragraph !== null ? linesOf?.(paragraph) : undefined;
    if (!lines) {
      // Only a line standing alone or a lead's head is read (readDateLines): its dates are found
      // there, with room for a date that runs past the head, not in the whole of a long paragraph.
      const scope = text.length <= LINE_MAX_LENGTH ? text : text.slice(0, LEAD_MAX_LENGTH + LEAD_DATE_ROOM);
      lines = readDateLines(text, findDateMentions(scope, { language: scriptLanguage(scope, language) }), paragraph !== null ? dateLineOptions(paragraph, given?.published ?? null) : { head: true });
    }
    for (const line of lines) found.push({ line, text, paragraph });
  };
  paragraphs.forEach((paragraph, index) => {
    if (index < HEAD_PARAGRAPHS || (paragraph.text.length <= LINE_MAX_LENGTH && LABEL_WORD.test(paragraph.text))) read(paragraph.text, index);
  });
  for (const line of pageLines) read(line, null);

  const inHead = (item: Found) => item.paragraph === null || item.paragraph < HEAD_PARAGRAPHS;
  const datelines = found.filter((item) => item.line.kind === 'dateline' && inHead(item));
  const datedLine = datelines.find((item) => item.line.day);
  const publicationLine = found.find((item) => item.line.kind === 'publication' && item.line.day);
  const updateLine = found.find((item) => item.line.kind === 'update' && item.line.day);
  const published = given?.published ?? datedLine?.line.day?.startDate ?? publicationLine?.line.day?.startDate ?? null;
  const publishedFrom: PublishedFrom | null = given ? given.from : datedLine ? 'dateline' : publicationLine ? 'publication-line' : null;
  const first = datelines[0];
  let dateline: Dateline | null = null;
  if (first) {
    const place = first.line.place?.place ?? null;
    dateline = {
      text: first.text.slice(first.line.start, first.line.end).trim(),
      paragraph: first.paragraph,
      place: place?.en ?? null,
      placeLocal: first.line.placeText,
      coordinates: place?.coordinates ?? null,
    };
  }
  return { published, publishedFrom, updated: updateLine?.line.day?.startDate ?? null, dateline };
}
