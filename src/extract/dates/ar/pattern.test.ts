/**
 * `alternationTree` writes an alternation of spellings as a prefix tree so that V8 compiles
 * the parsers' patterns faster; it must match exactly what the flat alternation (every
 * spelling in full, longest first) matches, with the same preference, also when what follows
 * the alternation forces backtracking into it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alternationTree, spellingPatterns } from './pattern.ts';

const flat = (patterns: readonly string[]) => `(?:${patterns.join('|')})`;

/** Every (index, text, groups) the pattern matches when tried at each position of `text`. */
function matchesAt(source: string, text: string): (string | null)[] {
  const sticky = new RegExp(source, 'uy');
  const out: (string | null)[] = [];
  for (let i = 0; i <= text.length; i++) {
    sticky.lastIndex = i;
    const m = sticky.exec(text);
    out.push(m ? JSON.stringify([...m]) : null);
  }
  return out;
}

const ORDINALS = ['الأول', 'الحادي عشر', 'الحادية عشرة', 'الحادية عشر', 'الحادي والعشرين', 'الحادي والعشرون', 'الثاني', 'الثانية', 'الثاني عشر', 'العشرين', 'الثلاثين', 'الواحد والثلاثين'];
const MONTHS = ['كانون الثاني', 'كانون الأول', 'كانون 2', 'تشرين', 'تشرين الثاني', 'شباط', 'آب', 'أبريل', 'ماي', 'مايو', 'يوليو', 'يوليوز'];

describe('alternationTree', () => {
  it('is a prefix tree: shorter than the flat alternation, and every spelling still matches whole', () => {
    const patterns = spellingPatterns([...ORDINALS, ...MONTHS]);
    const tree = alternationTree(patterns);
    expect(tree.length).toBeLessThan(flat(patterns).length);
    for (const word of [...ORDINALS, ...MONTHS]) {
      const normalized = spellingPatterns([word])[0]!.replace(/\\s\{\d+,\d+\}/g, ' ');
      expect(new RegExp(`^${tree}$`, 'u').test(normalized), word).toBe(true);
    }
  });

  it('prefers the longest spelling, as the flat alternation does', () => {
    const tree = alternationTree(spellingPatterns(['تشرين', 'تشرين الثاني', 'a', 'ab', 'abc']));
    expect(new RegExp(tree, 'u').exec('تشرين الثاني')?.[0]).toBe('تشرين الثاني');
    expect(new RegExp(tree, 'u').exec('abcd')?.[0]).toBe('abc');
    expect(new RegExp(tree, 'u').exec('abd')?.[0]).toBe('ab');
  });

  it('matches what the flat alternation matches at every position, with any continuation', () => {
    const words = [...ORDINALS, ...MONTHS];
    const patterns = spellingPatterns(words);
    const fragment = fc.oneof(fc.constantFrom(...words), fc.constantFrom(' ', '  ', 'و', 'ال', ' و', '2', 'x', '،'));
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 8 }), fc.constantFrom('', '$', '(?=\\s)', '\\s{1,3}و', '(?!ه)', 'ين'), (parts, tail) => {
        const text = parts.join('');
        // a continuation after the alternation makes the engine backtrack into it
        expect(matchesAt(`(${alternationTree(patterns)})${tail}`, text)).toEqual(matchesAt(`(${flat(patterns)})${tail}`, text));
      }),
      { numRuns: 400 },
    );
  });
});
