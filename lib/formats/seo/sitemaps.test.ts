import { describe, expect, it } from 'vitest';
import { parsePartFile, partPath, sitemapIndexXml, urlsetXml } from './sitemaps';

describe('sitemap parts', () => {
  it('reads a part file name and refuses anything else', () => {
    expect(parsePartFile('articles-3.xml')).toEqual({ section: 'articles', index: 3 });
    expect(parsePartFile('pages-0.xml')).toEqual({ section: 'pages', index: 0 });
    for (const bad of ['articles-03.xml', 'articles-3', 'users-0.xml', 'articles--1.xml', 'articles-1.xml.gz', 'articles-99999999.xml', '']) {
      expect(parsePartFile(bad), bad).toBeNull();
    }
    expect(partPath({ section: 'entities', index: 2 })).toBe('/sitemaps/entities-2.xml');
  });

  it('writes a urlset with absolute, escaped addresses and dates', () => {
    const xml = urlsetXml('https://example.org', [{ path: '/articles/a&b' }, { path: '/', lastModified: new Date('2024-05-01T00:00:00Z') }]);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/);
    expect(xml).toContain('<url><loc>https://example.org/articles/a&amp;b</loc></url>');
    expect(xml).toContain('<url><loc>https://example.org/</loc><lastmod>2024-05-01T00:00:00.000Z</lastmod></url>');
  });

  it('writes an index of the parts', () => {
    const xml = sitemapIndexXml('https://example.org/', [{ section: 'pages', index: 0 }, { section: 'articles', index: 1 }]);
    expect(xml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml).toContain('<sitemap><loc>https://example.org/sitemaps/pages-0.xml</loc></sitemap>');
    expect(xml).toContain('<sitemap><loc>https://example.org/sitemaps/articles-1.xml</loc></sitemap>');
  });
});
