/**
 * The phrase matcher shared by places, actors and event cues.
 *
 * Phrases are compiled once into a trie keyed by normalized words. A text is normalized
 * (normalizeArabic, then lower case for Latin), cut into words, and each word is tried as
 * the start of a phrase: one trie walk of at most `depth` words per position, so a scan is
 * linear in the length of the text whatever the size of the lexicon (no per-phrase regex).
 *
 * Arabic words carry proclitics: the conjunctions و ف, the prepositions ب ل ك, and their
 * combinations (وب، فل...). Before a word is looked up those are peeled off, and ل + ال
 * fused as لل is restored (للرياض → الرياض). A phrase whose first word carries the article
 * (الرياض) therefore matches والرياض، بالرياض، للرياض، وللرياض; a phrase without it
 * (اسطنبول) matches باسطنبول، واسطنبول، لاسطنبول but never الاسطنبول.
 * Phrases only match whole words: جدة never matches inside جديدة.
 */
import { FOLD, FOLDED, KEEP, KIND, PRESENTATION, normalizeArabic, presentationCodes, type NormalizedText } from '../normalize.ts';

export interface Token {
  /** Normalized, lower-cased word. */
  word: string;
  /** Offsets in the normalized text. */
  start: number;
  end: number;
  arabic: boolean;
  /** What is known of this word, shared by its tokens. */
  lexeme: Lexeme;
}

/**
 * A word as the scan cuts it, one object for every token of it in a cached chunk, keeping what
 * the lookups learn of it: its readings (proclitics peeled off) and, per phrase index, the trie
 * node each reading begins. News repeats its words: most tokens are looked up without a search.
 */
export interface Lexeme {
  readonly word: string;
  readonly arabic: boolean;
  readings?: WordReading[];
  /** By phrase index (its number): the node each reading begins (undefined: none), in the readings' order. */
  firsts?: (unknown[] | undefined)[];
}

export interface ScannedText {
  original: string;
  normalized: string;
  tokens: Token[];
  toOriginal(start: number, end: number): { start: number; end: number };
  /** The places found in it (find-places.ts keeps them here, for whoever asks next). */
  places?: RawMatch<unknown>[];
}

// Word characters: Arabic letters (after normalization there are no diacritics left),
// Latin letters with their accented forms, digits.
const ARABIC_LETTER = /[\u0621-\u063A\u0641-\u064A\u066E-\u06D5\u06FA-\u06FF]/;
const WORD_CHAR = /[\u0621-\u063A\u0641-\u064A\u066E-\u06D5\u06FA-\u06FFA-Za-z0-9\u00C0-\u024F]/;

function lowerKeepingLength(text: string): string {
  // toLowerCase can change the length of a few characters (İ → i̇); keep those as they are
  // so that normalized offsets stay one-to-one with the offset map.
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    out += lower.length === ch.length ? lower : ch;
  }
  return out;
}

/** Latin accents folded so that "Côte d'Ivoire" and "Cote d'Ivoire" meet (same length). */
const LATIN_FOLD: Record<string, string> = {
  à: 'a', á: 'a', â: 'a', ã: 'a', ä: 'a', å: 'a', ç: 'c', è: 'e', é: 'e', ê: 'e', ë: 'e',
  ì: 'i', í: 'i', î: 'i', ï: 'i', ñ: 'n', ò: 'o', ó: 'o', ô: 'o', õ: 'o', ö: 'o', ù: 'u',
  ú: 'u', û: 'u', ü: 'u', ý: 'y', ÿ: 'y', ş: 's', ș: 's', ţ: 't', ț: 't', ğ: 'g', ı: 'i',
  ł: 'l', ś: 's', ź: 'z', ż: 'z', ć: 'c', ń: 'n', č: 'c', š: 's', ž: 'z', ř: 'r', ě: 'e',
};

/**
 * Extended Arabic letters some outlets use for foreign sounds, folded one-for-one onto the
 * letters the lexicon is written with (the normalizer keeps them): Maghrebi and Levantine
 * ڤ for v (ڤيينا), گ for g (گوتيريش), پ for p, چ for ch, ژ for zh.
 */
const ARABIC_EXTENDED_FOLD: Record<string, string> = {
  'ڤ': 'ف', 'ڨ': 'ق', 'گ': 'غ', 'ڭ': 'غ', 'پ': 'ب', 'چ': 'ج', 'ژ': 'ز', 'ۆ': 'و', 'ێ': 'ي', 'ە': 'ه',
};

function foldLatin(text: string): string {
  return text
    .replace(/[\u00C0-\u024F]/g, (ch) => LATIN_FOLD[ch] ?? ch)
    .replace(/[ڤڨگڭپچژۆێە]/g, (ch) => ARABIC_EXTENDED_FOLD[ch] ?? ch);
}

interface Chunk {
  normalized: NormalizedText;
  /** normalized.text, lower-cased and with Latin accents folded (same length). */
  folded: string;
  /** Word tokens of `folded`: [start, end, lexeme]. */
  words: [number, number, Lexeme][];
}

// News text repeats its words (Zipf), so each whitespace-delimited chunk is normalized once
// and reused: normalizeArabic does the work, the cache makes a long corpus cheap. The cache
// has two generations: when the young one is full it becomes the old one, and a chunk found
// only in the old one moves back to the young. Frequent words stay; words seen once (numbers,
// names, ids in a stream of a million lines) leave within two generations, so the memory a
// process keeps does not grow with its input (a chunk costs ~3 KB: 200,000 of them, the old
// single limit, held 600 MB).
let youngChunks = new Map<string, Chunk>();
let oldChunks = new Map<string, Chunk>();
const SPACE = /\s/;
const CHUNK_GENERATION = 10_000;

function rememberChunk(raw: string, chunk: Chunk): void {
  if (youngChunks.size >= CHUNK_GENERATION) {
    oldChunks = youngChunks;
    youngChunks = new Map();
  }
  youngChunks.set(raw, chunk);
}

/** How many chunks the cache holds now (for the test that it stays bounded). */
export function cachedChunks(): number {
  return youngChunks.size + oldChunks.size;
}

function chunkOf(raw: string): Chunk {
  let chunk = youngChunks.get(raw);
  if (chunk) return chunk;
  chunk = oldChunks.get(raw);
  if (chunk) {
    oldChunks.delete(raw);
    rememberChunk(raw, chunk);
    return chunk;
  }
  const normalized = normalizeArabic(raw);
  const folded = foldLatin(lowerKeepingLength(normalized.text));
  const words: [number, number, Lexeme][] = [];
  let i = 0;
  while (i < folded.length) {
    if (!WORD_CHAR.test(folded[i]!)) {
      i++;
      continue;
    }
    const start = i;
    let arabic = false;
    while (i < folded.length && WORD_CHAR.test(folded[i]!)) {
      if (!arabic && ARABIC_LETTER.test(folded[i]!)) arabic = true;
      i++;
    }
    words.push([start, i, { word: folded.slice(start, i), arabic }]);
  }
  chunk = { normalized, folded, words };
  rememberChunk(raw, chunk);
  return chunk;
}

/** Whether a code unit cuts the text into chunks (as `scan` cuts: the common separators, other Unicode spaces). */
function cutsText(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code === 32 || code === 10 || code === 9 || code === 13 || (code > 127 && SPACE.test(text[i]!));
}

/** The index of the first of `sorted` (ascending) that is `at` or more. */
function lowerBound(sorted: readonly number[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A scanned text: its chunks (each at its offsets in the original and the normalized text), the
 * normalized text and its tokens. A class, not closures: a paragraph's clauses are scanned by the
 * thousand.
 */
class Scanned implements ScannedText {
  places?: RawMatch<unknown>[];
  constructor(
    readonly original: string,
    readonly normalized: string,
    readonly tokens: Token[],
    private readonly chunks: readonly Chunk[],
    /** Where each chunk starts in the normalized text. */
    private readonly chunkNorm: readonly number[],
    /** Where each chunk starts in the original text. */
    private readonly chunkOrig: readonly number[],
  ) {}

  toOriginal(start: number, end: number): { start: number; end: number } {
    const from = this.originalAt(start, true);
    return { start: from, end: end <= start ? from : this.originalAt(end, false) };
  }

  /** Index of the last chunk starting at or before normalized offset `at`. */
  private chunkAt(at: number): number {
    const chunkNorm = this.chunkNorm;
    let lo = 0;
    let hi = chunkNorm.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (chunkNorm[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private originalAt(at: number, start: boolean): number {
    if (this.chunks.length === 0) return 0;
    const k = this.chunkAt(start ? at : Math.max(0, at - 1));
    const chunk = this.chunks[k]!;
    const local = at - this.chunkNorm[k]!;
    const length = chunk.folded.length;
    const base = this.chunkOrig[k]!;
    if (start) {
      if (local < length) return base + chunk.normalized.toOriginal(local, local + 1).start;
      return base + chunk.normalized.original.length + (local - length);
    }
    if (local <= length && local > 0) return base + chunk.normalized.toOriginal(local - 1, local).end;
    return base + chunk.normalized.original.length + Math.max(0, local - length);
  }

  /**
   * `original.slice(start, end)` as `scan` would read it. Its chunks are this scan's chunks cut to
   * the slice: a chunk wholly inside is taken as it is (not looked up again), one cut by an end
   * goes through chunkOf as `scan` would take it; the spaces between are read as `scan` reads them.
   */
  slice(start: number, end: number): ScannedText {
    // Offsets made with Math.max and the like may be held as doubles: as small integers, the
    // offsets kept below stay of one kind with scan's (and the code that reads them fast).
    const { original, chunks, chunkOrig } = this;
    start = Math.min(Math.max(0, start), original.length) | 0;
    end = Math.min(Math.max(start, end), original.length) | 0;
    const built = new ScanBuilder();
    let at = start;
    for (let k = firstChunkEndingAfter(chunks, chunkOrig, start); k < chunks.length && chunkOrig[k]! < end; k++) {
      const chunkEnd = chunkOrig[k]! + chunks[k]!.normalized.original.length;
      const from = Math.max(start, chunkOrig[k]!);
      const to = Math.min(end, chunkEnd);
      built.spaces(original, at - start, from - start, start);
      built.chunk(from === chunkOrig[k] && to === chunkEnd ? chunks[k]! : chunkOf(original.slice(from, to)), from - start);
      at = to;
    }
    built.spaces(original, at - start, end - start, start);
    return built.done(original.slice(start, end));
  }
}

/** The first of a scan's chunks that ends after `at` (original offsets). */
function firstChunkEndingAfter(chunks: readonly Chunk[], chunkOrig: readonly number[], at: number): number {
  const k = lowerBound(chunkOrig, at);
  return k > 0 && chunkOrig[k - 1]! + chunks[k - 1]!.normalized.original.length > at ? k - 1 : k;
}

/** A scan put together chunk by chunk and space by space, as `scan` and `Scanned.slice` read a text. */
class ScanBuilder {
  private readonly parts: string[] = [];
  private readonly chunkNorm: number[] = [];
  private readonly chunkOrig: number[] = [];
  private readonly chunks: Chunk[] = [];
  private readonly tokens: Token[] = [];
  /** The length of the normalized text so far. */
  private pos = 0;

  /** A chunk that starts at `at` in the text. */
  chunk(chunk: Chunk, at: number): void {
    const pos = this.pos;
    this.chunkNorm.push(pos);
    this.chunkOrig.push(at);
    this.chunks.push(chunk);
    // Indexed, not destructured (which goes through the iterator protocol): this runs for every word scanned.
    const words = chunk.words;
    for (let w = 0; w < words.length; w++) {
      const word = words[w]!;
      const lexeme = word[2];
      this.tokens.push({ word: lexeme.word, start: pos + word[0], end: pos + word[1], arabic: lexeme.arabic, lexeme });
    }
    this.parts.push(chunk.folded);
    this.pos += chunk.folded.length;
  }

  /** The spaces of `source` in [from, to) (offsets in the text, `shift` before them in `source`): one character each, a line break kept. */
  spaces(source: string, from: number, to: number, shift = 0): void {
    if (to <= from) return;
    let run = '';
    for (let i = from + shift; i < to + shift; i++) run += source.charCodeAt(i) === 10 ? '\n' : ' ';
    this.parts.push(run);
    this.pos += run.length;
  }

  done(original: string): Scanned {
    return new Scanned(original, this.parts.join(''), this.tokens, this.chunks, this.chunkNorm, this.chunkOrig);
  }
}

/**
 * `scanned.original.slice(start, end)` scanned: cut from `scanned` (the same as scanning the
 * slice anew, without reading again what the scan has read).
 */
export function scanSlice(scanned: ScannedText, start: number, end: number): ScannedText {
  return scanned instanceof Scanned ? scanned.slice(start, end) : scan(scanned.original.slice(start, end));
}

/**
 * Normalizes and tokenizes a text. The text is cut at whitespace; each chunk goes through
 * normalizeArabic (cached), and offsets are mapped back through the chunk's own offset map.
 * In the normalized string, whitespace stays one character per character: a line break
 * stays a line break (phrases never join across it), any other space becomes ' '.
 */
export function scan(original: string): ScannedText {
  let scanned = recentScans.get(original);
  if (!scanned) {
    scanned = scanAnew(original);
    if (recentScans.size >= RECENT_SCANS) recentScans.delete(recentScans.keys().next().value!);
    recentScans.set(original, scanned);
  }
  return scanned;
}

/**
 * The texts scanned last, by their text: an article's paragraph is read by its date lines and
 * again by its events (places, actors, clauses), and a scan is the same whoever asks (the places
 * found in it are kept on it, see find-places.ts). Oldest out first; a handful of articles' paragraphs.
 */
const recentScans = new Map<string, ScannedText>();
const RECENT_SCANS = 256;

/** Forgets the recent scans: an article's extraction starts with none, so no article is read faster for the one before it. */
export function forgetScans(): void {
  recentScans.clear();
}

function scanAnew(original: string): ScannedText {
  const built = new ScanBuilder();
  const n = original.length;
  let last = 0;
  for (let i = 0; i <= n; ) {
    if (i < n && !cutsText(original, i)) {
      i++;
      continue;
    }
    if (i > last) built.chunk(chunkOf(original.slice(last, i)), last);
    if (i === n) break;
    last = i;
    while (i < n && cutsText(original, i)) i++;
    built.spaces(original, last, i);
    last = i;
  }
  return built.done(original);
}

/**
 * Normalizes a lexicon phrase into words exactly as `scan` cuts a text: the same chunks (cut at
 * the same whitespace), each through the same cached `chunkOf`. The oracle of phraseWords.
 */
export function phraseWordsByChunks(phrase: string): string[] {
  const words: string[] = [];
  let last = 0;
  const n = phrase.length;
  for (let i = 0; i <= n; i++) {
    const code = i < n ? phrase.charCodeAt(i) : 32;
    if (code === 32 || code === 10 || code === 9 || code === 13 || (code > 127 && SPACE.test(phrase[i]!))) {
      if (i > last) for (const word of chunkOf(phrase.slice(last, i)).words) words.push(word[2].word);
      last = i + 1;
    }
  }
  return words;
}

// What normalization, lower case and folding make of one character, and whether it belongs to a
// word or cuts the text, filled in per code unit as they are met. Every step maps a character
// alone (the normalizer's table, toLowerCase kept to one unit, the fold tables), so a phrase's
// words are read in one pass over its code units, without the offset maps and cache of chunkOf.
const UNSET = -1;
/** The code unit after lower case and folding (of an already normalized unit). */
const LOWER_FOLDED = new Int32Array(0x10000).fill(UNSET);
/** 1: a word character, 0: not, after lower case and folding; UNSET: not yet known. */
const IS_WORD = new Int8Array(0x10000).fill(UNSET);
/** 1: whitespace that cuts a phrase into chunks (as `scan` cuts), 0: not. */
const IS_CUT = new Int8Array(0x10000).fill(UNSET);

function lowerFolded(unit: number): number {
  let folded = LOWER_FOLDED[unit]!;
  if (folded === UNSET) {
    let ch = String.fromCharCode(unit);
    const lower = ch.toLowerCase();
    if (lower.length === 1) ch = lower;
    ch = LATIN_FOLD[ch] ?? ARABIC_EXTENDED_FOLD[ch] ?? ch;
    LOWER_FOLDED[unit] = folded = ch.charCodeAt(0);
  }
  return folded;
}

function isWordUnit(unit: number): boolean {
  let word = IS_WORD[unit]!;
  if (word === UNSET) IS_WORD[unit] = word = WORD_CHAR.test(String.fromCharCode(unit)) ? 1 : 0;
  return word === 1;
}

function cutsPhrase(unit: number): boolean {
  let cut = IS_CUT[unit]!;
  if (cut === UNSET) IS_CUT[unit] = cut = unit === 32 || unit === 10 || unit === 9 || unit === 13 || (unit > 127 && SPACE.test(String.fromCharCode(unit))) ? 1 : 0;
  return cut === 1;
}

const WORD_BUFFER = new Uint16Array(1024);

/**
 * Normalizes a lexicon phrase into words exactly as `scan` cuts a text (phraseWordsByChunks, which
 * the tests compare it with), in one pass over its code units; a phrase with surrogate pairs (whose
 * lower case is read per code point) or longer than a word buffer goes the chunks' way.
 */
function phraseWords(phrase: string): string[] {
  const n = phrase.length;
  if (n > WORD_BUFFER.length) return phraseWordsByChunks(phrase);
  const words: string[] = [];
  let length = 0;
  const flush = () => {
    if (length) words.push(String.fromCharCode.apply(null, WORD_BUFFER.subarray(0, length) as unknown as number[]));
    length = 0;
  };
  const take = (unit: number) => {
    const folded = lowerFolded(unit);
    if (isWordUnit(folded)) WORD_BUFFER[length++] = folded;
    else flush();
  };
  for (let i = 0; i < n; i++) {
    const code = phrase.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return phraseWordsByChunks(phrase);
    if (cutsPhrase(code)) {
      flush();
      continue;
    }
    const kind = KIND[code];
    if (kind === KEEP) take(code);
    else if (kind === FOLDED) take(FOLD[code]!);
    else if (kind === PRESENTATION) {
      const codes = presentationCodes(code);
      if (length + codes.length > WORD_BUFFER.length) return phraseWordsByChunks(phrase);
      for (const unit of codes) take(unit);
    }
    // marks and invisible characters are dropped (they neither join nor cut words)
  }
  flush();
  return words;
}

/** Normalizes one word (or phrase) of the lexicon: same folding as the text gets. */
export function norm(phrase: string): string {
  return phraseWords(phrase).join(' ');
}

// Proclitics, longest first. ك is included (كالرياض) but only ever strips onto a word of at
// least two letters, so short words are left alone.
const PROCLITICS = ['وب', 'فب', 'ول', 'فل', 'وك', 'فك', 'و', 'ف', 'ب', 'ل', 'ك'] as const;

export interface WordReading {
  /** The word as it is looked up (proclitics removed, لل restored to ال). */
  word: string;
  /** How many characters of the token were peeled off in front. */
  skip: number;
  /** The proclitics removed ('' for none). */
  proclitic: string;
}

/** The ways an Arabic word can be read as proclitics + a word. The word itself comes first. */
export function readings(token: Token): WordReading[] {
  return (token.lexeme.readings ??= computeReadings(token));
}

function computeReadings(token: Token): WordReading[] {
  const out: WordReading[] = [{ word: token.word, skip: 0, proclitic: '' }];
  if (!token.arabic) return out;
  const word = token.word;
  for (const p of PROCLITICS) {
    if (!word.startsWith(p)) continue;
    const rest = word.slice(p.length);
    if (rest.length < 2) continue;
    out.push({ word: rest, skip: p.length, proclitic: p });
    // ل + ال is written لل: للرياض = ل + الرياض. The span keeps the fused لل.
    if (p.endsWith('ل') && rest.startsWith('ل') && rest.length >= 3 && !rest.startsWith('ال')) {
      out.push({ word: 'ا' + rest, skip: p.length - 1, proclitic: p });
    }
  }
  return out;
}

interface TrieNode<T> {
  /** The words that may follow (none yet: null). */
  next: Map<string, TrieNode<T>> | null;
  values: T[];
}

export interface RawMatch<T> {
  value: T;
  /** Token indexes [first, last] (inclusive). */
  first: number;
  last: number;
  /** The reading of the first token that matched. */
  reading: WordReading;
  /** Offsets in the ORIGINAL text. */
  start: number;
  end: number;
  text: string;
}

export interface MatchContext<T> {
  scanned: ScannedText;
  first: number;
  last: number;
  reading: WordReading;
  value: T;
}

/** Characters allowed between the words of one phrase: spaces, hyphens, apostrophes. */
const GAP = /^[ \t\-‐‑–'’`]{1,3}$/;
/** A full stop may join words after a short Latin abbreviation ("St. Petersburg", "U.S."). */
const ABBREVIATION_GAP = /^\. ?$/;

function joinable(scanned: ScannedText, a: Token, b: Token): boolean {
  const gap = scanned.normalized.slice(a.end, b.start);
  if (GAP.test(gap)) return true;
  return !a.arabic && a.word.length <= 2 && ABBREVIATION_GAP.test(gap);
}

/** Phrases of one first word not yet put in the trie, in the order they were added (the order their values keep in a node). */
type PendingPhrases<T> = [words: string[], value: T][];

/**
 * A lexicon too big to read up front (the generated world's spellings): asked, the first time a
 * text has a word, for its phrases that begin with that word (normalized), in its own order.
 */
export type LazyLexicon<T> = (firstWord: string) => readonly (readonly [phrase: string, value: T])[];

/** Phrases added one by one (by first word), or a lazy lexicon: the index's sources, in the order they were given. */
type Layer<T> = { phrases: Map<string, PendingPhrases<T>> } | { lexicon: LazyLexicon<T> };

let phraseIndexes = 0;

export class PhraseIndex<T> {
  /** This index's number: where its first nodes are kept on a lexeme. */
  private readonly id = phraseIndexes++;
  /** Once read, an index takes no more phrases (the lexemes keep what it answered). */
  private read = false;
  /**
   * What was added, in order. A lexicon of tens of thousands of phrases is mostly never met by a
   * given run's texts: only the phrases of words a text has are ever put in the trie (`root`).
   */
  private readonly layers: Layer<T>[] = [];
  /** By first word: the trie of the phrases that begin with it, once a text had it. */
  private readonly root = new Map<string, TrieNode<T>>();
  private depth = 0;

  /** Adds a phrase (written naturally; it is normalized here). */
  add(phrase: string, value: T): void {
    if (this.read) throw new Error('PhraseIndex.add: the index has already been read; add every phrase first');
    const words = phraseWords(phrase);
    if (words.length === 0) return;
    let layer = this.layers.at(-1);
    if (!layer || !('phrases' in layer)) this.layers.push((layer = { phrases: new Map() }));
    const pending = layer.phrases.get(words[0]!);
    if (!pending) layer.phrases.set(words[0]!, [[words, value]]);
    else pending.push([words, value]);
    this.depth = Math.max(this.depth, words.length);
  }

  /** Adds a lazy lexicon: its phrases come after those added before it and before those added after. */
  addLexicon(lexicon: LazyLexicon<T>): void {
    if (this.read) throw new Error('PhraseIndex.addLexicon: the index has already been read; add every phrase first');
    this.layers.push({ lexicon });
  }

  private insert(root: TrieNode<T>, words: string[], value: T): void {
    let node = root;
    for (let i = 1; i < words.length; i++) {
      const level: Map<string, TrieNode<T>> = (node.next ??= new Map());
      let child: TrieNode<T> | undefined = level.get(words[i]!);
      if (!child) level.set(words[i]!, (child = { next: null, values: [] }));
      node = child;
    }
    if (!node.values.includes(value)) node.values.push(value);
  }

  /** The node each reading of a word begins, found once per word and kept on it. */
  private firstsOf(lexeme: Lexeme, reads: WordReading[]): (TrieNode<T> | undefined)[] {
    const kept = (lexeme.firsts ??= []);
    let firsts = kept[this.id] as (TrieNode<T> | undefined)[] | undefined;
    if (!firsts) kept[this.id] = firsts = reads.map((reading) => this.first(reading.word));
    return firsts;
  }

  /** The trie node of phrases that begin with `word`, built the first time a text has it. */
  private first(word: string): TrieNode<T> | undefined {
    let node = this.root.get(word);
    if (node === undefined) {
      for (const layer of this.layers) {
        if ('phrases' in layer) {
          for (const [words, value] of layer.phrases.get(word) ?? []) this.insert((node ??= { next: null, values: [] }), words, value);
          continue;
        }
        for (const [phrase, value] of layer.lexicon(word)) {
          const words = phraseWords(phrase);
          if (words[0] !== word) throw new Error(`PhraseIndex: a lexicon gave "${phrase}" for the first word "${word}"`);
          this.insert((node ??= { next: null, values: [] }), words, value);
          this.depth = Math.max(this.depth, words.length);
        }
      }
      // A word no phrase begins with is not kept: asking again costs a few look-ups, and a
      // long stream's vocabulary would otherwise pile up here.
      if (node) this.root.set(word, node);
    }
    return node;
  }

  /**
   * Every accepted match, left to right, not overlapping: at each word the longest phrase
   * wins (across readings of the first word; on a tie the reading that peels least), then
   * the scan resumes after it. `resolve` turns a candidate into a result or refuses it by
   * context (ambiguous names); when the longest candidate is refused, shorter ones are tried.
   */
  findAll<R = T>(
    scanned: ScannedText,
    resolve: (ctx: MatchContext<T>) => R | null = (ctx) => ctx.value as unknown as R,
    options: { arabicProclitics?: boolean } = {},
  ): RawMatch<R>[] {
    this.read = true;
    const tokens = scanned.tokens;
    const out: RawMatch<R>[] = [];
    let i = 0;
    while (i < tokens.length) {
      const token = tokens[i]!;
      // Most words begin no phrase: nothing is allocated for them.
      let candidates: { reading: WordReading; last: number; value: T }[] | null = null;
      const plain = options.arabicProclitics === false;
      const reads = plain ? [{ word: token.word, skip: 0, proclitic: '' }] : readings(token);
      const firsts = plain ? reads.map((reading) => this.first(reading.word)) : this.firstsOf(token.lexeme, reads);
      for (let r = 0; r < reads.length; r++) {
        const reading = reads[r]!;
        let node = firsts[r];
        let j = i;
        while (node) {
          for (const value of node.values) (candidates ??= []).push({ reading, last: j, value });
          const nextToken = tokens[j + 1];
          if (!node.next || !nextToken || j - i + 1 >= this.depth || !joinable(scanned, tokens[j]!, nextToken)) break;
          node = node.next.get(nextToken.word);
          j++;
        }
      }
      if (!candidates) {
        i++;
        continue;
      }
      // Longest first; on a tie, the reading that peels fewer letters.
      if (candidates.length > 1) candidates.sort((a, b) => b.last - a.last || a.reading.skip - b.reading.skip);
      let matched: RawMatch<R> | null = null;
      for (const candidate of candidates) {
        const value = resolve({ scanned, first: i, last: candidate.last, reading: candidate.reading, value: candidate.value });
        if (value === null) continue;
        const lastToken = tokens[candidate.last]!;
        const span = scanned.toOriginal(token.start + candidate.reading.skip, lastToken.end);
        matched = {
          value,
          first: i,
          last: candidate.last,
          reading: candidate.reading,
          start: span.start,
          end: span.end,
          text: scanned.original.slice(span.start, span.end),
        };
        break;
      }
      if (matched) {
        out.push(matched);
        i = matched.last + 1;
      } else {
        i++;
      }
    }
    return out;
  }
}
