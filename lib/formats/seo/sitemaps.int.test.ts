import { describe, expect, it } from 'vitest';
import { databaseForFile } from '@/scripts/testing/file-database';
import { partPath, sitemapPartUrls, sitemapParts, type SitemapPart, type SitemapSection } from './sitemaps';

const { db } = databaseForFile();

const PER_FILE = 2;

async function allUrls(section: SitemapSection): Promise<{ parts: SitemapPart[]; paths: string[] }> {
  const parts = (await sitemapParts(db, PER_FILE)).filter((p) => p.section === section);
  const paths: string[] = [];
  for (const part of parts) {
    const urls = await sitemapPartUrls(db, part, PER_FILE);
    expect(urls, partPath(part)).not.toBeNull();
    expect(urls!.length, partPath(part)).toBeGreaterThan(0);
    expect(urls!.length, partPath(part)).toBeLessThanOrEqual(PER_FILE);
    paths.push(...urls!.map((u) => u.path));
  }
  return { parts, paths };
}

describe('sitemaps in parts', () => {
  it('lists every article exactly once across parts no larger than the limit', async () => {
    const articles = await db.article.findMany({ select: { slug: true } });
    const { parts, paths } = await allUrls('articles');
    expect(parts).toHaveLength(Math.ceil(articles.length / PER_FILE));
    expect(paths.toSorted()).toEqual(articles.map((a) => `/articles/${a.slug}`).toSorted());
  });

  it('lists every entity exactly once', async () => {
    const { paths } = await allUrls('entities');
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toHaveLength(await db.entity.count());
    expect(paths).toContain('/countries/kazakhstan');
  });

  it('lists a published brief with each revision, and nothing of a draft', async () => {
    const brief = await db.brief.findFirstOrThrow({ where: { status: 'PUBLISHED' }, select: { id: true, slug: true, revisions: { select: { number: true } } } });
    const editor = await db.user.findFirstOrThrow({ select: { id: true } });
    await db.briefRevision.create({
      data: { briefId: brief.id, number: brief.revisions.length + 1, title: 'Second', body: 'Second revision.', citations: [], publishedById: editor.id },
    });
    await db.brief.create({ data: { slug: 'sitemap-draft-brief', title: 'Draft', body: 'Not yet.', authorId: editor.id } });
    const { paths } = await allUrls('briefs');
    const latest = brief.revisions.length + 1;
    expect(paths.filter((p) => p === `/briefs/${brief.slug}`)).toHaveLength(1);
    for (let n = 1; n <= latest; n++) expect(paths).toContain(`/briefs/${brief.slug}/v/${n}`);
    expect(paths.some((p) => p.includes('sitemap-draft-brief'))).toBe(false);
  });

  it('has one part of listing pages, and answers null past the last part', async () => {
    expect(await sitemapPartUrls(db, { section: 'pages', index: 0 }, PER_FILE)).toEqual(expect.arrayContaining([{ path: '/' }, { path: '/compare' }, { path: '/countries' }]));
    expect(await sitemapPartUrls(db, { section: 'pages', index: 1 }, PER_FILE)).toBeNull();
    expect(await sitemapPartUrls(db, { section: 'articles', index: 999 }, PER_FILE)).toBeNull();
  });
});
