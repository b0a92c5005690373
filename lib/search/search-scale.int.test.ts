import { beforeAll, describe, expect, it } from 'vitest';
import { importArticle } from '@/lib/articles/import-article';
import { loadGazetteer, tagStoredArticle } from '@/lib/tagging/store';
import { HIT_START } from './highlight';
import { CANDIDATES } from './rank-page';
import { searchDatabase } from '@/scripts/testing/search-fixture';
import { COUNT_CAP, SEARCH_PAGE_SIZE } from './types';

// What bounds each search (capped article counts, ranking among candidates, the "entityIds" column
// for the entity filter) checked on more articles than the seed has: COUNT_CAP + 20 recent ones
// that say WORD in their body, and one old one that says it in its title.
const { db, search } = searchDatabase();

const WORD = 'zyxcapword';
const RECENT = COUNT_CAP + 20;
const OLD_TITLE = 'Zyxcapword: An Old Report on the Caspian';
/** Recent articles 1…MENTIONED mention ENTITY. */
const MENTIONED = 30;
const ENTITY = 'oymasha-training-ground';

let entityId = '';

async function insertArticles(): Promise<void> {
  // One statement each, as bulk imports write: the search triggers fire per article, then per statement.
  await db().$executeRaw`
    INSERT INTO "Article" (id, slug, "contentHash", "rawText", "parsedTitle", "removedFurniture", "publishedAt", era, "eraBasis")
    SELECT 'scale-' || n, 'synthetic-report-' || n, 'scale-hash-' || n, '', 'Synthetic Report ' || n, '[]'::jsonb,
           '2023-01-01'::timestamp + n * interval '1 hour', 'POST_2022'::"Era", 'PUBLISHED_DATE'::"EraBasis"
    FROM generate_series(1, ${RECENT}::int) n
    UNION ALL
    SELECT 'scale-old', 'an-old-report', 'scale-hash-old', '', ${OLD_TITLE}, '[]'::jsonb, '2001-06-01', 'CSTO_ERA', 'PUBLISHED_DATE'`;
  await db().$executeRaw`
    INSERT INTO "Paragraph" (id, "articleId", position, text)
    SELECT 'scale-p-' || n, 'scale-' || n, 1, 'Observers said the ' || ${WORD} || ' plan was discussed at length in the capital.'
    FROM generate_series(1, ${RECENT}::int) n
    UNION ALL
    SELECT 'scale-p-old', 'scale-old', 1, 'An old report on regional security, written long before the others.'`;
  await db().$executeRaw`
    INSERT INTO "Mention" (id, "paragraphId", "entityId", start, "end", surface, method)
    SELECT 'scale-m-' || n, 'scale-p-' || n, ${entityId}, 0, 9, 'Observers', 'editor' FROM generate_series(1, ${MENTIONED}::int) n`;
}

const mentionIds = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `scale-m-${from + i}`);
const withEntity = () => search({ q: WORD, type: 'article', entity: ENTITY });

beforeAll(async () => {
  entityId = (await db().entity.findUniqueOrThrow({ where: { slug: ENTITY }, select: { id: true } })).id;
  await insertArticles();
});

describe('article counts', () => {
  it('stop at COUNT_CAP and say there are more', async () => {
    const outcome = await search({ q: WORD });
    expect(outcome.counts.article).toBe(COUNT_CAP);
    expect(outcome.capped).toEqual(['article']);
    expect(outcome.total).toBe(COUNT_CAP);
    expect(outcome.pageCount).toBe(COUNT_CAP / SEARCH_PAGE_SIZE);
    expect(outcome.hits).toHaveLength(SEARCH_PAGE_SIZE);
  });

  it('bound the pages: the last the capped count allows has hits, the next none', async () => {
    const lastPage = COUNT_CAP / SEARCH_PAGE_SIZE;
    expect((await search({ q: WORD, type: 'article', page: String(lastPage) })).hits).toHaveLength(SEARCH_PAGE_SIZE);
    const past = await search({ q: WORD, type: 'article', page: String(lastPage + 1) });
    expect(past.hits).toEqual([]);
    expect(past.pageCount).toBe(lastPage);
  });

  it('are exact below the cap, with the filters applied', async () => {
    const firstDay = await db().article.count({ where: { id: { startsWith: 'scale-' }, publishedAt: { gte: new Date('2023-01-01'), lt: new Date('2023-01-02') } } });
    const day = await search({ q: WORD, from: '2023-01-01', to: '2023-01-01' });
    expect(day.counts.article).toBe(firstDay);
    expect(day.capped).toEqual([]);
    expect(day.hits.every((h) => h.publishedAt && h.publishedAt < new Date('2023-01-02'))).toBe(true);

    const csto = await search({ q: WORD, era: 'csto' });
    expect(csto.counts.article).toBe(1);
    expect(csto.capped).toEqual([]);
    expect(csto.hits.map((h) => h.title)).toEqual([OLD_TITLE]);
    expect((await search({ q: WORD, era: 'post-2022' })).capped).toEqual(['article']);
  });
});

describe('ranking among candidates', () => {
  it('puts an old article whose title matches above the newer ones that say the word in their body', async () => {
    expect(RECENT).toBeGreaterThan(CANDIDATES);
    const { hits } = await search({ q: WORD, type: 'article' });
    expect(hits[0]?.title).toBe(OLD_TITLE);
    // Then the body matches, the newest first (their texts rank alike).
    expect(hits[1]?.title).toBe(`Synthetic Report ${RECENT}`);
    expect(hits[2]?.title).toBe(`Synthetic Report ${RECENT - 1}`);
  });

  it('pages through the candidates without repeating a hit', async () => {
    const pages = await Promise.all([1, 2, 3].map((page) => search({ q: WORD, type: 'article', page: String(page) })));
    const hrefs = pages.flatMap((p) => p.hits.map((h) => h.href));
    expect(hrefs).toHaveLength(3 * SEARCH_PAGE_SIZE);
    expect(new Set(hrefs).size).toBe(hrefs.length);
  });
});

describe('snippets', () => {
  it('highlight a match far into a long text, and one the stemmer reads otherwise than its spelling', async () => {
    const filler = 'The delegations met again to review the schedule of the coming talks. '.repeat(80);
    await db().article.create({
      data: {
        id: 'scale-long', slug: 'a-long-report', contentHash: 'scale-hash-long', rawText: '', parsedTitle: 'A Long Report',
        removedFurniture: [], publishedAt: new Date('2024-05-01'), era: 'POST_2022', eraBasis: 'PUBLISHED_DATE',
        paragraphs: { create: [{ position: 1, text: filler }, { position: 2, text: 'At last the zyxdeepword appeared, with the dying embers.' }] },
      },
    });
    const deep = await search({ q: 'zyxdeepword' });
    expect(deep.hits[0]?.snippetMarked).toContain(`${HIT_START}zyxdeepword`);
    // "die" is the stem of "dying", which does not start with it: the whole text is headlined.
    const dying = await search({ q: 'die zyxdeepword' });
    expect(dying.hits[0]?.snippetMarked).toContain(`${HIT_START}dying`);
  });
});

describe('the entity filter', () => {
  it('follows mentions as they are rejected, accepted again, deleted and added', async () => {
    expect((await withEntity()).counts.article).toBe(MENTIONED);
    await db().mention.updateMany({ where: { id: { in: mentionIds(1, 10) } }, data: { status: 'REJECTED' } });
    expect((await withEntity()).counts.article).toBe(MENTIONED - 10);
    await db().mention.updateMany({ where: { id: { in: mentionIds(1, 10) } }, data: { status: 'ACCEPTED' } });
    expect((await withEntity()).counts.article).toBe(MENTIONED);
    await db().mention.deleteMany({ where: { id: { in: mentionIds(1, 5) } } });
    const afterDelete = await withEntity();
    expect(afterDelete.counts.article).toBe(MENTIONED - 5);
    expect(afterDelete.hits.map((h) => h.title)).not.toContain('Synthetic Report 1');
    await db().mention.create({ data: { id: 'scale-m-1', paragraphId: 'scale-p-1', entityId, start: 0, end: 9, surface: 'Observers', method: 'editor' } });
    expect((await withEntity()).counts.article).toBe(MENTIONED - 4);
  });

  it('keeps an article through a rewrite of its document, and drops it with its paragraph', async () => {
    // Any change to the article rewrites its search document (search_refresh_article).
    await db().article.update({ where: { id: 'scale-1' }, data: { parsedTitle: 'Synthetic Report 1, Revised' } });
    await db().articleCuration.create({ data: { articleId: 'scale-6', title: 'Synthetic Report 6, Curated' } });
    expect((await withEntity()).counts.article).toBe(MENTIONED - 4);
    const rewritten = await search({ q: 'revised OR curated', type: 'article', entity: ENTITY });
    expect(rewritten.hits.map((h) => h.title).sort()).toEqual(['Synthetic Report 1, Revised', 'Synthetic Report 6, Curated']);

    // Re-imported paragraphs: the old one goes with its mentions, the new one is tagged afresh.
    await db().paragraph.delete({ where: { id: 'scale-p-6' } });
    expect((await withEntity()).counts.article).toBe(MENTIONED - 5);
    await db().paragraph.create({ data: { id: 'scale-p-6b', articleId: 'scale-6', position: 1, text: `Observers said the ${WORD} plan moved on.` } });
    expect((await withEntity()).counts.article).toBe(MENTIONED - 5);
    await db().mention.create({ data: { paragraphId: 'scale-p-6b', entityId, start: 0, end: 9, surface: 'Observers', method: 'editor' } });
    expect((await withEntity()).counts.article).toBe(MENTIONED - 4);
  });

  it('dates an entity by an article in the range however many newer ones do not name it', async () => {
    // Recent articles 1…MENTIONED, in the first hours of the range, name it; some thousand newer do not.
    const oymasha = () => search({ q: 'Oymasha', type: 'entity', from: '2023-01-01', to: '2023-02-28' }).then((o) => o.hits.map((h) => h.title));
    expect(await oymasha()).toContain('Oymasha training ground');
    const named = await db().mention.findMany({ where: { paragraph: { articleId: { startsWith: 'scale-' } } }, select: { id: true, status: true } });
    await db().mention.updateMany({ where: { id: { in: named.map((m) => m.id) } }, data: { status: 'REJECTED' } });
    try {
      expect(await oymasha()).not.toContain('Oymasha training ground');
    } finally {
      for (const m of named) await db().mention.update({ where: { id: m.id }, data: { status: m.status } });
    }
  });

  it("applies to an article's summary as to the article", async () => {
    const author = await db().user.create({ data: { email: 'scale@example.test', name: 'Scale Editor', role: 'EDITOR' } });
    await db().summary.create({
      data: { articleId: 'scale-20', draftBody: `The ${WORD} plan in brief.`, publishedBody: `The ${WORD} plan in brief.`, status: 'PUBLISHED', authorId: author.id, publishedAt: new Date() },
    });
    const summaries = () => search({ q: WORD, type: 'summary', entity: ENTITY }).then((o) => o.counts.summary);
    expect(await summaries()).toBe(1);
    await db().mention.update({ where: { id: 'scale-m-20' }, data: { status: 'REJECTED' } });
    expect(await summaries()).toBe(0);
    await db().mention.update({ where: { id: 'scale-m-20' }, data: { status: 'PROPOSED' } });
    expect(await summaries()).toBe(1);
  });

  it('finds an imported article by the entities the tagger found, and after it is tagged again', async () => {
    const gazetteer = await loadGazetteer(db());
    const raw = 'Zyximport Exercise Reviewed in Astana\n\nOfficers from Kazakhstan reviewed the zyximport lessons of Birlestik-2024, the joint exercise, at a meeting that lasted two days.';
    const imported = await importArticle(db(), raw, { gazetteer });
    expect(imported.status).toBe('imported');
    const found = () => search({ q: 'zyximport', entity: 'birlestik-2024' }).then((o) => o.hits.map((h) => h.href));
    expect(await found()).toContain(`/articles/${imported.slug}`);
    await tagStoredArticle(db(), gazetteer, imported.id);
    expect(await found()).toContain(`/articles/${imported.slug}`);
    expect((await search({ q: 'zyximport', entity: ENTITY })).total).toBe(0);
  });
});
