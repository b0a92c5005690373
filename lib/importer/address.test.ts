import { describe, expect, it } from 'vitest';
import { documentArticle } from './document-article';
import { parseArticle } from './parse-article';
import { readHtml } from './sources/read-html';

const body = 'Officials in Baku said on Monday that the naval exercise with Kazakh units had begun in the Caspian Sea, the ministry reported.';

describe('the original address', () => {
  it('is read from an "Address:" header line, which is not a paragraph', () => {
    const parsed = parseArticle(`Navies meet off Baku\nAddress: https://www.example.org/news/1.html\n\n${body}\n`);
    expect(parsed.address).toBe('https://www.example.org/news/1.html');
    expect(parsed.title).toBe('Navies meet off Baku');
    expect(parsed.paragraphs.map((p) => p.text)).toEqual([body]);
  });

  it('is absent when the text states none, or states something that is not a web address', () => {
    expect(parseArticle(`Navies meet off Baku\n\n${body}\n`).address).toBeUndefined();
    expect(parseArticle(`Navies meet off Baku\nAddress: javascript:alert(1)\n\n${body}\n`).address).toBeUndefined();
  });

  it('comes from a page’s og:url or canonical link, or the address it was fetched from, and is written as a header line', () => {
    const page = (head: string) => `<!doctype html><html><head><title>Navies meet off Baku</title>${head}</head><body><article><h1>Navies meet off Baku</h1><p>${body}</p></article></body></html>`;
    expect(readHtml(page('<meta property="og:url" content="https://example.org/a">')).hints.address).toBe('https://example.org/a');
    expect(readHtml(page('<link rel="canonical" href="https://example.org/b">')).hints.address).toBe('https://example.org/b');
    expect(readHtml(page('<link rel="canonical" href="/relative">')).hints.address).toBeUndefined();
    const fetched = readHtml(page('<link rel="canonical" href="https://example.org/b">'), 'https://example.org/fetched');
    expect(fetched.hints.address).toBe('https://example.org/fetched');
    const article = documentArticle(fetched);
    expect(article.text).toContain('\nAddress: https://example.org/fetched\n');
    expect(article.parsed.address).toBe('https://example.org/fetched');
  });
});
