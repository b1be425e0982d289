/**
 * English clauses cut at a comma can lose their subject to what the commas enclose: in "Talks on
 * a trade deal, launched in 2019, stalled in March", the clause of "2019" is "launched in 2019"
 * and the clause of "March" is "stalled in March"; in "Blinken's trip, his ninth to the region
 * since Oct. 7, 2023, begins Tuesday in Cairo", the clause of "Tuesday" is "begins Tuesday in
 * Cairo". Titled alone they say "Launched", "Stalled", "Begins in Cairo". The subject they share
 * is the sentence's opening noun phrase, before its first comma: "Talks on a trade deal launched",
 * "Blinken's trip begins in Cairo".
 *
 * Arabic needs none of this: its verb comes first and carries its subject (`وكان الوزيران قد التقيا`).
 */
import { ABBREVIATIONS } from './abbreviations.ts';

/** How far back (in characters) a clause looks for the start of its sentence: the work per date stays bounded. */
const SENTENCE_REACH = 400;
/** A subject longer than this is no noun phrase but a clause of its own. */
const SUBJECT_MAX_WORDS = 10;

/**
 * Words that open a sentence's first comma-piece when that piece is no subject: prepositions,
 * conjunctions and adverbs ("On Monday,", "After the talks,", "Meanwhile,").
 */
const NOT_A_SUBJECT = new Set(
  (
    'on in at after before during since when while as although though if because once until unless ' +
    'last this next earlier later meanwhile however but and yet still also then today yesterday tomorrow ' +
    'separately according speaking asked instead indeed moreover furthermore nevertheless nonetheless ' +
    'despite following under with without for from by to over about among between within amid ' +
    'there here it he she they we i you who which what where why how that these those so thus'
  ).split(' '),
);

/**
 * Verbs a subjectless clause starts with: auxiliaries, irregular past forms and present forms
 * news tells happenings with. A regular past form ("-ed") counts too; a word in "-s" only when
 * listed here ("begins"), since most are plural nouns ("talks resumed").
 */
const VERBS = new Set(
  (
    'is are was were has have had will would could can may might must shall should did does do be been ' +
    'held met began begun made took taken sent came went left said told won lost fell rose broke brought built ' +
    'led ran set struck sought spoke thought wrote written drove fled hit kept paid put shut saw seen got ' +
    'gave given found became stood sat withdrew drew drawn chose chosen undertook overtook underwent ' +
    'begins ends starts opens closes takes comes goes meets marks follows remains continues resumes ' +
    'arrives leaves visits hosts signs holds'
  ).split(' '),
);

/** A piece that names a time ("Two weeks ago", "Last March") dates the sentence; it is not its subject. */
const TIME_WORDS =
  /\b(?:ago|\d{4}|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year)s?\b/i;

const SENTENCE_END = /[.!?]["'”’)]*\s+["'“‘(]*[A-Z]/g;
/** Full stops that end no sentence: initials and the abbreviations news writes before a name or a number. */
const ABBREVIATION = new RegExp(`(?:^|[\\s(])(?:(?:[A-Z]\\.)+[A-Z]|${ABBREVIATIONS})\\.$`);
const WORD = /[A-Za-z'’-]+/;

function isVerb(word: string): boolean {
  const lower = word.toLowerCase();
  return VERBS.has(lower) || (/^[a-z]+ed$/.test(word) && lower.length > 4);
}

/**
 * The subject the clause starting at `clauseStart` lost to a comma, or null when it has its own
 * (or the sentence's opening piece is no subject). `text` is the paragraph.
 */
export function lostSubject(text: string, clauseStart: number): string | null {
  // The clause follows a comma and starts with a verb in lower case.
  let at = clauseStart;
  while (at > 0 && /\s/.test(text[at - 1]!)) at--;
  if (text[at - 1] !== ',') return null;
  let start = clauseStart;
  while (start < text.length && /\s/.test(text[start]!)) start++;
  const first = WORD.exec(text.slice(start, start + 40))?.[0];
  if (!first || text.slice(start, start + first.length) !== first || !/^[a-z]/.test(first) || !isVerb(first)) return null;
  // The sentence it belongs to starts after the last sentence end within reach (or with the paragraph).
  const from = Math.max(0, at - SENTENCE_REACH);
  let sentenceStart = from === 0 ? 0 : -1;
  SENTENCE_END.lastIndex = from;
  for (let end = SENTENCE_END.exec(text); end && end.index < at; end = SENTENCE_END.exec(text)) {
    SENTENCE_END.lastIndex = end.index + end[0].length - 1;
    if (text[end.index] === '.' && ABBREVIATION.test(text.slice(Math.max(0, end.index - 8), end.index + 1))) continue;
    sentenceStart = SENTENCE_END.lastIndex;
  }
  if (sentenceStart < 0) return null;
  while (sentenceStart < at && /["'“‘(\s]/.test(text[sentenceStart]!)) sentenceStart++;
  // Its opening piece, up to its first comma, before the clause: a short noun phrase.
  const comma = text.indexOf(',', sentenceStart);
  if (comma < 0 || comma >= at) return null;
  const subject = text.slice(sentenceStart, comma).trim();
  const words = subject.split(/\s+/);
  if (!/^[A-Z0-9]/.test(subject) || words.length > SUBJECT_MAX_WORDS) return null;
  if (NOT_A_SUBJECT.has(words[0]!.toLowerCase()) || TIME_WORDS.test(subject)) return null;
  // A piece that holds a verb of its own is a clause, not a subject ("The talks ended, resumed …").
  if (words.slice(1).some((word) => /^[a-z]/.test(word) && isVerb(word.replace(/[^A-Za-z'’-]/g, '')))) return null;
  return subject;
}
