import { describe, expect, it } from 'vitest';
import {
  DEFAULT_HEIGHT,
  DEFAULT_SRC,
  parseEventId,
  parseFlow,
  parseHeight,
  parseLang,
  parseMonthSystem,
  parseNumbering,
  parseSrc,
  parseTheme,
  readPageSettings,
} from './settings.ts';

/** Every refused value that is not specific to one setting. */
const NOT_STRINGS = [null, undefined, 3, {}, ['en']];

describe('each setting: accepted and refused values', () => {
  it('lang: ar, en (any case, spaces trimmed)', () => {
    expect(['ar', 'en', 'EN ', ' Ar'].map(parseLang)).toEqual(['ar', 'en', 'en', 'ar']);
    for (const value of ['fr', 'english', '', 'e n', ...NOT_STRINGS]) expect(parseLang(value), String(value)).toBeNull();
  });

  it('dir: rtl, ltr', () => {
    expect(['rtl', 'LTR'].map(parseFlow)).toEqual(['rtl', 'ltr']);
    for (const value of ['up', 'auto', '', ...NOT_STRINGS]) expect(parseFlow(value), String(value)).toBeNull();
  });

  it('months: levantine, egyptian, maghrebi', () => {
    expect(['levantine', 'egyptian', 'Maghrebi'].map(parseMonthSystem)).toEqual(['levantine', 'egyptian', 'maghrebi']);
    for (const value of ['syrian', 'ar-EG', '', ...NOT_STRINGS]) expect(parseMonthSystem(value), String(value)).toBeNull();
  });

  it('digits: arab, latn', () => {
    expect(['arab', 'latn', 'LATN'].map(parseNumbering)).toEqual(['arab', 'latn', 'latn']);
    for (const value of ['arabic', 'latin', 'hindi', '', ...NOT_STRINGS]) expect(parseNumbering(value), String(value)).toBeNull();
  });

  it('theme: auto, light, dark', () => {
    expect(['auto', 'light', 'dark', 'Dark'].map(parseTheme)).toEqual(['auto', 'light', 'dark', 'dark']);
    for (const value of ['black', '', ...NOT_STRINGS]) expect(parseTheme(value), String(value)).toBeNull();
  });

  it('height: a number of px, clamped to 160–2000; anything else is the default', () => {
    expect(parseHeight('400')).toBe(400);
    expect(parseHeight('400px')).toBe(400);
    expect(parseHeight(400)).toBe(400);
    expect(parseHeight('400.6')).toBe(401);
    expect(parseHeight(5)).toBe(160);
    expect(parseHeight('-50')).toBe(160);
    expect(parseHeight('1e9')).toBe(2000);
    for (const value of ['tall', '', 'px400', Number.NaN, Number.POSITIVE_INFINITY, null, undefined]) expect(parseHeight(value), String(value)).toBe(DEFAULT_HEIGHT);
  });

  it('event: an id as the events document defines it', () => {
    expect(parseEventId('2025-02-18-riyadh')).toBe('2025-02-18-riyadh');
    expect(parseEventId('d_42')).toBe('d_42');
    for (const value of ['"><script>', 'a b', 'a/b', 'عمان', '', ...NOT_STRINGS]) expect(parseEventId(value), String(value)).toBeNull();
  });

  it('src: any non-blank string, trimmed (fetching decides whether it is http(s))', () => {
    expect(parseSrc(' data/events.json ')).toBe('data/events.json');
    expect(parseSrc('https://tarikh.example/events.json')).toBe('https://tarikh.example/events.json');
    for (const value of ['', '   ', ...NOT_STRINGS]) expect(parseSrc(value), String(value)).toBeNull();
  });
});

describe('a page query string', () => {
  it('fills every setting from its parameter', () => {
    const params = new URLSearchParams('src=other.json&lang=en&dir=rtl&months=maghrebi&digits=arab&theme=dark&height=500&event=e4');
    expect(readPageSettings(params)).toEqual({
      src: 'other.json',
      lang: 'en',
      dir: 'rtl',
      monthSystem: 'maghrebi',
      numbering: 'arab',
      theme: 'dark',
      height: 500,
      eventId: 'e4',
    });
  });

  it('falls back to the defaults for missing or refused values; digits follow the language', () => {
    const defaults = { src: DEFAULT_SRC, lang: 'ar', dir: null, monthSystem: 'levantine', numbering: 'arab', theme: 'auto', height: DEFAULT_HEIGHT, eventId: null };
    expect(readPageSettings(new URLSearchParams(''))).toEqual(defaults);
    expect(readPageSettings(new URLSearchParams('src=&lang=fr&dir=up&months=x&digits=x&theme=x&height=x&event=<b>'))).toEqual(defaults);
    expect(readPageSettings(new URLSearchParams('lang=en')).numbering).toBe('latn');
  });
});
