import { beforeAll, describe, expect, it } from 'vitest';
import { stripMarks } from './highlight';
import { parseSearchParams } from './params';
import { runSearch } from './run-search';
import { titles, searchDatabase } from '@/scripts/testing/search-fixture';

const { db, search } = searchDatabase();
const khazriArticle = 'Kazakhstan and Azerbaijan Hold Military Drills without Russia: Khazri-2023';

/** Articles naming the entity, as the tagger found them: the texts each of its names must find. */
async function articlesNaming(slug: string): Promise<string[]> {
  const rows = await db().article.findMany({
    where: { paragraphs: { some: { mentions: { some: { entity: { slug } } } } } },
    select: { slug: true },
  });
  return rows.map((r) => `/articles/${r.slug}`).sort();
}

/** Articles whose text matches the pattern. */
async function articlesSaying(pattern: RegExp): Promise<string[]> {
  const rows = await db().article.findMany({ select: { slug: true, paragraphs: { select: { text: true } } } });
  return rows.filter((a) => a.paragraphs.some((p) => pattern.test(p.text))).map((a) => `/articles/${a.slug}`).sort();
}

const hrefs = (outcome: { hits: { href: string; kind: string }[] }) =>
  outcome.hits.filter((h) => h.kind === 'article').map((h) => h.href).sort();

let birlestikHrefs: string[] = [];
beforeAll(async () => {
  birlestikHrefs = await articlesNaming('birlestik-2024');
});

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
    expect(birlestikHrefs.length).toBeGreaterThan(1);
    for (const q of ['Unity-2024', 'Бірлестік', 'Birlestik-2024', '"Бірлестік-2024"']) {
      const outcome = await search({ q, type: 'article' });
      expect(hrefs(outcome), q).toEqual(birlestikHrefs);
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
    const bad = ['"unbalanced', "'; drop table \"Article\"; --", 'x'.repeat(2000), 'a\u0000b', '!!! ) ( & |', '"Türkiye', 'Türkiye -', "Türkiye' | 'x", 'Unity-2024 ' .repeat(300)];
    for (const q of bad) {
      const { outcome, params } = await runSearch(db(), parseSearchParams({ q }));
      expect(['results', 'empty-query'], q.slice(0, 40)).toContain(outcome.status);
      expect(params.q.length).toBeLessThanOrEqual(200);
    }
    expect((await runSearch(db(), parseSearchParams({ q: 'the and of' }))).outcome.status).toBe('empty-query');
    expect(await db().article.count()).toBeGreaterThan(0);
  });

  it('keeps documents current through the triggers', async () => {
    const article = await db().article.findFirstOrThrow({ where: { parsedTitle: khazriArticle } });
    await db().articleCuration.upsert({
      where: { articleId: article.id },
      create: { articleId: article.id, title: 'Zanzibarian drills' },
      update: { title: 'Zanzibarian drills' },
    });
    expect(titles((await search({ q: 'Zanzibarian' })).hits)).toEqual(['Zanzibarian drills']);
    await db().articleCuration.delete({ where: { articleId: article.id } });
    expect((await search({ q: 'Zanzibarian' })).total).toBe(0);
  });
});

describe('names inside a longer query', () => {
  it('expands a name among other words ("Türkiye drills" finds "Turkey … drills")', async () => {
    const outcome = await search({ q: 'Türkiye drills', type: 'article' });
    expect(outcome.expandedWith.map((e) => e.slug)).toEqual(['turkey']);
    const turkiye = await articlesSaying(/Türkiye/);
    const drills = await articlesSaying(/drills/i);
    const expected = (await articlesSaying(/\bTurkey\b/)).filter((href) => !turkiye.includes(href) && drills.includes(href));
    expect(expected.length).toBeGreaterThan(0);
    for (const href of expected) expect(hrefs(outcome)).toContain(href);
    expect(hrefs(outcome)).toEqual(hrefs(await search({ q: 'turkey drills', type: 'article' })));
  });

  it('keeps the minus: a negated name leaves out texts naming it in any form', async () => {
    const outcome = await search({ q: 'Unity-2024 -Kazakhstan' });
    expect(outcome.expandedWith.map((e) => e.slug).sort()).toEqual(['birlestik-2024', 'kazakhstan']);
    const kazakhstan = await articlesNaming('kazakhstan');
    expect(hrefs(outcome)).toEqual(birlestikHrefs.filter((href) => !kazakhstan.includes(href)));
    for (const hit of outcome.hits) expect(`${hit.title} ${hit.snippetMarked}`).not.toMatch(/Kazakh|Қазақстан|Казахстан/);
  });

  it('keeps quotes and OR, each name standing for all its forms', async () => {
    const outcome = await search({ q: '"Бірлестік" OR Khazri', type: 'article' });
    expect(outcome.expandedWith.map((e) => e.slug).sort()).toEqual(['birlestik-2024', 'khazri-2023']);
    const either = [...new Set([...birlestikHrefs, ...(await articlesNaming('khazri-2023'))])].sort();
    expect(hrefs(outcome)).toEqual(either);
  });

  it('takes the longest name and leaves a short capitals name to capitals', async () => {
    expect((await search({ q: 'Turkish Armed Forces exercises' })).expandedWith.map((e) => e.slug)).toEqual(['turkish-armed-forces']);
    expect((await search({ q: 'tell us about drills' })).expandedWith).toEqual([]);
    expect((await search({ q: 'US drills' })).expandedWith.map((e) => e.slug)).toEqual(['united-states']);
  });
});
