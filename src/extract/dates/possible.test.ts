import { describe, expect, it } from 'vitest';
import { findDateMentions } from './index.ts';

describe('impossible dates never leave the engine', () => {
  it.each(['تشرين 2 ٠', 'في 0 شباط 2025', 'في 30 شباط 2024', 'في 31 نيسان 2025', '32 يوليو 2025', '29 شباط 2025'])('%s', (text) => {
    expect(findDateMentions(text, { ref: '2025-04-10' }).map((m) => m.value)).toEqual([]);
  });

  it('29 February of a leap year is a day', () => {
    expect(findDateMentions('في 29 شباط 2024', { ref: '2025-04-10' }).map((m) => m.value)).toEqual(['2024-02-29']);
  });
});
