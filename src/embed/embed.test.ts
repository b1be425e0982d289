import { describe, expect, it } from 'vitest';
import { DEFAULT_HEIGHT, parseEventId, parseFlow, parseHeight, parseLang, parseTheme } from './options.ts';
import { expectedParentOrigin, readParentMessage } from './protocol.ts';

describe('embed options from attributes and query strings', () => {
  it('narrows each value or falls back', () => {
    expect(parseLang('EN ')).toBe('en');
    expect(parseLang('fr')).toBeNull();
    expect(parseFlow('rtl')).toBe('rtl');
    expect(parseFlow('up')).toBeNull();
    expect(parseTheme('dark')).toBe('dark');
    expect(parseTheme(null)).toBeNull();
    expect(parseHeight('400px')).toBe(400);
    expect(parseHeight(5)).toBe(160);
    expect(parseHeight('1e9')).toBe(2000);
    expect(parseHeight('tall')).toBe(DEFAULT_HEIGHT);
    expect(parseEventId('2025-02-18-riyadh')).toBe('2025-02-18-riyadh');
    expect(parseEventId('"><script>')).toBeNull();
  });
});

describe('iframe messages', () => {
  const parent = {};
  it('talks to the named origin, else the referrer origin, else none', () => {
    expect(expectedParentOrigin('https://news.example/path?q', 'https://other.example/')).toBe('https://news.example');
    expect(expectedParentOrigin(null, 'https://news.example/article/1')).toBe('https://news.example');
    expect(expectedParentOrigin('javascript:alert(1)', '')).toBeNull();
    expect(expectedParentOrigin(null, '')).toBeNull();
  });
  it('accepts select commands only from the parent window at the expected origin', () => {
    const ok = { type: 'tarikh:select', id: 'e4' };
    expect(readParentMessage(ok, 'https://news.example', parent, parent, 'https://news.example')).toEqual(ok);
    expect(readParentMessage({ type: 'tarikh:select', id: null }, 'https://news.example', parent, parent, 'https://news.example')).toEqual({ type: 'tarikh:select', id: null });
    expect(readParentMessage(ok, 'https://evil.example', parent, parent, 'https://news.example')).toBeNull();
    expect(readParentMessage(ok, 'https://news.example', {}, parent, 'https://news.example')).toBeNull();
    expect(readParentMessage(ok, 'https://news.example', parent, parent, null)).toBeNull();
    expect(readParentMessage({ type: 'tarikh:select', id: '<img onerror=x>' }, 'https://news.example', parent, parent, 'https://news.example')).toBeNull();
    expect(readParentMessage('tarikh:select', 'https://news.example', parent, parent, 'https://news.example')).toBeNull();
  });
});
