import { describe, expect, it } from 'vitest';
import { httpUrl, parseHttpUrl } from './url.ts';

describe('http(s) URLs only', () => {
  it('keeps absolute http and https links, normalized', () => {
    expect(httpUrl('https://thawra.sy/a')).toBe('https://thawra.sy/a');
    expect(httpUrl('HTTP://Example.org')).toBe('http://example.org/');
  });

  it('drops every other scheme, relative links, non-URLs and nothing', () => {
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'mailto:a@b.c', './a.html', '/a', 'not a url', '', null, undefined]) {
      expect(httpUrl(url), String(url)).toBeNull();
    }
  });

  it('reads a relative URL against a base, and still refuses other schemes', () => {
    expect(parseHttpUrl('./events.json', 'http://x/app/')?.href).toBe('http://x/app/events.json');
    expect(parseHttpUrl('', 'https://x/app/page')?.href).toBe('https://x/app/page');
    expect(parseHttpUrl('javascript:alert(1)', 'http://x/')).toBeNull();
    expect(parseHttpUrl('./events.json', 'file:///srv/')).toBeNull();
  });
});
