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

