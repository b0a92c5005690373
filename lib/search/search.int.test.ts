import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '@/lib/db/create-client';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { seed } from '@/prisma/seed';
import { stripMarks } from './highlight';
import { parseSearchParams } from './params';
import { runSearch } from './run-search';
import type { SearchHit, SearchOutcome } from './types';

let database: TestDatabase;
let db: PrismaClient;

beforeAll(async () => {
  database = await createTestDatabase();
  db = createPrismaClient(database.url);
  await seed(database.url, () => {});
});

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

type Results = Extract<SearchOutcome, { status: 'results' }>;

async function search(raw: Record<string, string>): Promise<Results> {
  const { outcome } = await runSearch(db, parseSearchParams(raw));
  if (outcome.status !== 'results') throw new Error(`expected results, got ${outcome.status}`);
  return outcome;
}

const titles = (hits: SearchHit[], kind = 'article') => hits.filter((h) => h.kind === kind).map((h) => h.title);
const khazriArticle = 'Kazakhstan and Azerbaijan Hold Military Drills without Russia: Khazri-2023';

async function birlestikArticles(): Promise<string[]> {
  const rows = await db.article.findMany({
    where: { paragraphs: { some: { mentions: { some: { entity: { slug: 'birlestik-2024' } } } } } },
    select: { slug: true },
  });
  return rows.map((r) => `/articles/${r.slug}`).sort();
}

describe('search', () => {
  it('finds the Khazri article with a highlighted snippet', async () => {
    const { hits } = await search({ q: 'Khazri' });
    expect(titles(hits)).toContain(khazriArticle);
    const hit = hits.find((h) => h.title === khazriArticle);
    expect(hit?.href).toMatch(/^\/articles\//);
    expect(hit?.snippetMarked).toContain('\u0001');
    expect(stripMarks(hit?.titleMarked ?? '')).toBe(khazriArticle);
  });

  it('ranks title matches first', async () => {
    const { hits } = await search({ q: 'Khazri', type: 'article' });
    expect(hits[0]?.title).toBe(khazriArticle);
  });

  it('finds the same texts under any name of an entity', async () => {
    const expected = await birlestikArticles();
    expect(expected.length).toBeGreaterThan(1);
    for (const q of ['Unity-2024', 'Бірлестік', 'Birlestik-2024']) {
      const outcome = await search({ q, type: 'article' });
      expect(outcome.hits.map((h) => h.href).sort(), q).toEqual(expected);
      expect(outcome.expandedWith.map((e) => e.slug), q).toContain('birlestik-2024');
    }
  });

  it('suggests entities for misspelt names', async () => {
    const kazakstan = await search({ q: 'Kazakstan' });
    expect(kazakstan.suggestions[0]?.slug).toBe('kazakhstan');
    expect(kazakstan.hits[0]).toMatchObject({ kind: 'entity', title: 'Kazakhstan', href: '/countries/kazakhstan' });
    const ojmasza = await search({ q: 'Ojmasza' });
    expect(ojmasza.hits.some((h) => h.kind === 'entity' && h.title === 'Oymasha training ground')).toBe(true);
    expect(titles(ojmasza.hits).length).toBeGreaterThan(0);
    const ochamchire = await search({ q: 'Ochamchira distrct' });
    expect(ochamchire.suggestions.map((s) => s.name)).toContain('Ochamchira district');
  });

  it('ignores accents', async () => {
    const plain = await search({ q: 'Turkiye', type: 'article' });
    const accented = await search({ q: 'Türkiye', type: 'article' });
    expect(titles(plain.hits).length).toBeGreaterThan(0);
    expect(titles(plain.hits).sort()).toEqual(titles(accented.hits).sort());
  });

  it('understands websearch syntax', async () => {
    const phrase = await search({ q: '"joint exercises"', type: 'article' });
    const excluded = await search({ q: '"joint exercises" -Turkey', type: 'article' });
    expect(titles(excluded.hits).length).toBeLessThan(titles(phrase.hits).length);
    expect(titles(excluded.hits).every((t) => !/Turk/.test(t))).toBe(true);
    const baku = await search({ q: 'Baku', type: 'article' });
    const aktau = await search({ q: 'Aktau', type: 'article' });
    const either = await search({ q: 'Baku OR Aktau', type: 'article' });
    expect(either.total).toBe(new Set([...titles(baku.hits), ...titles(aktau.hits)]).size);
  });

  it('answers bad queries without throwing', async () => {
    for (const q of ['"unbalanced', "'; drop table \"Article\"; --", 'x'.repeat(2000), 'a\u0000b', '!!! ) ( & |']) {
      const { outcome, params } = await runSearch(db, parseSearchParams({ q }));
      expect(['results', 'empty-query']).toContain(outcome.status);
      expect(params.q.length).toBeLessThanOrEqual(200);
    }
    expect((await runSearch(db, parseSearchParams({ q: 'the and of' }))).outcome.status).toBe('empty-query');
    expect(await db.article.count()).toBeGreaterThan(0);
  });

  it('filters by type, era and entity', async () => {
    const briefs = await search({ q: 'Kazakhstan', type: 'brief' });
    expect(briefs.hits.length).toBeGreaterThan(0);
    expect(briefs.hits.every((h) => h.kind === 'brief')).toBe(true);
    expect(briefs.total).toBe(briefs.counts.brief);
    const csto = await search({ q: 'Kazakhstan', era: 'csto' });
    const post = await search({ q: 'Kazakhstan', era: 'post-2022' });
    expect(csto.hits.every((h) => h.era === 'CSTO_ERA')).toBe(true);
    expect(post.hits.every((h) => h.era === 'POST_2022')).toBe(true);
    const mentioning = await search({ q: 'exercise', type: 'article', entity: 'birlestik-2024' });
    expect(mentioning.hits.length).toBeGreaterThan(0);
    expect(mentioning.hits.every((h) => birlestikHrefs.includes(h.href))).toBe(true);
  });

  it('keeps documents current through the triggers', async () => {
    const article = await db.article.findFirstOrThrow({ where: { parsedTitle: khazriArticle } });
    await db.articleCuration.upsert({
      where: { articleId: article.id },
      create: { articleId: article.id, title: 'Zanzibarian drills' },
      update: { title: 'Zanzibarian drills' },
    });
    expect(titles((await search({ q: 'Zanzibarian' })).hits)).toEqual(['Zanzibarian drills']);
    await db.articleCuration.delete({ where: { articleId: article.id } });
    expect((await search({ q: 'Zanzibarian' })).total).toBe(0);
  });
});

let birlestikHrefs: string[] = [];
beforeAll(async () => {
  birlestikHrefs = await birlestikArticles();
});
