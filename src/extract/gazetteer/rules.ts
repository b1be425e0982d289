/**
 * Context rules for ambiguous names (see ambiguity.ts): cue words before or after, words
 * nearby, and the grammatical tests that tell a place or a person from an adjective.
 */
import { WINDOW, type Cue, type Rule } from './ambiguity.ts';
import { norm, readings, type ScannedText, type WordReading } from './matcher.ts';

// Words that can stand before a definite adjective without making it one: prepositions and
// particles (في السعودية is the country, الخارجية السعودية the adjective).
const NOT_NOUNS = new Set(
  ['في', 'الى', 'من', 'عن', 'على', 'مع', 'بين', 'حول', 'لدى', 'عند', 'نحو', 'ضد', 'منذ', 'حتى', 'بعد', 'قبل', 'خلال', 'داخل', 'خارج', 'تجاه', 'عبر', 'لصالح', 'او', 'ام', 'ان', 'انه', 'الا', 'ثم', 'بل', 'لكن', 'اما', 'هي', 'هو', 'ذلك', 'تلك', 'هذه', 'هذا', 'التي', 'الذي', 'الذين', 'اللتين', 'اللذين', 'كل', 'كلا', 'اي', 'ايضا', 'امام', 'وراء', 'فوق', 'تحت', 'لان', 'كما', 'عدا', 'سوي'].map(norm),
);
// Construct heads that take a country (حكومة سورية، رئاسة سورية): the country, not an adjective.
const COUNTRY_HEADS = new Set(
  ['حكومة', 'دولة', 'جمهورية', 'رئاسة', 'وزارة', 'خارجية', 'سفارة', 'عاصمة', 'حدود', 'زيارة', 'مدينة', 'محافظة', 'أراضي', 'اراضي', 'جنوب', 'شمال', 'شرق', 'غرب', 'وسط', 'رئيس', 'سيادة', 'وحدة', 'مستقبل', 'شعب', 'أمن', 'استقرار'].map(norm),
);
// Adjectives that may follow a place name without making it a construct head (حماة السورية، ريف حماة الشمالي).
const PLACE_ADJECTIVE = /^(ال)?(سوري|شمالي|جنوبي|شرقي|غربي|اوسط|وسطي|محتل|قديم|جديد|كبري|عاصمه|مدينه|ليبي|لبناني|عراقي|تركي|ايراني|يمني|مصري)(ه|ين|يه)?$/;

function definite(word: string): boolean {
  return word.startsWith('ال') && word.length > 3;
}

function cueHolds(cue: Cue, scanned: ScannedText, first: number, last: number): boolean {
  const tokens = scanned.tokens;
  if (cue.prev) {
    for (const cueWords of cue.prev) {
      // a cue of several words (`at the`) must stand word for word right before the name
      const words = cueWords.split(' ');
      const start = first - words.length;
      if (start < 0) continue;
      let holds = true;
      for (let k = 0; k < words.length && holds; k++) {
        const token = tokens[start + k]!;
        // the first cue word may carry proclitics (وفي); the others are read as written
        holds = k === 0 ? readings(token).some((r) => r.word === norm(words[k]!)) : token.word === norm(words[k]!);
      }
      if (holds) return true;
    }
  }
  if (cue.next) {
    const after = tokens[last + 1];
    if (after) {
      const forms = readings(after).map((r) => r.word);
      if (cue.next.some((word) => forms.includes(norm(word)))) return true;
    }
  }
  if (cue.window) {
    const from = Math.max(0, tokens[first]!.start - WINDOW);
    const to = Math.min(scanned.normalized.length, tokens[last]!.end + WINDOW);
    const around = scanned.normalized.slice(from, tokens[first]!.start) + ' ' + scanned.normalized.slice(tokens[last]!.end, to);
    if (cue.window.some((word) => around.includes(norm(word)))) return true;
  }
  return false;
}

export function ruleHolds(rule: Rule, scanned: ScannedText, first: number, last: number, reading: WordReading): boolean {
  const tokens = scanned.tokens;
  if (rule.proclitics === false && reading.proclitic !== '') return false;
  if (rule.cue && !cueHolds(rule.cue, scanned, first, last)) return false;
  if (rule.cue2 && !cueHolds(rule.cue2, scanned, first, last)) return false;
  if (rule.not && cueHolds(rule.not, scanned, first, last)) return false;
  if (rule.notSpelled) {
    const span = scanned.toOriginal(tokens[first]!.start, tokens[last]!.end);
    if (rule.notSpelled.test(scanned.original.slice(span.start, span.end))) return false;
  }
  const before = tokens[first - 1]?.word;
  const after = tokens[last + 1]?.word;
  if (rule.notAfterDefinite && reading.proclitic === '' && before && definite(before) && !NOT_NOUNS.has(before)) return false;
  if (rule.notConstructHead && after && definite(after) && !PLACE_ADJECTIVE.test(after)) return false;
  if (rule.adjectiveLike && reading.proclitic === '') {
    if (after && !definite(after) && /يه$/.test(after) && after.length > 3 && !NOT_NOUNS.has(after)) return false;
    if (before && !definite(before) && !NOT_NOUNS.has(before) && !COUNTRY_HEADS.has(before) && /(ه|ات|ين|ون)$/.test(before)) return false;
  }
  return true;
}


// ── Generated places (world.ts) ─────────────────────────────────────────────

/** Nouns that make the next name a place: مدينة الأبيض، the city of Reading. */
const PLACE_NOUNS: Cue = {
  prev: [
    'مدينه', 'بلده', 'قريه', 'ولايه', 'محافظه', 'اقليم', 'مقاطعه', 'منطقه', 'عاصمه', 'ميناء', 'مطار', 'جزيره', 'قضاء', 'ناحيه', 'مديريه',
    'مدينتي', 'بلدتي', 'ريف', 'ضواحي', 'اطراف', 'مخيم',
    'city of', 'town of', 'village of', 'port of', 'province of', 'region of', 'state of', 'district of', 'city', 'town', 'province', 'region', 'state of',
  ],
};
/** Prepositions of place: في الأبيض is still not enough alone, in Mobile is (with context). */
const LOCATIVES: Cue = {
  prev: [
    'في', 'الي', 'من', 'قرب', 'نحو', 'داخل', 'حول', 'عبر', 'شمال', 'جنوب', 'شرق', 'غرب', 'شمالي', 'جنوبي', 'شرقي', 'غربي', 'وسط', 'حتي', 'زار', 'يزور', 'زيارته',
    'in', 'at', 'near', 'from', 'to', 'into', 'outside', 'around', 'across', 'toward', 'towards', 'via', 'visited', 'visit', 'visiting',
  ],
};
/** Words before a name that make it a person, a newspaper, a street, a club: not the place. */
const NOT_PLACE_BEFORE: Cue = {
  prev: [
    'الرئيس', 'الرئيسه', 'الشيخ', 'السيد', 'السيده', 'الانسه', 'الامير', 'الاميره', 'الملك', 'الملكه', 'الدكتور', 'الدكتوره', 'المهندس', 'الفنان', 'الفنانه',
    'الكاتب', 'الكاتبه', 'الشاعر', 'الشاعره', 'اللاعب', 'اللاعبه', 'الشهيد', 'الشهيده', 'الحاج', 'الحاجه', 'المواطن', 'المواطنه', 'الطفل', 'الطفله', 'المدعو', 'المدعوه',
    'ابو', 'ام', 'بن', 'ابن', 'بنت', 'صحيفه', 'جريده', 'مجله', 'قناه', 'اذاعه', 'وكاله', 'نادي', 'فريق', 'شارع', 'حي', 'ساحه', 'جاده', 'فندق', 'شركه', 'مسلسل', 'فيلم', 'روايه', 'اغنيه',
    'al', 'el', 'bin', 'ibn', 'abu', 'bint',
    'mr', 'mrs', 'ms', 'dr', 'president', 'senator', 'sen', 'gov', 'governor', 'rep', 'lady', 'lord', 'sir', 'king', 'queen', 'prince', 'princess', 'saint', 'st', 'coach', 'actress', 'actor', 'singer',
  ],
  next: ['بن', 'ابن', 'بنت'],
};
/** A cue list normalized once: the generated names are tried often, on every scan. */
interface CompiledCue {
  prev: Set<string>;
  prevPhrases: string[][];
  next: Set<string>;
}
function compile(cue: Cue): CompiledCue {
  const prev = new Set<string>();
  const prevPhrases: string[][] = [];
  for (const words of cue.prev ?? []) {
    const normalized = norm(words).split(' ');
    if (normalized.length === 1) prev.add(normalized[0]!);
    else prevPhrases.push(normalized);
  }
  return { prev, prevPhrases, next: new Set((cue.next ?? []).map(norm)) };
}
function compiledHolds(cue: CompiledCue, scanned: ScannedText, first: number, last: number): boolean {
  const tokens = scanned.tokens;
  const before = tokens[first - 1];
  if (before && readings(before).some((r) => cue.prev.has(r.word))) return true;
  for (const phrase of cue.prevPhrases) {
    const start = first - phrase.length;
    if (start >= 0 && phrase.every((word, k) => tokens[start + k]!.word === word)) return true;
  }
  const after = tokens[last + 1];
  return Boolean(after && cue.next.size > 0 && readings(after).some((r) => cue.next.has(r.word)));
}
const PLACE_NOUNS_COMPILED = compile(PLACE_NOUNS);
const LOCATIVES_COMPILED = compile(LOCATIVES);
const NOT_PLACE_BEFORE_COMPILED = compile(NOT_PLACE_BEFORE);

const MONTHS_AND_DAYS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|on|in|and|or|but)$/;

/** Which of `words` (normalized) stands within WINDOW characters of the name, or null. */
export function wordNear(words: readonly string[], scanned: ScannedText, first: number, last: number): string | null {
  if (words.length === 0) return null;
  const tokens = scanned.tokens;
  const from = Math.max(0, tokens[first]!.start - WINDOW);
  const to = Math.min(scanned.normalized.length, tokens[last]!.end + WINDOW);
  const around = scanned.normalized.slice(from, tokens[first]!.start) + ' ' + scanned.normalized.slice(tokens[last]!.end, to);
  return words.find((word) => around.includes(word)) ?? null;
}

export interface WorldVerdict {
  /** Why the name was read as this place, when a choice was made; '' when nothing needed saying. */
  why: string;
}

/**
 * Whether a generated spelling (world.ts) names its place here, and why. `gate`: the name is
 * also a word or first name ('word', 'person') or lacks its article ('article'); `shared`:
 * another place holds the spelling by default; `context`: words naming the place's own
 * division or country.
 */
export function worldAliasHolds(
  alias: { name: string; gate: 'word' | 'person' | 'article' | null; shared: boolean; holders: number; context: readonly string[]; division: readonly string[]; nisba: readonly string[]; place: { en: string } },
  scanned: ScannedText,
  first: number,
  last: number,
  reading: WordReading,
): WorldVerdict | null {
  const tokens = scanned.tokens;
  const latin = !tokens[first]!.arabic;
  if (reading.proclitic === '' && compiledHolds(NOT_PLACE_BEFORE_COMPILED, scanned, first, last)) return null;
  if (latin) {
    const capitalized = (index: number) => {
      const token = tokens[index]!;
      const span = scanned.toOriginal(token.start, token.end);
      const head = scanned.original[span.start] ?? '';
      return head !== head.toLowerCase() ? scanned.original.slice(span.start, span.end) : null;
    };
    // "DATE", "MOBILE": capitals are a heading or code, not a name that is also a word.
    if (alias.gate && capitalized(first)?.toUpperCase() === capitalized(first) && (capitalized(first)?.length ?? 0) > 2) return null;
    // "Marco Rubio", "al-Sabah": a surname, not the place.
    const previous = tokens[first - 1];
    if (previous && !previous.arabic && scanned.normalized.slice(previous.end, tokens[first]!.start) === ' ' && capitalized(first - 1) && !compiledHolds(LOCATIVES_COMPILED, scanned, first, last)) return null;
    // "Victoria Nuland", "Mobile Street", "Reading Festival": a longer name, not the place.
    const next = tokens[last + 1];
    if (next && !next.arabic && scanned.normalized.slice(tokens[last]!.end, next.start) === ' ' && !MONTHS_AND_DAYS.test(next.word)) {
      const at = scanned.toOriginal(next.start, next.end).start;
      const head = scanned.original[at] ?? '';
      if (head !== head.toLowerCase()) return null;
    }
  }
  const noun = reading.proclitic === '' || reading.proclitic === 'و' ? compiledHolds(PLACE_NOUNS_COMPILED, scanned, first, last) : false;
  const locative = compiledHolds(LOCATIVES_COMPILED, scanned, first, last) || /ب$/.test(reading.proclitic);
  const near = wordNear(alias.context, scanned, first, last);
  // "العمارة العراقية", "أطار الموريتانية": the country's nisba right after the name places it.
  const after = tokens[last + 1]?.word ?? '';
  const placedBy = after.startsWith('ال') ? alias.nisba.find((stem) => after.startsWith(`ال${stem}`)) : undefined;
  const reasons: string[] = [];
  if (alias.gate === 'article' && !noun) return null;
  if (alias.gate === 'word') {
    // A word as common as في إطار needs more than a preposition and its country nearby.
    if (noun) reasons.push(`a place noun before "${alias.name}", which is also a word`);
    else if (placedBy) reasons.push(`"${alias.name}" is also a word: read as a place before "${after}"`);
    else if (locative && wordNear(alias.division, scanned, first, last)) reasons.push(`"${alias.name}" is also a word: read as a place after a preposition of place, with its division named nearby`);
    else return null;
  }
  if (alias.gate === 'person') {
    if (!noun && !locative && !placedBy) return null;
    reasons.push(`"${alias.name}" is also a name: read as a place ${noun ? 'after a place noun' : locative ? 'after a preposition of place' : `before "${after}"`}`);
  }
  if (alias.shared) {
    if (!near) return null;
    reasons.push(`"${near}" nearby: ${alias.place.en}, not the place "${alias.name}" names by default`);
  } else if (alias.holders > 1) {
    reasons.push(`the biggest of ${alias.holders} places named "${alias.name}"`);
  }
  return { why: reasons.join('; ') };
}
