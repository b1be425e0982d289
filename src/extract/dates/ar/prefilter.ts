/**
 * A prefilter for a parser's pattern: chrono runs every parser's regular expression over the
 * whole text, trying a match at every position; most positions of an article are far from
 * anything a given parser could read. A parser that declares a TRIGGER (a literal that every
 * one of its matches contains: a month name, a digit, قبل/منذ/بعد…) and how far before the
 * trigger a match may start is tried only at those positions, with the same regular
 * expression made sticky. The results are the same as chrono's own scan:
 *
 * - chrono calls `pattern.exec(remaining)` where `remaining` is a suffix of the text; a match
 *   of the plain pattern in `remaining` starts at some p and contains a trigger at t ≥ p with
 *   t − p ≤ maxLookBack, so trying each such p in increasing order finds the leftmost match,
 *   and a sticky match at p is the plain pattern's match at p;
 * - trigger positions are found on the whole text, each search starting one past the
 *   last occurrence's start, so overlapping occurrences (شهر inside الشهر) are all found; a trigger reads the same in
 *   `remaining` as in the text, except that a look-behind (`(?<!\d)\d`, the first digit of a
 *   number) cannot see before the start of `remaining`, which is why that start is always tried;
 * - a match starts with the boundary group, so only the start of `remaining` and positions
 *   of a character that is not a letter or digit are tried.
 */
import { escapeRegExp } from './pattern.ts';

/**
 * Every pattern starts with the boundary `(?:^|[^\p{L}\p{N}_])`: a match starts at the start
 * of `remaining` or on a character that is not a letter, digit or underscore.
 */
const WORD_CHAR = (() => {
  const table = new Uint8Array(0x10000);
  // One scan for runs of word characters over every code unit but the surrogates (always
  // tried), not a test per unit: this runs as the extractor loads.
  const CHUNK = 4096;
  const runs = /[\p{L}\p{N}_]+/gu;
  for (let from = 0; from < 0x10000; from += CHUNK) {
    const units: number[] = [];
    for (let c = from; c < from + CHUNK; c++) units.push(c >= 0xd800 && c <= 0xdfff ? 0x20 : c);
    const chunk = String.fromCharCode(...units);
    runs.lastIndex = 0;
    for (let run = runs.exec(chunk); run; run = runs.exec(chunk)) table.fill(1, from + run.index, from + runs.lastIndex);
  }
  return table;
})();

let enabled = true;
/** For tests: run chrono's own scan, to check that the prefilter changes no result. */
export function setPrefilterEnabled(on: boolean): void {
  enabled = on;
}
export function isPrefilterEnabled(): boolean {
  return enabled;
}

/**
 * How far before a tried start the patterns may look: the boundary character is at the start
 * itself, and no look-behind after it reads more than two characters back (`(?<!\d|\d[.,])`).
 */
const LOOK_BEHIND_REACH = 4;

/**
 * Trigger words are found by one Aho–Corasick pass over the text for the words of every
 * compiled trigger at once (a regular expression alternation of literals tries every word at
 * every position, once per parser); a trigger's pattern part, if any, by its own regular
 * expression. Either way every start of an occurrence, overlapping ones too, in order.
 */
interface WordGroup {
  id: number;
  words: readonly string[];
}
const groups: WordGroup[] = [];

interface Automaton {
  /** Char code → symbol (0: a character in no word). */
  symbol: Uint16Array;
  symbols: number;
  /** Transition table: next state = delta[state * symbols + symbol]. */
  delta: Int32Array;
  /** For a state where words end: [group, length, group, length, …] of every word ending there. */
  out: (Int32Array | null)[];
}

function buildAutomaton(groups: readonly WordGroup[]): Automaton {
  const symbol = new Uint16Array(0x10000);
  let symbols = 1;
  for (const group of groups) {
    for (const word of group.words) for (let i = 0; i < word.length; i++) if (symbol[word.charCodeAt(i)] === 0) symbol[word.charCodeAt(i)] = symbols++;
  }
  // the trie
  const children: Map<number, number>[] = [new Map()];
  const own: [number, number][][] = [[]];
  for (const group of groups) {
    for (const word of group.words) {
      let state = 0;
      for (let i = 0; i < word.length; i++) {
        const sym = symbol[word.charCodeAt(i)]!;
        let next = children[state]!.get(sym);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          own.push([]);
          children[state]!.set(sym, next);
        }
        state = next;
      }
      own[state]!.push([group.id, word.length]);
    }
  }
  // failure links, breadth first, into a complete transition table
  const states = children.length;
  const delta = new Int32Array(states * symbols);
  const fail = new Int32Array(states);
  const outs: [number, number][][] = own.map((list) => [...list]);
  const queue: number[] = [];
  for (let sym = 1; sym < symbols; sym++) {
    const next = children[0]!.get(sym);
    if (next !== undefined) {
      delta[sym] = next;
      fail[next] = 0;
      queue.push(next);
    }
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    for (const [group, length] of outs[fail[state]!]!) outs[state]!.push([group, length]);
    for (let sym = 1; sym < symbols; sym++) {
      const next = children[state]!.get(sym);
      if (next !== undefined) {
        fail[next] = delta[fail[state]! * symbols + sym]!;
        delta[state * symbols + sym] = next;
        queue.push(next);
      } else {
        delta[state * symbols + sym] = delta[fail[state]! * symbols + sym]!;
      }
    }
  }
  const out = outs.map((list) => (list.length ? new Int32Array(list.flat()) : null));
  return { symbol, symbols, delta, out };
}

/**
 * The automata over every group, each for the groups registered since the one before. Parsers
 * register their groups as chrono first asks each for its pattern, one after another on the
 * same text: the groups new since the last pass get an automaton of their own for that text,
 * and the next text finds them all made into one (built once, not once per parser).
 */
let automata: Automaton[] = [];
/** How many groups the automata cover (the first ones). */
let covered = 0;

/** The text the word positions are for, and every group's positions in it (those covered so far). */
let wordText: string | null = null;
let wordPositions: Int32Array[] = [];

/** Adds the positions of the automaton's words in `text` to `found` (by group id). */
function scanWith({ symbol, symbols, delta, out }: Automaton, text: string, found: number[][]): void {
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    state = delta[state * symbols + symbol[text.charCodeAt(i)]!]!;
    const ends = out[state];
    if (ends) for (let k = 0; k < ends.length; k += 2) found[ends[k]!]!.push(i + 1 - ends[k + 1]!);
  }
}

const NONE = new Int32Array(0);

/** The values in increasing order, each once (usually already so: then no copy is sorted). */
function sortedUnique(values: number[]): Int32Array {
  if (values.length === 0) return NONE;
  let ordered = true;
  for (let i = 1; i < values.length; i++) {
    if (values[i]! <= values[i - 1]!) {
      ordered = false;
      break;
    }
  }
  if (ordered) return new Int32Array(values);
  const sorted = new Int32Array(values).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i]!;
  return sorted.subarray(0, n);
}

/** Two increasing lists as one, each value once. */
function mergeSorted(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!;
    if (n === 0 || out[n - 1] !== next) out[n++] = next;
  }
  return out.subarray(0, n);
}

/** Starts of every occurrence of every group's words in `text`. */
function findWords(text: string): Int32Array[] {
  if (wordText !== text) {
    if (automata.length !== 1 || covered !== groups.length) {
      automata = groups.length ? [buildAutomaton(groups)] : [];
      covered = groups.length;
    }
    const found: number[][] = groups.map(() => []);
    for (const automaton of automata) scanWith(automaton, text, found);
    wordText = text;
    wordPositions = found.map(sortedUnique);
  } else if (covered < groups.length) {
    const added = groups.slice(covered);
    const automaton = buildAutomaton(added);
    automata.push(automaton);
    covered = groups.length;
    const found: number[][] = groups.map(() => []);
    scanWith(automaton, text, found);
    for (const group of added) wordPositions[group.id] = sortedUnique(found[group.id]!);
  }
  return wordPositions;
}

/** A trigger's pattern part, one per source (parsers share them), with its positions in the last text. */
interface TriggerPattern {
  regex: RegExp;
  text: string | null;
  positions: Int32Array;
}
const triggerPatterns = new Map<string, TriggerPattern>();

/** Every start of a match of the pattern (global), overlapping ones too, in order. */
function patternPositions(pattern: TriggerPattern, text: string): Int32Array {
  if (pattern.text === text) return pattern.positions;
  const { regex } = pattern;
  const found: number[] = [];
  regex.lastIndex = 0;
  // the next search starts one past the last start, so overlapping occurrences are found
  // (exec, not a look-ahead found by test: V8 scans for a pattern's first character fast,
  // but not through a look-ahead)
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    found.push(m.index);
    regex.lastIndex = m.index + 1;
  }
  pattern.positions = new Int32Array(found);
  pattern.text = text;
  return pattern.positions;
}

/** Every start of an occurrence of the trigger (a word or a match of its pattern), in order. */
function triggerPositions(trigger: CompiledTrigger, text: string): Int32Array {
  const words = trigger.group ? findWords(text)[trigger.group.id]! : null;
  const matches = trigger.pattern ? patternPositions(trigger.pattern, text) : null;
  if (!matches) return words!;
  if (!words) return matches;
  if (trigger.mergedText === text) return trigger.merged;
  trigger.merged = mergeSorted(words, matches);
  trigger.mergedText = text;
  return trigger.merged;
}

/** The first index of `positions` whose value is ≥ `value`. */
function lowerBound(positions: Int32Array, value: number): number {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (positions[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Parsers whose pattern does not start with the boundary group must not be prefiltered this way. */
export interface PrefilterSpec {
  /**
   * What every match contains: any of these words (normalized; for a name of several words
   * its first word is enough) or a match of this regular expression source.
   */
  words?: readonly string[];
  trigger?: string;
  /**
   * Optionally, a second thing every match contains, at or before its first trigger and at
   * most `maxLookBack` after the match's start (the day number of `27 شباط`): then only
   * starts near such an anchor between the trigger's look-back and the trigger are tried.
   */
  anchor?: { words?: readonly string[]; trigger?: string; maxLookBack: number };
  /** How many characters before its first trigger a match may start (the boundary character and proclitics included). */
  maxLookBack: number;
  /**
   * Optionally, a thing every match contains at most `maxDistance` characters after the start
   * of its first trigger (the day number after the month name of `شباط 27`): a trigger with
   * none that near starts no match, and its look-back is not tried.
   */
  follow?: { words?: readonly string[]; trigger?: string; maxDistance: number };
  /**
   * Optionally, a pattern that matches at the first trigger of every match (tried sticky on the
   * whole text, so a look-behind reads what is before the trigger): a cheap necessary
   * condition. A trigger it rejects starts no match, and the parser's own pattern, large and
   * slow to compile, is not run there, nor compiled at all for a text where no trigger passes.
   */
  gate?: string;
}

export interface CompiledTrigger {
  key: string;
  /** The words, found by the shared automaton; null when there are none. */
  group: WordGroup | null;
  /** The pattern part; null when there is none. */
  pattern: TriggerPattern | null;
  /** Words and pattern positions merged, for the last text. */
  merged: Int32Array;
  mergedText: string | null;
}
/** One compiled trigger per key: parsers with the same trigger share its positions. */
const compiledTriggers = new Map<string, CompiledTrigger>();

/** A parser's prefilter, compiled once: its spec, its triggers, and its pattern made sticky. */
export interface CompiledPrefilter {
  spec: PrefilterSpec;
  trigger: CompiledTrigger;
  anchor: CompiledTrigger | null;
  follow: CompiledTrigger | null;
  gate: RegExp | null;
  /** The parser's whole pattern, sticky. */
  sticky: RegExp;
}

/** The prefilter of a parser whose whole pattern is `source` (with `flags`, not sticky). */
export function compilePrefilter(spec: PrefilterSpec, source: string, flags: string): CompiledPrefilter {
  return {
    spec,
    trigger: compileTrigger(spec),
    anchor: spec.anchor ? compileTrigger(spec.anchor) : null,
    follow: spec.follow ? compileTrigger(spec.follow) : null,
    gate: spec.gate ? new RegExp(spec.gate, `${flags}y`) : null,
    sticky: new RegExp(source, `${flags}y`),
  };
}

/** For tests: every start of an occurrence of the trigger in `text`, as the prefilter finds them. */
export function triggerPositionsOf(spec: Pick<PrefilterSpec, 'words' | 'trigger'>, text: string): number[] {
  return [...triggerPositions(compileTrigger(spec), text)];
}

/** Words (registered with the shared automaton) and pattern (one global regular expression). */
function compileTrigger(spec: Pick<PrefilterSpec, 'words' | 'trigger'>): CompiledTrigger {
  const words = [...new Set(spec.words ?? [])].filter((w) => w.length > 0).sort((a, b) => b.length - a.length);
  const key = [...(words.length ? [words.map(escapeRegExp).join('|')] : []), ...(spec.trigger ? [spec.trigger] : [])].map((p) => `(?:${p})`).join('|');
  const known = compiledTriggers.get(key);
  if (known) return known;
  let group: WordGroup | null = null;
  if (words.length) {
    group = groups.find((g) => g.words.join('|') === words.join('|')) ?? null;
    if (!group) groups.push((group = { id: groups.length, words }));
  }
  let pattern: TriggerPattern | null = null;
  if (spec.trigger) {
    pattern = triggerPatterns.get(spec.trigger) ?? null;
    if (!pattern) triggerPatterns.set(spec.trigger, (pattern = { regex: new RegExp(spec.trigger, 'gu'), text: null, positions: new Int32Array(0) }));
  }
  const compiled: CompiledTrigger = { key, group, pattern, merged: new Int32Array(0), mergedText: null };
  compiledTriggers.set(key, compiled);
  return compiled;
}

/**
 * The object with the `exec` chrono calls, trying the sticky pattern only near triggers.
 * A class rather than closures: one is made per parser and text, and `exec` runs once per
 * match, so nothing is allocated per call but the match itself.
 */
class PrefilteredScan {
  /** Every start below this has been tried (or cannot match), within one `exec` call. */
  private tried = 0;

  private readonly sticky: RegExp;
  private readonly gate: RegExp | null;
  private readonly positions: Int32Array;
  private readonly anchors: Int32Array | null;
  private readonly follows: Int32Array | null;
  private readonly followDistance: number;
  private readonly lookBack: number;
  private readonly anchorLookBack: number;
  /** The trigger has a pattern part (whose look-behind cannot see before `remaining`). */
  private readonly patternTrigger: boolean;

  constructor(
    private readonly pattern: RegExp,
    pre: CompiledPrefilter,
    private readonly text: string,
  ) {
    this.sticky = pre.sticky;
    this.gate = pre.gate;
    this.positions = triggerPositions(pre.trigger, text);
    this.anchors = pre.anchor ? triggerPositions(pre.anchor, text) : null;
    this.follows = pre.follow ? triggerPositions(pre.follow, text) : null;
    this.followDistance = pre.spec.follow?.maxDistance ?? 0;
    this.lookBack = pre.spec.maxLookBack;
    this.anchorLookBack = pre.spec.anchor?.maxLookBack ?? 0;
    this.patternTrigger = pre.trigger.pattern !== null;
  }

  exec(remaining: string): RegExpExecArray | null {
    const { text, positions, anchors, follows } = this;
    if (remaining.length > text.length) return this.pattern.exec(remaining);
    const offset = text.length - remaining.length;
    // The start of `remaining` is always tried: there `^` matches and a look-behind sees
    // nothing, so a trigger written with a look-behind (`(?<!\d)\d`) may not have fired on it.
    // Needed only if a trigger is near enough (and passes the gate), or one written as a
    // pattern may have been missed there (a digit right after a digit).
    const i0 = lowerBound(positions, offset);
    const code = text.charCodeAt(offset);
    let tryStart = this.patternTrigger && code >= 48 && code <= 57;
    for (let i = i0; !tryStart && i < positions.length && positions[i]! <= offset + this.lookBack; i++) tryStart = this.passesGate(positions[i]!);
    if (tryStart) {
      this.sticky.lastIndex = 0;
      const first = this.sticky.exec(remaining);
      if (first) return first;
    }
    this.tried = offset + 1;
    for (let i = i0; i < positions.length; i++) {
      const t = positions[i]!;
      if (follows) {
        const f = lowerBound(follows, t);
        if (f >= follows.length || follows[f]! > t + this.followDistance) continue;
      }
      if (!this.passesGate(t)) continue;
      if (!anchors) {
        const match = this.attempt(remaining, offset, t - this.lookBack, t);
        if (match) return match;
        continue;
      }
      // Only near an anchor (a day number before a month name) between the look-back and t.
      for (let j = lowerBound(anchors, Math.max(offset, t - this.lookBack)); j < anchors.length && anchors[j]! <= t; j++) {
        const a = anchors[j]!;
        const match = this.attempt(remaining, offset, a - this.anchorLookBack, a);
        if (match) return match;
      }
    }
    return null;
  }

  private passesGate(trigger: number): boolean {
    if (this.gate === null) return true;
    this.gate.lastIndex = trigger;
    return this.gate.test(this.text);
  }

  /** Tries every untried start in [from, to] where a match may start. */
  private attempt(remaining: string, offset: number, from: number, to: number): RegExpExecArray | null {
    const { text, sticky } = this;
    let q = Math.max(this.tried, from);
    for (; q <= to; q++) {
      const code = text.charCodeAt(q);
      if (WORD_CHAR[code] === 1) continue;
      // with the u flag, chrono's scan never starts inside a surrogate pair
      if (code >= 0xdc00 && code <= 0xdfff && q > offset) {
        const prev = text.charCodeAt(q - 1);
        if (prev >= 0xd800 && prev <= 0xdbff) continue;
      }
      let match: RegExpExecArray | null;
      if (q >= offset + LOOK_BEHIND_REACH) {
        // On the whole text (a flat string: several times faster than the slice chrono
        // passes); from here no look-behind reaches before the slice, so it reads the same.
        sticky.lastIndex = q;
        match = sticky.exec(text);
        if (match) match.index -= offset;
      } else {
        sticky.lastIndex = q - offset;
        match = sticky.exec(remaining);
      }
      if (match) return match;
    }
    if (q > this.tried) this.tried = q;
    return null;
  }
}

/** An object with the `exec` chrono calls, trying the sticky pattern only near triggers. */
export function prefilteredPattern(pattern: RegExp, pre: CompiledPrefilter, text: string): RegExp {
  return new PrefilteredScan(pattern, pre, text) as unknown as RegExp;
}
