/**
 * Where an event happened, and where in the article that was read (`placeFrom`).
 *
 * Nearest first: the clause of the date; a happening it refers to again that the article has
 * placed before (`على هامش القمة`، "the agreement signed …"); the rest of its sentence; an
 * earlier sentence of its paragraph; for the lead, the headline; and the dateline, for a
 * statement made at home and for what the article calls local (`هنا`، `في العاصمة`, "here").
 * A phone call has no place but its clause's.
 *
 * Which places count:
 * - a country named as a party (`بين مصر والولايات المتحدة`، `بشأن إيران`، "sanctions on Iran")
 *   is an actor, not the place; it is the place only where the text puts the happening there
 *   (في، ب، داخل, a visit to it, a host, the target of an attack, "in", "to");
 * - a place in an office (`وزير خارجية فرنسا`، "ambassador to Lebanon") is whose, not where;
 * - a place named as a bearing (`غرب طرابلس`، `قبالة سواحل زوارة`، "north of Kyiv") only points
 *   at the place: anything else named there wins;
 * - a statement is where it is made, not where what it is about happened: in `قال … في طهران
 *   اليوم إن …` and `أدانت الرئاسة، اليوم، العدوان على جنين` the places after the verb's
 *   complement are its subject;
 * - a border is a place of its own (borders.ts), before a region or a country.
 *
 * The work is bounded: each paragraph's places, sentences and references are found once, when
 * a mention in it first needs them; a mention then looks at the spans of its clause, its
 * sentence or the sentence before, never at the whole paragraph again.
 */
import type { Paragraph } from './article.ts';
import { clauseAround, type Clause, type Span } from './clause.ts';
import type { Dateline } from './dateline-city.ts';
import type { ParagraphText } from './paragraph-text.ts';
import type { PlaceFrom } from '../events/schema.ts';
import { borderPlace, findBorders } from './gazetteer/borders.ts';
import { findActors, findPlaces, placeById, scan, type ActorMatch, type EventCue, type Place, type PlaceMatch, type ScannedText } from './gazetteer/index.ts';
import { normalizeArabic } from './normalize.ts';
import { NOT_AFTER_ABBREVIATION } from './abbreviations.ts';

const NORMALIZED_NAMES = new Map<string, string>();
function normalizeWord(word: string): string {
  let normalized = NORMALIZED_NAMES.get(word);
  if (normalized === undefined) NORMALIZED_NAMES.set(word, (normalized = normalizeArabic(word).text));
  return normalized;
}

export interface LocatedPlace {
  match: PlaceMatch;
  from: PlaceFrom;
}

/** A place that can be where a happening was, with its rank: the lower, the likelier. */
interface Candidate {
  match: PlaceMatch;
  rank: number;
  /** A border named from one side only: the other side is the article's. */
  oneSided?: Place;
  /**
   * Named as where someone came from (`وصل … قادماً من الدوحة`): not the place of its own
   * clause's happening, but still of another clause's (`قادما من أربيل، حيث التقى`).
   */
  origin?: boolean;
}

const KIND_RANK: Record<string, number> = { capital: 0, city: 0, border: 1, sea: 1, region: 2, country: 3 };
/** A place named as a bearing ranks after every place named plainly. */
const BEARING_RANK = 5;

/** The index of the first of `spans` (in text order) that starts at or after `at`. */
function indexFrom(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The spans of `spans` (in text order) that start in [start, end): a binary search, then only those. */
function startingIn<T extends Span>(spans: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let i = indexFrom(spans, start); i < spans.length && spans[i]!.start < end; i++) out.push(spans[i]!);
  return out;
}

/**
 * How far from a date (in characters) its place is looked for, on each side, within whatever
 * it may be read from (its clause, its sentence): work per mention stays bounded however long
 * a clause or a paragraph runs.
 */
const REACH = 400;
/** How many earlier sentences of the paragraph are read for a place. */
const EARLIER_SENTENCES = 3;

// ── Rules on one place, read in the normalized text just before (or after) it ──

/** Words of an office or institution right before a place name: the place says whose, not where. */
const TITLE_BEFORE =
  /(?:^|\s)(?:[وف]?(?:رئيس|رئيسه|حكومه|وزير|وزيره|وزاره|سفير|سفيره|سفاره|قنصل|برلمان|خارجيه|داخليه|دفاع|امير|ملك|نائب|مبعوث|رئاسه)|(?:government|minister|president|prime minister|ambassador|embassy|king|foreign minister) of)\s{1,3}$/iu;
/** `المبعوث الأميركي إلى الشرق الأوسط`، `ambassador to Lebanon`: the place of the office, not of the happening. */
const ENVOY_TO_BEFORE =
  /(?:^|\s)(?:ال)?(?:مبعوث|سفير|ممثل|مندوب|منسق|موفد)(?:ه|ين)?(?:\s{1,3}[^\s]{2,20}){0,2}\s{1,3}(?:الي|لدي)\s{1,3}$|\b(?:envoy|ambassador|representative|coordinator)\s{1,3}to\s{1,3}(?:the\s{1,3})?$/iu;
/** How much of the text before a place name the rules read. */
const LOOKBACK = 80;

/**
 * `في`, `داخل`, `قرب`, "in", "near" (with a bearing or a part: `في شمال سوريا`، `في محيط الخرطوم`,
 * "in northern Syria"): the happening is in it, or by it.
 */
const LOCATIVE_BEFORE =
  /(?:^|\s)(?:[وف]?(?:في|داخل|بداخل|حتي|عبر|انحاء|ارجاء|اراضي|الاراضي|اجواء|اقليم|قرب|بالقرب\s{1,3}من|وسط|قلب)|in|at|inside|into|within|across|throughout|near|outside|around)(?:\s{1,3}(?:شمال|جنوب|شرق|غرب|وسط|شمالي|جنوبي|شرقي|غربي|محيط|ضواحي|اطراف|ريف|شوارع|northern|southern|eastern|western|central|north|south|east|west|northeastern|northwestern|southeastern|southwestern))?\s{1,3}$/iu;
/** A visit or a journey to it: `زار … إيران`، `زيارة عمل إلى تونس`، "travel to Saudi Arabia". */
const VISIT_WORD =
  /(?:^|\s)[وف]?(?:س?(?:زار|زارت|زارا|زاروا|يزور|تزور|يزوران)|زياره|زيارته|زيارتها|زيارتهما|زيارات|س?(?:وصل|وصلت|وصلا|يصل|تصل)|وصول|وصوله|وصولها|توجه|توجهت|يتوجه|تتوجه|سافر|سافرت|يسافر|عاد|عادت|عوده|عودته|رحله|جوله|قادت|قاده|قادما|قادمه|visit|visits|visited|visiting|toured|trip|travel|travels|travelled|traveled|traveling|travelling|flew|fly|flies|arrived|arrive|arrives|arriving|returned|return|returns|headed|heading|went|deployed|sent)(?=\s)/iu;
/** The last words before a place (proclitics apart), for `إلى` after a visit word. */
const TO_BEFORE = /(?:^|\s)(?:[وف]?الي|to(?:\s{1,3}the)?)\s{1,3}$/iu;
const HOST_BEFORE =
  /(?:^|\s)[وف]?(?:(?:س?(?:تستضيف|يستضيف|تحتضن|يحتضن)|استضافت|استضاف|احتضنت|احتضن)(?:ه|ها|هم|هما)?|hosted\s{1,3}by)\s{1,3}$/iu;
const HOST_AFTER =
  /^\s{1,3}(?:(?:قد|لقد)\s{1,3})?(?:[وف]?(?:س?(?:تستضيف|يستضيف|تحتضن|يحتضن)|استضافت|استضاف|احتضنت|احتضن)|(?:(?:has|have|had|will|would|is|was)\s{1,3})?(?:hosts|host|hosted|hosting)\b)/iu;
/** The target of an attack or an invasion: `الغزو الروسي لأوكرانيا`، `غارات على لبنان`، "invasion of Ukraine". */
const ATTACK_BEFORE =
  /(?:^|\s)(?:[وف]?(?:ال)?(?:غزو|اجتياح|قصف|هجوم|هجمات|غارات|غاره|ضربات|ضربه|حرب|عدوان|توغل|اعتداء|اعتداءات)(?:\s{1,3}ال\S+)?(?:\s{1,3}(?:علي|في|ضد))?|(?:invasion|invaded|invade|invading|attack|attacks|attacked|strikes|struck|bombed|shelled|offensive|incursion|war)(?:\s{1,3}(?:of|on|in|against|into))?)\s{1,3}$/iu;
/** A bearing: `غرب طرابلس`، `جنوب مدينة الفاشر`، `قبالة سواحل زوارة`، "north of Kyiv", "off the coast of". */
const BEARING_BEFORE =
  /(?:^|\s)(?:[وف]?(?:شمال|جنوب|شرق|غرب|شمالي|جنوبي|شرقي|غربي)(?:\s{1,3}(?:شرق|غرب|شرقي|غربي))?(?:\s{1,3}(?:مدينه|العاصمه|بلده|قريه))?|قباله(?:\s{1,3}(?:سواحل|ساحل|شواطئ|شاطئ))?(?:\s{1,3}مدينه)?|(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)\s{1,3}of(?:\s{1,3}the\s{1,3}(?:city|town)\s{1,3}of)?|off(?:\s{1,3}the)?(?:\s{1,3}coast\s{1,3}of)?)\s{1,3}$/iu;
/** `في شمال سوريا` is inside Syria: a bearing after في is no bearing. */
const INSIDE_BEARING = /(?:^|\s)[وف]?(?:في|ب)\s{0,3}(?:ال)?(?:شمال|جنوب|شرق|غرب|وسط)\S*(?:\s{1,3}(?:ال)?(?:شرق|غرب)\S*)?(?:\s{1,3}(?:مدينه|العاصمه|بلده|قريه))?\s{1,3}$/u;
/** `عقوبات على طهران`، "sanctions on Moscow": a capital standing for its government, a party. */
const PARTY_BEFORE =
  /(?:^|\s)(?:[وف]?(?:ال)?(?:عقوبات|ضغوط|ضغط|حظر|حصار)(?:\s{1,3}ال\S+)?\s{1,3}(?:علي|ضد)|(?:sanctions|pressure|embargo|tariffs)\s{1,3}(?:on|against))\s{1,3}$/iu;
/**
 * A place named as what is talked about, not where: `لبحث الأوضاع في غزة`، `مستجدات الوضع في
 * السودان`، "to discuss the situation in Gaza". A meeting about Gaza is not in Gaza; the place of
 * the happening is told elsewhere, or not at all. (A war or a crisis in a place did happen there.)
 */
const TOPIC_BEFORE =
  /(?:^|\s)[وف]?(?:ب|ل)?(?:ال)?(?:اوضاع|وضع|تطورات|مستجدات|ملف|قضيه)(?:\s{1,3}ال\S+)?\s{1,3}(?:في|ب)\s{1,3}$|\b(?:situation|developments)\s{1,3}in\s{1,3}(?:the\s{1,3})?$/iu;
/**
 * Where someone came from is not where the happening was: `وصل إلى العاصمة قادماً من الدوحة`،
 * `عائداً من موسكو`, "arrived in Amman coming from Doha", "returning from Moscow".
 */
const ORIGIN_BEFORE =
  /(?:^|\s)(?:قادم|قادما|قادمه|قادمين|قادمون|عائد|عائدا|عائده|عائدين)\s{1,3}(?:من|مِن)\s{1,3}$|\b(?:coming|arriving|returning|flying|travelling|traveling)\s{1,3}(?:back\s{1,3})?from\s{1,3}$/iu;
/** A newspaper, a street, a club, a channel named after a place (`صحيفة الرياض`، `شارع بغداد`، "Baghdad Street"). */
const NAMED_THING_BEFORE =
  /(?:^|\s)[وف]?(?:ب|ل)?(?:ال)?(?:صحيفه|جريده|مجله|شارع|جاده|نادي|فريق|منتخب|قناه|اذاعه|مسرح)\s{1,3}$|\b(?:newspaper|daily|club)\s{1,3}$/iu;
const NAMED_THING_AFTER = /^\s{1,3}(?:Street|St\.|Road|Avenue|Boulevard|Times|Post|Herald|Tribune|daily|newspaper|club|FC)\b/u;
/** Words that make a place a name: `مدينة`، `العاصمة` before a bare `رياض` would make it the city again. */
const PLACE_NOUN_BEFORE = /(?:^|\s)[وف]?(?:ب|ل)?(?:ال)?(?:مدينه|بلده|قريه|عاصمه|العاصمه)\s{1,3}$/u;
/** A happening named after a place (`اتفاق الرياض`، `إعلان جدة`، "the Pretoria agreement"): its place only if the date is that happening's. */
const HAPPENING_NAME_BEFORE =
  /(?:^|\s)[وف]?(?:ب|ل)?(?:ال)?(?:اتفاق|اتفاقيه|اعلان|مؤتمر|قمه|مسار|منبر|محادثات|مفاوضات|مباحثات|اجتماع|اجتماعات|لقاء|منتدي|جوله|جولات|حوار|بروتوكول|وثيقه|تفاهمات|مبادره)\s{1,3}$/u;
const HAPPENING_NAME_AFTER =
  /^(?:'s)?(?:\s{1,3}[a-z-]+){0,2}\s{1,3}(?:agreement|agreements|accord|accords|deal|talks|declaration|process|summit|conference|format|protocol|initiative)\b/u;

/** `زاخو بمحافظة دهوك`، `Zakho, in Duhok province`: the second place only says where the first is. */
const CONTAINER_BETWEEN = /^\s{0,3}[،,]?\s{0,3}(?:(?:ب|في\s{1,3})(?:محافظه|ولايه|اقليم|منطقه|مقاطعه|قضاء|جهه)\s{1,3}|in\s{1,3}(?:the\s{1,3})?(?:province|region|governorate)\s{1,3}of\s{1,3})$/iu;
/** `بالجزائر`، `بنيويورك`: the preposition ب fused to the name (the match leaves it out). */
const FUSED_BI = /(?:^|[\s(«"“])[وف]?ب$/u;
/** `لأوكرانيا`، `للكويت`: the preposition ل (a fused لل stays inside the match). */
const FUSED_LI = /(?:^|[\s(«"“])[وف]?ل$/u;

const WORD = /\S+/g;
/** The last `count` words of `text`. */
function lastWords(text: string, count: number): string {
  const words = text.match(WORD) ?? [];
  return words.slice(-count).join(' ');
}

/** Is the country at `match` where the happening is, rather than a party to it? */
function countryIsWhere(text: ParagraphText, match: PlaceMatch, floor: number): boolean {
  const raw = text.text;
  const fused = raw.slice(Math.max(floor, match.start - 3), match.start);
  if (FUSED_BI.test(fused)) return true;
  // The words before, the fused preposition (لأوكرانيا) left out.
  const proclitic = /[وف]?ل$/u.exec(fused)?.[0].length ?? 0;
  const before = text.normalizedSlice(Math.max(floor, match.start - LOOKBACK), match.start - proclitic);
  const after = text.normalizedSlice(match.end, match.end + 24);
  if (LOCATIVE_BEFORE.test(before) || HOST_BEFORE.test(before) || HOST_AFTER.test(after)) return true;
  // `شرق تشاد` is eastern Chad: a country is too big to be a bearing.
  if (match.place.kind === 'country' && BEARING_BEFORE.test(before) && !/قباله|\boff\b|\bof\s{1,3}$/iu.test(before)) return true;
  if (ATTACK_BEFORE.test(before)) return true;
  const li = FUSED_LI.test(fused) || match.text.startsWith('لل');
  // A visit: `زيارة عمل إلى تونس`، `زيارته للكويت` (the visit word up to twelve words before).
  if (TO_BEFORE.test(before) || li) return VISIT_WORD.test(` ${lastWords(before, 12)} `);
  // The visited place as the verb's object, after its subject (`زار الرئيس الفرنسي إيران`،
  // `يزور وزير الخارجية يوسف رجي دمشق`: up to seven words before).
  return VISIT_WORD.test(` ${lastWords(before, 7)} `) && !/(?:^|\s)(?:من|مع|عن|from|with|about)\s{1,3}$/iu.test(before);
}

function isOffice(text: ParagraphText, match: PlaceMatch, floor: number): boolean {
  const before = text.normalizedSlice(Math.max(floor, match.start - 48), match.start);
  return TITLE_BEFORE.test(before) || ENVOY_TO_BEFORE.test(before);
}

function isBearing(text: ParagraphText, match: PlaceMatch, floor: number): boolean {
  const before = text.normalizedSlice(Math.max(floor, match.start - 40), match.start);
  return BEARING_BEFORE.test(before) && !INSIDE_BEARING.test(before);
}

/**
 * The places of `matches` (in text order, offsets into `text`) that can be where something
 * happened, ranked. The rules read no further back than `floor`.
 */
const HYPHEN = /[-‐–]/;
const LETTER = /\p{L}/u;
/**
 * A name glued by a hyphen to another word modifies it ("the China-Africa forum", "US-Russia
 * talks", "pro-Russia", "a Dubai-based firm"): it names parties or a kind, not where something
 * happened. (Names with a hyphen of their own, Guinea-Bissau, are matched whole.)
 */
function isHyphenated(text: string, match: PlaceMatch): boolean {
  return (
    (HYPHEN.test(text[match.end] ?? '') && LETTER.test(text[match.end + 1] ?? '')) ||
    (HYPHEN.test(text[match.start - 1] ?? '') && LETTER.test(text[match.start - 2] ?? ''))
  );
}

function candidatesOf(text: ParagraphText, matches: readonly PlaceMatch[], floor: (match: PlaceMatch) => number, actors: readonly ActorMatch[]): Candidate[] {
  const out: Candidate[] = [];
  let previous: PlaceMatch | undefined;
  let actor = 0;
  for (const match of matches) {
    // A capital the actor lexicon reads as its government (`بين موسكو وواشنطن`، `تقليص واشنطن
    // دعمها`، "Tehran's nuclear programme") is a party unless the text puts something there.
    while (actor < actors.length && actors[actor]!.end <= match.start) actor++;
    const claimed = actors[actor] !== undefined && actors[actor]!.start < match.end && actors[actor]!.actor.kind === 'country';
    const from = floor(match);
    const contained =
      previous !== undefined &&
      previous.start >= from &&
      previous.place.kind !== 'country' &&
      previous.place.kind !== 'region' &&
      CONTAINER_BETWEEN.test(text.normalizedSlice(previous.end, match.start));
    previous = match;
    if (contained || isOffice(text, match, from)) continue;
    const before = text.normalizedSlice(Math.max(from, match.start - 40), match.start);
    const after = text.text.slice(match.end, match.end + 40);
    const named = HAPPENING_NAME_BEFORE.test(before) || HAPPENING_NAME_AFTER.test(after);
    if ((match.place.kind === 'country' || (claimed && match.place.kind === 'capital' && !named)) && !countryIsWhere(text, match, from)) continue;
    if (PARTY_BEFORE.test(before) || TOPIC_BEFORE.test(before) || NAMED_THING_BEFORE.test(before) || NAMED_THING_AFTER.test(after)) continue;
    if (isHyphenated(text.text, match)) continue;
    // `رياض منصور`، `رياض الأطفال`: a name written with ال (الرياض), met without it, is a person or a word.
    const bare = match.place.ar.startsWith('ال') && text.normalizedSlice(match.start, match.end) === normalizeWord(match.place.ar.slice(2));
    if (bare && !PLACE_NOUN_BEFORE.test(before)) continue;
    const rank = (KIND_RANK[match.place.kind] ?? 9) + (named || isBearing(text, match, from) ? BEARING_RANK : 0);
    out.push(ORIGIN_BEFORE.test(before) ? { match, rank, origin: true } : { match, rank });
  }
  return out;
}

// ── A paragraph, read once ──

/** Sentence ends: not in a number, not after an abbreviation (`U.S.`, `Dec.`). */
const SENTENCE_END = new RegExp(`${NOT_AFTER_ABBREVIATION}[.!?؟](?!\\d)`, 'g');

/** `هنا`، `في العاصمة` (bare), "here", "in the capital": the article's own place. */
/** Whether a text may hold a LOCAL_POINTER (each of its matches holds one of these words): most paragraphs hold none. */
const ANY_POINTER = /هنا|العاصمه|here|capital/iu;
const LOCAL_POINTER = /(?:^|\s)(?<!من\s)[وف]?هنا(?=[\s،,.؛]|$)|(?:^|\s)[وف]?(?:في|ب|الي)\s{0,3}العاصمه(?=[\s،,.؛]|$)|\bhere\b|\b(?:in|to)\s+the\s+capital\b(?!\s+of)/giu;

/** `بلاده ستحتضن`، `بلادها استضافت`: the speaker's own country hosting. */
/** Every OWN_COUNTRY_HOSTS match holds this word. */
const OWN_COUNTRY = 'بلاد';
const OWN_COUNTRY_HOSTS = /(?:^|\s)(?:[بو]?ان\s+)?(بلاده|بلادها)\s+(?:(?:قد|لقد)\s+)?(?:س?(?:تستضيف|تحتضن)|استضافت|احتضنت)(?=\s)/gu;

/** A happening the article has named before, and the words that name it (normalized). */
type HappeningKey = 'summit' | 'agreement' | 'talks' | 'meeting' | 'conference';
const HAPPENING_NOUNS: Record<HappeningKey, string> = {
  summit: 'قمه|قمم|summit|summits',
  agreement: 'اتفاق|اتفاقيه|اتفاقات|معاهده|deal|agreement|accord|treaty',
  talks: 'محادثات|مباحثات|مفاوضات|مشاورات|جوله|جولات|talks|negotiations|consultations|round',
  meeting: 'اجتماع|اجتماعات|لقاء|meeting|meetings',
  conference: 'مؤتمر|منتدي|conference|forum',
};
const NOUN_KEY = new Map<string, HappeningKey>();
for (const [key, nouns] of Object.entries(HAPPENING_NOUNS) as [HappeningKey, string][]) for (const noun of nouns.split('|')) NOUN_KEY.set(noun, key);
const ALL_NOUNS = [...NOUN_KEY.keys()].sort((a, b) => b.length - a.length).join('|');
const PLACED_NOUNS = ['قمه', 'قمم', 'محادثات', 'مباحثات', 'مفاوضات', 'مشاورات', 'جوله', 'جولات', 'اجتماع', 'اجتماعات', 'لقاء', 'مؤتمر', 'منتدي'].join('|');

/** A happening noun anywhere (for what an event names when it is first placed). */
const HAPPENING_NOUN = new RegExp(`(?<![\\p{L}])(?:[وفبل]|وب|فب|لل)?(?:ال)?(${ALL_NOUNS})(?![\\p{L}])`, 'giu');
/**
 * Whether a text may hold a happening noun at all: a plain search for the nouns, far cheaper than
 * the patterns around them (every match of HAPPENING_NOUN and ANAPHOR holds one), which most
 * paragraphs then skip. Same flags, so the same letters fold.
 */
const ANY_NOUN = new RegExp(ALL_NOUNS, 'iu');
/**
 * The same happening told again, with where it happened implied: during it, at its close, on its
 * sidelines (`على هامش القمة`، "at the summit"); it, signed or held (`الاتفاق الموقع`، "the
 * agreement signed"); it, ending or resuming (`أن تختتم المشاورات`، "the talks ended").
 */
const ANAPHOR = new RegExp(
  [
    `(?:^|\\s)[وف]?(?:خلال|اثناء|في|علي\\s+هامش|بهامش|في\\s+ختام|ختام|في\\s+افتتاح|افتتاح)\\s+(?:اعمال\\s+|جلسات\\s+|جلسه\\s+)?ال(${PLACED_NOUNS})(?![\\p{L}])(?!\\s+(?:ال)?(?:مقبل|قادم|مقبله|قادمه|جديد|جديده|مرتقب|مرتقبه)(?![\\p{L}]))`,
    `(?:^|\\s)[وف]?ال(${ALL_NOUNS})(?:\\s+ال\\S+){0,3}\\s+(?:الموقع|الموقعه|المبرم|المبرمه|المنعقد|المنعقده|المعقود|المعقوده|(?:الذي|التي)\\s+(?:وقع|وقعت|ابرم|ابرمت|عقد|عقدت|انعقد|انعقدت|جري|جرت|تم|تمت))(?![\\p{L}])`,
    `(?:^|\\s)(?:ان\\s+)?[وف]?(?:س?(?:تختتم|يختتم|تستانف|يستانف|تتواصل|يتواصل|تنتهي|ينتهي)|اختتمت|اختتم|استونفت|استانفت|تواصلت|انتهت|انتهي)\\s+ال(${PLACED_NOUNS})(?![\\p{L}])`,
    `\\b(?:during|at|on\\s+the\\s+sidelines\\s+of|at\\s+the\\s+(?:end|close|opening)\\s+of)\\s+the\\s+(?:[\\w-]+\\s+){0,2}(summit|talks|negotiations|consultations|meeting|conference|forum)\\b`,
    `\\bthe\\s+(?:[\\w-]+\\s+){0,2}(agreement|deal|accord|treaty|summit|talks|meeting|conference),?\\s+(?:signed|reached|held|concluded)\\b`,
    `\\bthe\\s+(?:[\\w-]+\\s+){0,2}(talks|negotiations|consultations|summit|meeting|conference)\\s+(?:ended|resumed|concluded|continued|closed)\\b`,
  ].join('|'),
  'giu',
);

/**
 * A place the text names that the gazetteer does not know: `في مدينة الصخيرات`، "in Mekelle".
 * Where one stands in the frame of a date, no other place is given to its event.
 */
/** Whether a text may hold an UNKNOWN_ARABIC (each match holds one of its nouns). */
const ANY_PLACE_NOUN = /مدينه|بلده|قريه|منطقه|ولايه|محافظه|اقليم|مخيم|ميناء|جزيره|مطار/u;
const UNKNOWN_ARABIC = /(?:^|\s)[وف]?(?:في|ب)\s{0,3}(?:مدينه|بلده|قريه|منطقه|ولايه|محافظه|اقليم|مخيم|ميناء|جزيره|مطار)\s{1,3}((?:ال)?[\u0621-\u064A]{3,})/gu;
const UNKNOWN_ENGLISH = /\b(?:in|at|(?:town|city|village|port|camp)\s+of)\s+(?:the\s+)?([A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){0,2})/gu;
/** What makes an unknown name a region (`ولاية`، `محافظة`، "County", "Province"), not a town. */
const UNKNOWN_REGION = /(?:ولايه|محافظه|اقليم|منطقه)\s|\s(?:County|Province|Region|State|District|Governorate|Oblast)$/u;
/** Words after a place noun or "in" that name no place. */
const NOT_A_PLACE_NAME =
  /^(?:الحدود|الحدوديه|الشرق|الغرب|الشمال|الجنوب|الوسط|المحيط|العاصمه|المدينه|المنطقه|ذاته|نفسها|نفسه|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|English|Arabic|French|Parliament|Congress|Senate|Geneva Conventions)(?:\s|$)/u;

interface Reference extends Span {
  key: HappeningKey;
}

/** What a paragraph says about places, read once: offsets into the paragraph. */
class ParagraphPlaces {
  /** Sentences in order, covering the paragraph. */
  readonly sentences: Span[] = [];
  /** Candidate places in text order (not overlapping). */
  readonly candidates: Candidate[];
  readonly pointers: Span[] = [];
  /** Places the gazetteer does not know, each with the rank of what it names (a town, a region). */
  readonly unknown: (Span & { rank: number })[] = [];
  readonly references: Reference[] = [];
  /** Happening nouns (for registering where a happening was first placed). */
  readonly nouns: Reference[] = [];

  constructor(readonly text: ParagraphText) {
    const raw = text.text;
    let from = 0;
    for (const end of raw.matchAll(SENTENCE_END)) {
      this.sentences.push({ start: from, end: end.index + 1 });
      from = end.index + 1;
    }
    if (from < raw.length || this.sentences.length === 0) this.sentences.push({ start: from, end: raw.length });
    const sentenceStart = (at: number) => this.sentences[this.sentenceIndex(at)]!.start;
    const scanned = scannedParagraph(text);
    const actors = findActors(scanned);
    const places = candidatesOf(text, findPlaces(scanned), (match) => sentenceStart(match.start), actors);
    const normalized = text.normalized;
    const original = (start: number, end: number) => normalized.toOriginal(start, end);
    // `أعلن تاياني أن بلاده ستحتضن …`: "his country" hosting is the speaker's country.
    // The paragraph-wide patterns below are tried only where a plain search finds the word every match of theirs holds.
    const plain = normalized.text;
    for (const own of plain.includes(OWN_COUNTRY) ? plain.matchAll(OWN_COUNTRY_HOSTS) : []) {
      const at = own.index + own[0].indexOf(own[1]!);
      const span = original(at, at + own[1]!.length);
      const speaker = startingIn(actors, span.start - REACH, span.start).filter((actor) => actor.end <= span.start && actor.actor.country).at(-1);
      const country = speaker && placeById(speaker.actor.country!.toLowerCase());
      if (country) places.push({ match: { place: country, start: span.start, end: span.end, text: raw.slice(span.start, span.end) }, rank: KIND_RANK.country! });
    }
    for (const border of findBorders(normalized.text, text.language)) {
      const span = original(border.start, border.end);
      const [a, b] = border.countries;
      const place = b ? borderPlace(a!, b) : null;
      const match: PlaceMatch = { place: place ?? a!, start: span.start, end: span.end, text: raw.slice(span.start, span.end) };
      if (place) places.push({ match, rank: KIND_RANK.border! });
      else places.push({ match, rank: KIND_RANK.border!, oneSided: a! });
    }
    // A border phrase holds the country names it is made of: the border stands for them.
    places.sort((x, y) => x.match.start - y.match.start || y.match.end - x.match.end);
    let reached = 0;
    this.candidates = places.filter((candidate) => {
      if (candidate.match.start < reached) return false;
      reached = candidate.match.end;
      return true;
    });
    for (const pointer of ANY_POINTER.test(plain) ? plain.matchAll(LOCAL_POINTER) : []) {
      const lead = pointer[0].length - pointer[0].trimStart().length;
      const span = original(pointer.index + lead, pointer.index + pointer[0].length);
      if (!this.overlaps(span.start, span.end + 2)) this.pointers.push(span);
    }
    const unknownNames = text.language === 'ar' ? (ANY_PLACE_NOUN.test(plain) ? plain.matchAll(UNKNOWN_ARABIC) : []) : plain.matchAll(UNKNOWN_ENGLISH);
    for (const name of unknownNames) {
      const word = name[1]!;
      if (NOT_A_PLACE_NAME.test(word)) continue;
      const at = name.index + name[0].length - word.length;
      const span = original(at, at + word.length);
      if (this.overlaps(span.start, span.end) || findPlaces(word).length) continue;
      // `محافظة X`، `Mandera County`: a region, which a border or a sea may stand beside; a town only a known city.
      this.unknown.push({ ...span, rank: UNKNOWN_REGION.test(name[0]) ? KIND_RANK.region! : KIND_RANK.city! });
    }
    const nouns = ANY_NOUN.test(plain);
    for (const reference of nouns ? plain.matchAll(ANAPHOR) : []) {
      const noun = reference.slice(1).find(Boolean)!.toLowerCase();
      const key = NOUN_KEY.get(noun);
      if (key) this.references.push({ ...original(reference.index, reference.index + reference[0].length), key });
    }
    for (const noun of nouns ? plain.matchAll(HAPPENING_NOUN) : []) {
      const key = NOUN_KEY.get(noun[1]!.toLowerCase());
      if (key) this.nouns.push({ ...original(noun.index, noun.index + noun[0].length), key });
    }
  }

  sentenceIndex(at: number): number {
    let lo = 0;
    let hi = this.sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.sentences[mid]!.start <= at) lo = mid + 1;
      else hi = mid;
    }
    return Math.max(0, lo - 1);
  }

  /** The candidates that lie in [start, end), by binary search then a walk over just those. */
  within(start: number, end: number): Candidate[] {
    const out: Candidate[] = [];
    for (let i = indexFrom(this.matches, start); i < this.candidates.length && this.candidates[i]!.match.start < end; i++) {
      if (this.candidates[i]!.match.end <= end) out.push(this.candidates[i]!);
    }
    return out;
  }

  /** Whether a place candidate overlaps [start, end). */
  overlaps(start: number, end: number): boolean {
    for (let i = indexFrom(this.matches, start - MAX_NAME); i < this.candidates.length && this.candidates[i]!.match.start < end; i++) {
      if (this.candidates[i]!.match.end > start) return true;
    }
    return false;
  }

  /** The candidates' matches, for binary search by offset. */
  private get matches(): Span[] {
    return (this.spans ??= this.candidates.map((candidate) => candidate.match));
  }
  private spans: Span[] | undefined;
}

/** The longest place name (in characters) a span can start inside of. */
const MAX_NAME = 80;

const SCANNED = new WeakMap<ParagraphText, ScannedText>();
/**
 * The paragraph through the gazetteer's scan, once for all who read it: its places and actors
 * here, and its clauses (description.ts reads each as a slice of this scan).
 */
export function scannedParagraph(text: ParagraphText): ScannedText {
  let scanned = SCANNED.get(text);
  if (!scanned) SCANNED.set(text, (scanned = scan(text.text)));
  return scanned;
}

const PARAGRAPHS = new WeakMap<ParagraphText, ParagraphPlaces>();
function placesOf(text: ParagraphText): ParagraphPlaces {
  let places = PARAGRAPHS.get(text);
  if (!places) PARAGRAPHS.set(text, (places = new ParagraphPlaces(text)));
  return places;
}

const distanceTo = (mention: Span) => (span: Span) =>
  span.end <= mention.start ? mention.start - span.end : Math.max(0, span.start - mention.end);

/** The best candidate: the lowest rank, then the nearest to `mention` (the earlier of two as near). */
function best(candidates: readonly Candidate[], mention: Span): Candidate | undefined {
  const distance = distanceTo(mention);
  let found: Candidate | undefined;
  for (const candidate of candidates) {
    if (!found || candidate.rank < found.rank || (candidate.rank === found.rank && distance(candidate.match) < distance(found.match))) found = candidate;
  }
  return found;
}

// ── The clause ──

/** Verbs of saying whose complement (`أن`، "that") is what was said. */
const SAY_VERB = /^(?:قال|قالت|قالا|قالوا|يقول|تقول|اعلن|اعلنت|اعلنا|اعلنوا|يعلن|تعلن|صرح|صرحت|يصرح|تصرح|ذكر|ذكرت|يذكر|تذكر|اكد|اكدت|اكدا|اكدوا|يؤكد|تؤكد|اشار|اشارت|يشير|تشير|اوضح|اوضحت|يوضح|توضح|اضاف|اضافت|شدد|شددت|يشدد|تشدد|لفت|لفتت|نفي|نفت|ينفي|تنفي|حذر|حذرت|يحذر|تحذر|كشف|كشفت|افاد|افادت|اعتبر|اعتبرت|يعتبر|تعتبر|said|says|announced|announces|stated|declared|told|warned|denied|added)$/iu;
/** Verbs of judging whose object is what was judged (`أدانت … العدوان على جنين`). */
const JUDGE_VERB = /^(?:دعا|دعت|يدعو|تدعو|ندد|نددت|ادان|ادانت|يدين|تدين|رحب|رحبت|يرحب|ترحب|استنكر|استنكرت|انتقد|انتقدت|طالب|طالبت|يطالب|تطالب|condemned|welcomed|criticized|criticised|denounced|urged|demanded|called)$/iu;
/** The complementizer that opens what was said. */
const COMPLEMENT = /(?:^|\s)(?:[وف]?(?:ب)?(?:ان|انه|انها|انهم|انهما)|that)(?=\s)/iu;
/** A judging verb's date stands within this many words after it (`أدانت الرئاسة الفلسطينية، اليوم الأربعاء،`). */
const JUDGE_FRAME_WORDS = 5;
/** `ويأتي … بعد/عقب …`: the date belongs to what comes after بعد, the clause's subject is another happening. */
const COMES_AFTER = /(?:^|\s)[وف]?(?:ياتي|تاتي|جاء|جاءت|جاءت|اتي|اتت)\s.*?\s(?:بعد|عقب|قبل|في\s+اعقاب|غداه)(?=\s)/u;

/** The original offset of the normalized offset `at`. */
function originalAt(text: ParagraphText, at: number): number {
  return text.normalized.toOriginal(at, at).start;
}

/** `منذ`/"since" and a happening before the date (not the date itself: `منذ 2014`, "since March"). */
const SINCE = /(?:^|\s)(?:[وف]?منذ|since)\s+(?=(?!\d)\S+\s+\S)/giu;

interface Frame {
  /** The part of the clause whose places count. */
  start: number;
  end: number;
  /** The date stands in a statement's frame: the statement, not what it is about. */
  statement: boolean;
}

interface StatementVerb extends Span {
  judge: boolean;
}

/** What each word (normalized, as WORD cuts it) is as a statement verb, kept: news repeats its words. */
const VERB_OF_WORD = new Map<string, 'say' | 'judge' | null>();
/** The words kept at most (then the map starts again): a long run's vocabulary does not pile up. */
const VERB_WORDS_KEPT = 50_000;

/** Whether a word is a verb of judging, of saying, or neither, with its proclitics and trailing punctuation off. */
function statementVerbOf(word: string): 'say' | 'judge' | null {
  let verb = VERB_OF_WORD.get(word);
  if (verb === undefined) {
    const bare = word.replace(/[^\p{L}]+$/u, '').replace(/^[وف](?=\S{3})/u, '').replace(/^س(?=[يت]\S{2})/u, '');
    verb = JUDGE_VERB.test(bare) ? 'judge' : SAY_VERB.test(bare) ? 'say' : null;
    if (VERB_OF_WORD.size >= VERB_WORDS_KEPT) VERB_OF_WORD.clear();
    VERB_OF_WORD.set(word, verb);
  }
  return verb;
}

const VERBS = new WeakMap<Clause, StatementVerb[]>();
/** The verbs of saying and judging in a clause (paragraph offsets), found once per clause. */
function statementVerbs(clause: Clause): StatementVerb[] {
  let verbs = VERBS.get(clause);
  if (verbs) return verbs;
  verbs = [];
  const text = clause.paragraph;
  const base = text.normalized.toNormalized(clause.start);
  const normalized = clause.normalized;
  for (const word of normalized.matchAll(WORD)) {
    const verb = statementVerbOf(word[0]);
    if (!verb) continue;
    const start = originalAt(text, base + word.index);
    verbs.push({ start, end: originalAt(text, base + word.index + word[0].length), judge: verb === 'judge' });
  }
  VERBS.set(clause, verbs);
  return verbs;
}

/**
 * The part of the clause the date's happening is told in (paragraph offsets). A date in the
 * frame of a statement (`قال … اليوم إن …`، `أدانت الرئاسة، اليوم، …`, "X on Monday criticized")
 * dates the statement: its place is where it was made. A date in what was said dates that.
 */
function frameOf(clause: Clause, mention: Span): Frame {
  const text = clause.paragraph;
  let start = clause.start;
  const end = clause.end;
  const distance = distanceTo(mention);
  let verb: StatementVerb | undefined;
  // The nearest verb: the last one starting before the date or the first after it.
  const verbs = statementVerbs(clause);
  const next = indexFrom(verbs, mention.start);
  for (const candidate of [verbs[next - 1], verbs[next]]) if (candidate && (!verb || distance(candidate) < distance(verb))) verb = candidate;
  if (verb && !verb.judge) {
    const from = Math.max(verb.end, verb.end <= mention.start ? verb.end : mention.end);
    const rest = text.normalizedSlice(from, Math.min(clause.end, from + REACH));
    const complement = COMPLEMENT.exec(rest);
    if (complement) {
      const lead = complement[0].length - complement[0].trimStart().length;
      const at = originalAt(text, text.normalized.toNormalized(from) + complement.index + lead);
      if (mention.start < at) return { start, end: at, statement: true };
      return { start: at, end, statement: false };
    }
    // "the administration said it wanted …": English drops "that"; a date before the verb, or right after it, dates the saying.
    const between = mention.start >= verb.end ? (text.text.slice(verb.end, mention.start).match(WORD)?.length ?? 0) : 0;
    if (text.language === 'en' && (mention.end <= verb.start || between <= 1)) return { start, end: Math.max(mention.end, verb.end), statement: true };
  } else if (verb) {
    const between = text.text.slice(verb.end, mention.start);
    if (mention.end <= verb.start || (mention.start >= verb.end && (between.match(WORD)?.length ?? 0) <= JUDGE_FRAME_WORDS)) {
      return { start, end: Math.max(mention.end, verb.end), statement: true };
    }
  }
  const headStart = Math.max(clause.start, mention.start - REACH);
  const head = text.normalizedSlice(headStart, mention.start);
  const base = text.normalized.toNormalized(headStart);
  const after = text.language === 'ar' ? COMES_AFTER.exec(head) : null;
  if (after) start = originalAt(text, base + after.index + after[0].length);
  // `تستضيفها مملكة البحرين منذ انضمامها إلى الجامعة عام 1971`: the date is the joining's.
  const since = [...head.matchAll(SINCE)].at(-1);
  if (since) start = Math.max(start, originalAt(text, base + since.index + since[0].length));
  return { start, end, statement: false };
}

/** `حيث` opening the clause: "where", the place told just before. */
const WHERE_OPENER = /^\s*[وف]?حيث\s/u;

export interface PlaceQuery {
  clause: Clause;
  /** The date phrase, offsets into the paragraph. */
  mention: Span;
  /** The cue that governs the clause (its type is the event's), offsets into the clause. */
  cue: EventCue | null;
  /** The clause's actors, offsets into the clause. */
  actors: readonly ActorMatch[];
  /** The paragraph's index in the article (the lead and the dateline speak for the first). */
  paragraph?: number;
  /** The date was resolved against the publication date (اليوم، أمس، "on Tuesday"). */
  relative?: boolean;
}

/** Reads where events happened; `placeOf` is asked once per event, in text order. */
export interface EventPlaces {
  placeOf(query: PlaceQuery): LocatedPlace | null;
}

function completeBorder(candidate: Candidate, other: Place | null | undefined): PlaceMatch | null {
  if (!candidate.oneSided) return candidate.match;
  const place = other ? borderPlace(candidate.oneSided, other) : null;
  return place ? { ...candidate.match, place } : null;
}

/** The country of the nearest place in `candidates` not in `country` (the other side of a border). */
function otherCountryNear(candidates: readonly Candidate[], at: Span, country: string | null): Place | null {
  const distance = distanceTo(at);
  let found: Candidate | undefined;
  for (const candidate of candidates) {
    const iso = candidate.match.place.country;
    if (!iso || iso === country || candidate.oneSided) continue;
    if (!found || distance(candidate.match) < distance(found.match)) found = candidate;
  }
  const iso = found?.match.place.country;
  return iso ? (countryOf(iso) ?? null) : null;
}

function countryOf(iso: string): Place | undefined {
  return placeById(iso.toLowerCase());
}

/** The place the clause itself gives, and the frame it was read in. */
function clausePlace(query: PlaceQuery, home: Place | null, usable: (candidate: Candidate) => boolean = () => true): { match: PlaceMatch | null; frame: Frame; unknown: boolean } {
  const { clause, mention } = query;
  const paragraph = placesOf(clause.paragraph);
  const frame = frameOf(clause, mention);
  // `قادماً من أربيل، حيث التقى …`: حيث takes the place just named before it.
  if (clause.paragraph.language === 'ar' && WHERE_OPENER.test(clause.normalized)) {
    const before = paragraph.within(Math.max(0, clause.start - 40), clause.start).filter((candidate) => candidate.match.place.kind !== 'country' && !candidate.oneSided).at(-1);
    if (before && /^[\s،,]*$/u.test(clause.paragraph.text.slice(before.match.end, clause.start))) return { match: before.match, frame, unknown: false };
  }
  const from = Math.max(frame.start, mention.start - REACH);
  const to = Math.min(frame.end, mention.end + REACH);
  const inFrame = paragraph.within(from, to).filter((candidate) => !candidate.origin && usable(candidate));
  const sentence = paragraph.sentences[paragraph.sentenceIndex(mention.start)]!;
  const near = () => paragraph.within(Math.max(sentence.start, mention.start - REACH), Math.min(sentence.end, mention.end + REACH));
  const other = (candidate: Candidate) => home ?? otherCountryNear(near(), candidate.match, candidate.oneSided!.country);
  const found = best(
    inFrame.filter((candidate) => !candidate.oneSided || completeBorder(candidate, other(candidate))),
    mention,
  );
  // A town the gazetteer does not know is named here: a known city only can stand beside it (and
  // beside an unknown region, a known border or sea too).
  const named = startingIn(paragraph.unknown, from, to).filter((span) => span.end <= to);
  const unknown = named.length > 0;
  if (unknown && (!found || named.some((span) => found.rank > span.rank))) return { match: null, frame, unknown };
  return { match: found ? completeBorder(found, found.oneSided ? other(found) : null) : null, frame, unknown };
}

/** Where events happened, read from the clause alone (no article around it). */
export const CLAUSE_ONLY: EventPlaces = {
  placeOf(query) {
    const { match } = clausePlace(query, null);
    return match ? { match, from: 'clause' } : null;
  },
};

const TELLS_WHERE = /^[\s،,]*(?:[وف]?(?:حين|حينما|عندما|لما)|when)(?=\s)/iu;

/** Another date further than this (in characters) from a place cannot have it in its clause. */
const OWNER_REACH = 600;

/** How many opening paragraphs the headline and dateline speak for: the lead. */
const LEAD_WORDS = 8;

/** Where an article's events happened, in context: built once per article. */
export class ArticlePlaces implements EventPlaces {
  /** Where each happening the article named was first placed. */
  private readonly firstPlaced = new Map<HappeningKey, LocatedPlace>();
  private readonly headline: Candidate | undefined;
  private readonly headlineTypes: Set<string>;
  /** The first paragraph of prose after the headline. */
  readonly lead: number;
  private readonly home: Place | null;

  constructor(
    paragraphs: readonly Paragraph[],
    /** The article's headline (its first paragraph, when that is no lead), if it has one. */
    headline: Paragraph | undefined,
    texts: (paragraph: Paragraph) => ParagraphText,
    readonly dateline: Dateline | null,
    headlineTypes: readonly string[],
    /** The spans of the dates that tell happenings, per paragraph (in text order): their clauses are theirs. */
    private readonly dates: (paragraph: number) => readonly Span[] = () => [],
  ) {
    this.lead = paragraphs.find((p) => p !== headline && !p.byline && !p.boilerplate && (p.text.match(WORD)?.length ?? 0) >= LEAD_WORDS)?.index ?? -1;
    this.home = dateline ? (dateline.place.kind === 'country' ? dateline.place : dateline.place.country ? (countryOf(dateline.place.country) ?? null) : null) : null;
    this.headlineTypes = new Set(headlineTypes);
    if (headline) {
      const places = placesOf(texts(headline));
      const usable = places.candidates.filter((candidate) => !candidate.oneSided);
      this.headline = best(usable, { start: 0, end: 0 });
      // What the headline places: `قمة … في المنامة` → the summit is in Manama.
      for (const noun of places.nouns) {
        const after = usable.find((candidate) => candidate.match.start >= noun.end) ?? usable.at(-1);
        if (after && !this.firstPlaced.has(noun.key)) this.firstPlaced.set(noun.key, { match: after.match, from: 'headline' });
      }
    }
  }

  /** The dateline's place as the capital when the text says `في العاصمة`. */
  private datelinePlace(capital: boolean): PlaceMatch | null {
    const dateline = this.dateline;
    if (!dateline) return null;
    let place = dateline.place;
    if (capital && place.kind === 'country') place = (place.capital && placeById(place.capital)) || place;
    if (capital && place.kind !== 'capital') return null;
    return { place, start: dateline.start, end: dateline.end, text: dateline.text };
  }

  /** A statement is local when none of its speakers is from elsewhere than the dateline's country. */
  private local(query: PlaceQuery, frame: Frame): boolean {
    const home = this.home?.country;
    if (!home) return false;
    const clauseStart = query.clause.start;
    return query.actors.every((actor) => {
      const at = clauseStart + actor.start;
      if (at < frame.start || at >= frame.end) return true;
      return actor.actor.country === home;
    });
  }

  /** The dateline's own words are where the article was filed, not prose: no clause or sentence reads them. */
  private inDateline(query: PlaceQuery, candidate: Candidate): boolean {
    const dateline = this.dateline;
    return dateline !== null && query.paragraph === dateline.paragraph && candidate.match.start < dateline.end && dateline.start < candidate.match.end;
  }

  /**
   * Whether a candidate read outside the date's clause can be its place: not the dateline itself,
   * and not in the clause of another date (`وصل إلى طهران في نوفمبر` places November's happening,
   * not October's told before it).
   */
  private free(query: PlaceQuery, candidate: Candidate): boolean {
    if (candidate.oneSided || this.inDateline(query, candidate)) return false;
    const { match } = candidate;
    for (const date of startingIn(this.dates(query.paragraph ?? -1), match.start - OWNER_REACH, match.start + OWNER_REACH)) {
      if (date.start === query.mention.start) continue;
      const clause = clauseAround(query.clause.paragraph, date);
      if (match.start >= clause.start && match.end <= clause.end) return false;
    }
    return true;
  }

  placeOf(query: PlaceQuery): LocatedPlace | null {
    const found = this.locate(query);
    // Only a place read where the happening is told (or, for the lead, its headline and dateline) places it for later.
    if (found && (found.from === 'clause' || found.from === 'headline' || found.from === 'dateline')) this.remember(query, found);
    return found;
  }

  private locate(query: PlaceQuery): LocatedPlace | null {
    const { clause, mention, cue } = query;
    const text = clause.paragraph;
    const paragraph = placesOf(text);
    const { match, frame, unknown } = clausePlace(query, this.home, (candidate) => !this.inDateline(query, candidate));
    if (match) return { match, from: 'clause' };
    if (unknown || cue?.type === 'call') return null;
    const sentenceAt = paragraph.sentenceIndex(mention.start);
    const sentence = paragraph.sentences[sentenceAt]!;
    // What is read around the date: its sentence, no further than REACH on either side.
    const from = Math.max(sentence.start, mention.start - REACH);
    const to = Math.min(sentence.end, mention.end + REACH);
    const pointer = startingIn(paragraph.pointers, from, Math.max(clause.end, mention.end)).find((span) => span.end <= Math.max(clause.end, mention.end));
    const localPlace = () => {
      if (!pointer) return null;
      const capital = /العاصم|capital/iu.test(text.text.slice(pointer.start, pointer.end));
      return this.datelinePlace(capital);
    };
    // "here" with no dateline known: local, but not known where; no other place fits.
    if (pointer && !localPlace()) return null;
    if (frame.statement) {
      // Where it was said: a place set before it in the sentence (`وفي نيويورك، قال …`), "here", or at home.
      const before = best(paragraph.within(from, clause.start).filter((candidate) => this.free(query, candidate)), mention);
      if (before) return { match: before.match, from: 'sentence' };
      const here = localPlace();
      if (here) return { match: here, from: 'dateline' };
      const home = this.local(query, frame) ? this.datelinePlace(false) : null;
      return home ? { match: home, from: 'dateline' } : null;
    }
    // The happening told again: where it was first placed.
    const reference = startingIn(paragraph.references, from, clause.end).at(-1);
    const earlier = reference && this.firstPlaced.get(reference.key);
    if (earlier) return { match: earlier.match, from: earlier.from === 'headline' ? 'headline' : 'earlier-mention' };
    const here = localPlace();
    if (here) return { match: here, from: 'dateline' };
    const inSentence = best(
      paragraph.within(from, this.tellsWhere(text, clause) ? to : clause.start).filter((candidate) => (candidate.match.end <= clause.start || candidate.match.start >= clause.end) && this.free(query, candidate)),
      mention,
    );
    if (inSentence) return { match: inSentence.match, from: 'sentence' };
    for (let i = sentenceAt - 1; i >= Math.max(0, sentenceAt - EARLIER_SENTENCES); i--) {
      const { start, end } = paragraph.sentences[i]!;
      const found = best(paragraph.within(Math.max(start, end - REACH), end).filter((candidate) => this.free(query, candidate)), { start: end, end });
      if (found) return { match: found.match, from: 'paragraph' };
    }
    // The lead tells the headline's story, filed from the dateline.
    if (query.paragraph === this.lead) {
      if (this.headline && (!cue || this.headlineTypes.has(cue.type))) return { match: this.headline.match, from: 'headline' };
      const home = this.datelinePlace(false);
      if (home && query.relative) return { match: home, from: 'dateline' };
    }
    return null;
  }

  /**
   * The sentence goes on to say when it happened and where (`…، حين التقى … في مسقط`, ", when
   * delegations met in Istanbul"): what follows the clause tells its happening (not `حيث`, which
   * the press also uses for "and there they discussed …", the subject). Otherwise only what stands before it
   * (`وفي نيويورك، قال …`) frames it; what follows is another happening or its subject.
   */
  private tellsWhere(text: ParagraphText, clause: Clause): boolean {
    return TELLS_WHERE.test(text.normalizedSlice(clause.end, clause.end + 16));
  }

  /** The happening an event names, placed: the first place of each kind of happening is kept. */
  private remember(query: PlaceQuery, located: LocatedPlace): void {
    const paragraph = placesOf(query.clause.paragraph);
    const { clause } = query;
    const at = located.match.start >= clause.start && located.match.end <= clause.end ? located.match : query.mention;
    const distance = distanceTo(at);
    let nearest: Reference | undefined;
    for (const noun of startingIn(paragraph.nouns, Math.max(clause.start, at.start - REACH), Math.min(clause.end, at.end + REACH))) {
      if (noun.end > clause.end) continue;
      if (!nearest || distance(noun) < distance(nearest)) nearest = noun;
    }
    if (nearest && !this.firstPlaced.has(nearest.key)) this.firstPlaced.set(nearest.key, { match: located.match, from: located.from === 'headline' ? 'headline' : 'earlier-mention' });
  }
}
