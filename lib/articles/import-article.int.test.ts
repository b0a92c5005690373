import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { databaseForFile } from '@/scripts/testing/file-database';
import { seed } from '@/prisma/seed';
import { importArticle } from './import-article';

const { db, url } = databaseForFile({ seeded: false });

async function snapshot() {
  const [articles, paragraphs, sources] = await Promise.all([
    db.article.findMany({ orderBy: { slug: 'asc' }, select: { id: true, slug: true, contentHash: true, importedAt: true } }),
    db.paragraph.count(),
    db.source.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } }),
  ]);
  return { articles, paragraphs, sources };
}

describe('seeding the source articles', () => {
  it('imports all five with their attribution, and a second run changes nothing', async () => {
    const quiet = () => {};
    await seed(url(), quiet);
    const first = await snapshot();
    expect(first.articles).toHaveLength(5);
    expect(first.sources.map((s) => s.name)).toEqual(['Azernews', 'Caspian Policy Center', 'Eurasia Daily Monitor']);

    await seed(url(), quiet);
    expect(await snapshot()).toEqual(first);
  });

  it('stores what was parsed, and unknown as null', async () => {
    const cpc = await db.article.findFirstOrThrow({
      where: { parsedTitle: { startsWith: 'Caspian States to Hold' } },
      include: { paragraphs: { orderBy: { position: 'asc' } }, parsedSource: true },
    });
    expect(cpc.parsedAuthors).toEqual(['Toghrul Ali']);
    expect(cpc.parsedSource?.abbreviation).toBe('CPC');
    expect(cpc.parsedPublicationProvenance).toBe('HEADER');
    expect(cpc.parsedPublishedAt?.toISOString()).toBe('2024-04-16T00:00:00.000Z');
    expect(cpc.parsedDatePrecision).toBe('DAY');
    expect(cpc.era).toBe('POST_2022');
    expect(cpc.eraBasis).toBe('PUBLISHED_DATE');
    expect(cpc.paragraphs.map((p) => p.position)).toEqual(cpc.paragraphs.map((_, i) => i + 1));
    expect(cpc.paragraphs.at(-1)?.text).not.toMatch(/Related Articles/);

    const edm = await db.article.findFirstOrThrow({ where: { parsedTitle: { startsWith: 'Kazakhstan Offers' } } });
    expect(edm.parsedPublishedAt).toBeNull();
    expect(edm.parsedAuthors).toEqual([]);
    expect(edm.publishedAt).toBeNull();
    expect(edm.era).toBe('CSTO_ERA');
    expect(edm.eraBasis).toBe('YEARS_IN_TEXT');

    const untitled = await db.article.findFirstOrThrow({ where: { parsedTitle: null } });
    expect(untitled.slug).toMatch(/^after-gaining-independence/);
    expect(untitled.parsedTzOffsetMinutes).toBe(240);
  });

  it('treats the same text with other line endings as a duplicate', async () => {
    const file = (await readdir(new URL('../../prisma/corpus/', import.meta.url))).find((f) => f.startsWith('000'));
    const raw = await readFile(new URL(`../../prisma/corpus/${file}`, import.meta.url), 'utf8');
    const result = await importArticle(db, raw.replace(/\n/g, '\r\n'));
    expect(result.status).toBe('duplicate');
  });

  it('gives a new text with a taken title a distinct slug', async () => {
    const raw = 'Kazakhstan Offers to Hold Joint Military Exercises With Turkey\n\nA different report altogether, written at length so that it reads as a body paragraph of an article rather than a header line, about the same subject.';
    const result = await importArticle(db, raw, { fileName: 'other.txt' });
    expect(result).toMatchObject({ status: 'imported', slug: 'kazakhstan-offers-to-hold-joint-military-exercises-with-turkey-2' });
  });
});
