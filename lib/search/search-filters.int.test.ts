import { describe, expect, it } from 'vitest';
import type { Era } from '@/lib/generated/prisma/enums';
import { searchDatabase, type Results } from '@/scripts/testing/search-fixture';

const { db, search } = searchDatabase();

const briefSlugs = (outcome: Results) => outcome.hits.filter((h) => h.kind === 'brief').map((h) => h.href.replace('/briefs/', '')).sort();
const entitySlugs = (outcome: Results) => outcome.hits.filter((h) => h.kind === 'entity').map((h) => h.href.split('/').pop()).sort();

const CSTO_ARTICLE = 'kazakhstan-offers-to-hold-joint-military-exercises-with-turkey';
const POST_ARTICLE = 'kazakhstan-and-azerbaijan-hold-military-drills-without-russia-khazri-2023';

/** A published brief on Kazakhstan citing these articles' first paragraphs and showing these figures. */
async function publishBrief(slug: string, cites: string[], figureEras: string[] = []): Promise<void> {
  const editor = await db().user.upsert({
    where: { email: 'search-filters@example.test' },
    create: { email: 'search-filters@example.test', name: 'Search Filters', role: 'EDITOR' },
    update: {},
  });
  const body = `Kazakhstan and its neighbours. ${cites.map((c) => `[^${c}#p-1]`).join('')}`;
  const brief = await db().brief.create({ data: { slug, title: `Brief ${slug}`, body, status: 'PUBLISHED', authorId: editor.id } });
  await db().briefRevision.create({
    data: {
      briefId: brief.id,
      number: 1,
      title: `Brief ${slug}`,
      body,
      citations: cites.map((c) => ({ ref: `${c}#p-1`, articleSlug: c, position: 1, text: 'cited' })),
      figures: figureEras.map((era) => ({ directive: { kind: 'network', era, countries: ['kazakhstan'] }, comparison: {}, takenAt: '' })),
      publishedById: editor.id,
    },
  });
}

async function briefsIn(era: string): Promise<string[]> {
  return briefSlugs(await search({ q: 'Kazakhstan', type: 'brief', era }));
}

describe('era filter', () => {
  it('keeps every result in the era; a brief is in each era it discusses', async () => {
    for (const [param, era] of [['csto', 'CSTO_ERA'], ['post-2022', 'POST_2022']] as [string, Era][]) {
      const outcome = await search({ q: 'Kazakhstan', era: param });
      expect(outcome.hits.length, param).toBeGreaterThan(0);
      expect(outcome.hits.every((h) => h.eras.includes(era)), param).toBe(true);
      // The seeded brief compares the eras and cites articles of both.
      expect(outcome.counts.brief, param).toBeGreaterThan(0);
    }
    const all = await search({ q: 'Kazakhstan', type: 'brief' });
    expect(all.hits.find((h) => h.href === '/briefs/csto-era-and-after')?.eras).toEqual(['CSTO_ERA', 'POST_2022']);
  });

  it('places a brief by the eras of the articles it cites and of its figures', async () => {
    await publishBrief('cites-csto-era', [CSTO_ARTICLE]);
    await publishBrief('cites-post-2022', [POST_ARTICLE]);
    await publishBrief('figure-post-2022', [], ['post-2022']);
    await publishBrief('figure-both', [CSTO_ARTICLE], ['both']);
    const csto = await briefsIn('csto');
    const post = await briefsIn('post-2022');
    expect(csto).toEqual(expect.arrayContaining(['cites-csto-era', 'figure-both']));
    expect(csto).not.toContain('cites-post-2022');
    expect(csto).not.toContain('figure-post-2022');
    expect(post).toEqual(expect.arrayContaining(['cites-post-2022', 'figure-post-2022', 'figure-both']));
    expect(post).not.toContain('cites-csto-era');
    expect(await briefsIn('unknown')).toEqual([]);
  });

  it('follows a cited article into its new era', async () => {
    const article = await db().article.findUniqueOrThrow({ where: { slug: CSTO_ARTICLE }, select: { id: true, era: true } });
    await db().article.update({ where: { id: article.id }, data: { era: 'UNKNOWN' } });
    try {
      expect(await briefsIn('unknown')).toContain('cites-csto-era');
      expect(await briefsIn('csto')).not.toContain('cites-csto-era');
    } finally {
      await db().article.update({ where: { id: article.id }, data: { era: article.era } });
    }
    expect(await briefsIn('csto')).toContain('cites-csto-era');
  });
});

describe('date filter', () => {
  it('still dates articles by publication', async () => {
    const outcome = await search({ q: 'drills', type: 'article', from: '2024-04-01', to: '2024-04-20' });
    expect(outcome.hits.length).toBeGreaterThan(0);
    expect(outcome.hits.every((h) => h.publishedAt && h.publishedAt >= new Date('2024-04-01') && h.publishedAt < new Date('2024-04-21'))).toBe(true);
  });

  it("matches an entity by its own dates (Khazri-2023, 2–8 October 2023)", async () => {
    expect(entitySlugs(await search({ q: 'Khazri', type: 'entity', from: '2023-10-05', to: '2023-10-05' }))).toContain('khazri-2023');
    // After the exercise and before the article of 17 October that names it.
    expect(entitySlugs(await search({ q: 'Khazri', type: 'entity', from: '2023-10-09', to: '2023-10-16' }))).not.toContain('khazri-2023');
    expect(entitySlugs(await search({ q: 'Khazri', type: 'entity', from: '2023-10-17' }))).toContain('khazri-2023');
  });

  it('matches an entity by the time of a fact about it (Gül led Turkey 2007–2014)', async () => {
    const gul = (raw: Record<string, string>) => search({ q: 'Abdullah Gul', type: 'entity', ...raw }).then(entitySlugs);
    expect(await gul({ from: '2010-01-01', to: '2010-12-31' })).toContain('abdullah-gul');
    expect(await gul({ from: '2014-08-28', to: '2014-08-28' })).toContain('abdullah-gul');
    expect(await gul({ from: '2014-08-29' })).not.toContain('abdullah-gul');
    expect(await gul({ to: '2007-08-27' })).not.toContain('abdullah-gul');
    // A membership without an end goes on: Kazakhstan in the SCO since 2001.
    expect(entitySlugs(await search({ q: 'Kazakhstan', type: 'entity', from: '2015-01-01', to: '2015-12-31' }))).toContain('kazakhstan');
  });

  it('matches an entity named in an article published in the range, unless the mention was rejected', async () => {
    const oymasha = (from: string, to: string) => search({ q: 'Oymasha', type: 'entity', from, to }).then(entitySlugs);
    expect(await oymasha('2024-04-16', '2024-04-16')).toContain('oymasha-training-ground');
    expect(await oymasha('2024-04-17', '2024-04-26')).not.toContain('oymasha-training-ground');
    const mentions = await db().mention.findMany({
      where: { entity: { slug: 'oymasha-training-ground' }, paragraph: { article: { publishedAt: { gte: new Date('2024-04-16'), lt: new Date('2024-04-17') } } } },
      select: { id: true, status: true },
    });
    expect(mentions.length).toBeGreaterThan(0);
    await db().mention.updateMany({ where: { id: { in: mentions.map((m) => m.id) } }, data: { status: 'REJECTED' } });
    try {
      expect(await oymasha('2024-04-16', '2024-04-16')).not.toContain('oymasha-training-ground');
    } finally {
      for (const m of mentions) await db().mention.update({ where: { id: m.id }, data: { status: m.status } });
    }
  });
});

describe('type and entity filters', () => {
  it('filters by type and by the entity a document mentions', async () => {
    const briefs = await search({ q: 'Kazakhstan', type: 'brief' });
    expect(briefs.hits.length).toBeGreaterThan(0);
    expect(briefs.hits.every((h) => h.kind === 'brief')).toBe(true);
    expect(briefs.total).toBe(briefs.counts.brief);
    const rows = await db().article.findMany({
      where: { paragraphs: { some: { mentions: { some: { entity: { slug: 'birlestik-2024' } } } } } },
      select: { slug: true },
    });
    const mentioning = await search({ q: 'exercise', type: 'article', entity: 'birlestik-2024' });
    expect(mentioning.hits.length).toBeGreaterThan(0);
    expect(mentioning.hits.every((h) => rows.some((r) => h.href === `/articles/${r.slug}`))).toBe(true);
  });
});
