import { describe, expect, it } from 'vitest';
import { splitAtMention } from './source.ts';
import { formatHash, parseHash } from './deeplink.ts';
import { dayToTime } from './time.ts';
import { foldForSearch } from './filter.ts';

describe('source paragraph', () => {
  it('splits the paragraph at the mention offsets', () => {
    const p = 'وفي الـ18 من شباط الماضي، جرى أول اللقاءات';
    expect(splitAtMention(p, { start: 4, end: 24 })).toEqual({
      before: 'وفي ',
      mention: 'الـ18 من شباط الماضي',
      after: '، جرى أول اللقاءات',
    });
  });
});

describe('deep links', () => {
  it('round-trips event and view', () => {
    const view = { start: dayToTime('2025-01-01'), end: dayToTime('2025-05-01') };
    const hash = formatHash({ eventId: 'e4', view });
    expect(hash).toBe('#event=e4&from=2025-01-01&to=2025-05-01');
    expect(parseHash(hash)).toEqual({ eventId: 'e4', view });
  });
  it('ignores malformed values', () => {
    expect(parseHash('#event=<img>&from=2025&to=x')).toEqual({ eventId: null, view: null });
  });
});

describe('search folding', () => {
  it('treats hamza forms, ta marbuta and digits alike', () => {
    expect(foldForSearch('إسطنبول')).toBe(foldForSearch('اسطنبول'));
    expect(foldForSearch('٢٠٢٥')).toBe('2025');
  });
});
