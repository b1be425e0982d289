import { describe, expect, it } from 'vitest';
import { expectedParentOrigin, readParentMessage } from './protocol.ts';

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
