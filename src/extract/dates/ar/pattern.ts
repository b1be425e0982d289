/**
 * The regular-expression builder of the Arabic locale, as chrono's `utils/pattern.ts` is its
 * own: the boundary every parser's pattern starts and ends with, alternations of spellings
 * (written as prefix trees), and the literal words a parser's prefilter looks for. The
 * dictionaries these are built from are in constants.ts.
 *
 * Every spelling is normalized first (see src/extract/normalize.ts), as the text the patterns
 * run on is, and a space in a spelling may be 0–3 spaces (bounded: an unbounded `\s*` next to
 * another one would make a long run of spaces quadratic).
 */
import { normalizeArabic } from '../../normalize.ts';

/**
 * What every parser's pattern is wrapped in (see AbstractParserWithWordBoundaryChecking);
 * the prefilter relies on a match starting with the left boundary.
 */
export const REGEX_PARTS = {
  /** Not preceded by a letter or digit; allows the proclitics و/ف/ب/ل glued to the next word. */
  leftBoundary: '((?:^|[^\\p{L}\\p{N}_])(?:[وف]?[بل]?|[وف])?)',
  rightBoundary: '(?![\\p{L}\\p{N}_])',
  // No `i`: the patterns hold no cased letter (Arabic has none), and case-insensitive Unicode
  // matching made compiling the large alternations several times slower.
  flags: 'u',
};

/** The text as a literal inside a pattern (also `/` and `-`, which a character class would read). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/**
 * A non-capturing alternation of the given spellings (longest first, so `تشرين الثاني`
 * wins over a shorter prefix), in normalized form, where a space may be 0–3 spaces; written
 * as a prefix tree (see {@link alternationTree}).
 */
export function matchAnyPattern(words: Iterable<string>): string {
  return alternationTree(spellingPatterns(words));
}

/** Each spelling as a pattern (normalized, escaped, a space as 0–3 spaces), longest first. */
export function spellingPatterns(words: Iterable<string>): string[] {
  const forms = new Set<string>();
  for (const word of words) forms.add(normalizeArabic(word).text.trim().replace(/\s+/g, ' '));
  const sorted = [...forms].sort((a, b) => b.length - a.length);
  return sorted.map((w) => escapeRegExp(w).replace(/ /g, '\\s{0,3}'));
}

interface TreeNode {
  children: Map<string, TreeNode>;
  /** A whole spelling ends here. */
  end: boolean;
  /** Where the longest spelling through this node ranks in the input (longest first): lower is tried first. */
  rank: number;
}

/** A spelling's pattern as tokens: `\s{0,3}`-style quantified spaces, escapes, single characters. */
const PATTERN_TOKEN = /\\s\{\d+,\d+\}|\\.|[^\\]/gu;

/**
 * The alternation of the given spellings' patterns (as {@link spellingPatterns} orders them,
 * longest first) written as a prefix tree: `(?:الحادي(?:\s{0,3}عشر|…)|…)` instead of every
 * spelling in full. It matches the same text with the same preference: at a branch the
 * spelling that goes on is tried before the one that ends (`تشرين الثاني` before `تشرين`),
 * and siblings keep the order of their longest spelling. Long lists of compounds (ordinal
 * days, doubled month names) are several times shorter so, and V8 compiles the pattern that
 * much faster, which counts for a run that reads one article.
 */
export function alternationTree(patterns: readonly string[]): string {
  const root: TreeNode = { children: new Map(), end: false, rank: 0 };
  patterns.forEach((pattern, rank) => {
    let node = root;
    for (const token of pattern.match(PATTERN_TOKEN) ?? []) {
      let child = node.children.get(token);
      if (!child) node.children.set(token, (child = { children: new Map(), end: false, rank }));
      node = child;
    }
    node.end = true;
  });
  const emit = (node: TreeNode): string => {
    const branches = [...node.children].sort((a, b) => a[1].rank - b[1].rank).map(([token, child]) => token + emit(child));
    if (branches.length === 0) return '';
    if (!node.end && branches.length === 1) return branches[0]!;
    return `(?:${branches.join('|')})${node.end ? '?' : ''}`;
  };
  const body = emit(root);
  return body.startsWith('(?:') && !root.end && root.children.size > 1 ? body : `(?:${body})`;
}

/**
 * Literal words for a parser's prefilter: the normalized first word of each spelling (every
 * match of `matchAnyPattern(spellings)` starts with one of them).
 */
export function triggerWords(words: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const word of words) out.add(normalizeArabic(word).text.trim().split(/\s+/)[0]!);
  return [...out];
}
