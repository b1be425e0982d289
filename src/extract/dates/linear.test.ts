/** Extraction stays linear on hostile input: no catastrophic backtracking in any pattern. */
import { describe, expect, it } from 'vitest';
import { findDateMentions } from './index.ts';

function adversarial(length: number): string {
  const pieces = ['12', ' ', '٣', 'شباط', '\u200f', '  ', 'من', '2022', '/', '-', 'الـ', 'كانون', 'الأول', '  ', 'بين', 'و', '.', '۱۹', 'رمضان', '\u0640', 'أمس', 'الماضي', ' '];
  let out = '';
  let i = 0;
  while (out.length < length) out += pieces[(i * 7 + (i >> 3)) % pieces.length]!, i++;
  return out.slice(0, length);
}

describe('linear time', () => {
  it('200k characters of digits, month names, spaces and marks finish quickly', () => {
    const started = performance.now();
    const mentions = findDateMentions(adversarial(200_000), { ref: '2025-04-10' });
    expect(Array.isArray(mentions)).toBe(true);
    expect(performance.now() - started).toBeLessThan(5_000);
  }, 30_000);

  it('long runs of one character (spaces, digits, bidi marks) finish quickly', () => {
    for (const ch of [' ', '1', '\u200f', 'ال', 'و ']) {
      const started = performance.now();
      findDateMentions(ch.repeat(Math.floor(100_000 / ch.length)) + ' 27 شباط', { ref: '2025-04-10' });
      expect(performance.now() - started).toBeLessThan(5_000);
    }
  }, 30_000);
});
