import { describe, expect, it } from 'vitest';
import { absoluteUrl, absolutizeHtml, escapeXml, serializeJsonLd } from './escape';

describe('escapeXml', () => {
  it('escapes the five predefined entities', () => {
    expect(escapeXml(`Tom & "Jerry" <b>'s</b>`)).toBe('Tom &amp; &quot;Jerry&quot; &lt;b&gt;&apos;s&lt;/b&gt;');
  });
  it('escapes an existing entity again rather than trusting it', () => {
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
  });
  it('drops control characters XML 1.0 cannot carry and keeps text', () => {
    expect(escapeXml('a\u0000b\u0008c\td\nТүркия 🇰🇿')).toBe('abc\td\nТүркия 🇰🇿');
  });
});

describe('serializeJsonLd', () => {
  it('cannot close the script tag', () => {
    const out = serializeJsonLd({ headline: '</script><script>alert(1)</script>' });
    expect(out).not.toContain('<');
    expect(JSON.parse(out)).toEqual({ headline: '</script><script>alert(1)</script>' });
  });
  it('escapes line and paragraph separators', () => {
    expect(serializeJsonLd('a\u2028b')).toBe('"a\\u2028b"');
  });
});

describe('absoluteUrl', () => {
  it('joins with or without a trailing slash', () => {
    expect(absoluteUrl('https://example.org', '/briefs/x')).toBe('https://example.org/briefs/x');
    expect(absoluteUrl('https://example.org/', '/briefs/x')).toBe('https://example.org/briefs/x');
  });
});

describe('absolutizeHtml', () => {
  it('makes site paths and fragments absolute and leaves other links alone', () => {
    const html = '<a href="/articles/a#p-2">x</a><a href="#user-content-fn-1">1</a><a href="https://e.org/">e</a>';
    expect(absolutizeHtml(html, 'https://s.org', 'https://s.org/briefs/b')).toBe(
      '<a href="https://s.org/articles/a#p-2">x</a><a href="https://s.org/briefs/b#user-content-fn-1">1</a><a href="https://e.org/">e</a>',
    );
  });
});
