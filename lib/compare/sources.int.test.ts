import { describe, expect, it } from 'vitest';
import PageCacheHandler, { deriveTag } from '@/lib/platform/cache/page-cache-handler.mjs';
import { databaseForFile } from '@/scripts/testing/file-database';
import { compareSources } from './records';

const { db } = databaseForFile();
const KINDS = ['PARTICIPATED_IN', 'HELD_IN', 'LOCATED_AT', 'PART_OF'] as const;

describe('what the comparison reads, as cache tags', () => {
  it('names every exercise, both ends of its facts and the articles they cite, and nothing else', async () => {
    const tags = new Set(await compareSources(db));
    const ids = async (where: Parameters<typeof db.entity.findMany>[0]) => (await db.entity.findMany({ ...where, select: { id: true } })).map((e) => `entity:${e.id}`);
    const exercises = await ids({ where: { type: 'EXERCISE' } });
    expect(exercises.length).toBeGreaterThan(50);
    for (const tag of exercises) expect(tags.has(tag)).toBe(true);
    for (const tag of await ids({ where: { slug: { in: ['kazakhstan', 'azerbaijan', 'russia', 'csto'] } } })) expect(tags.has(tag)).toBe(true);
    const cited = await db.fact.findFirstOrThrow({ where: { kind: 'PARTICIPATED_IN', paragraphId: { not: null } }, select: { paragraph: { select: { articleId: true } } } });
    expect(tags.has(`article:${cited.paragraph?.articleId}`)).toBe(true);
    const unrelated = await ids({ where: { type: 'PERSON', subjectFacts: { none: { kind: { in: [...KINDS] } } }, objectFacts: { none: { kind: { in: [...KINDS] } } } } });
    expect(unrelated.length).toBeGreaterThan(0);
    for (const tag of unrelated) expect(tags.has(tag)).toBe(false);
  });

  it('expires a cached view with any of them, and not with another entity', async () => {
    const sources = await compareSources(db);
    const [person] = await db.entity.findMany({ where: { type: 'PERSON', subjectFacts: { none: { kind: { in: [...KINDS] } } }, objectFacts: { none: { kind: { in: [...KINDS] } } } }, select: { id: true }, take: 1 });
    const cache = new PageCacheHandler();
    const view = { kind: 'APP_PAGE', html: '<p>view</p>', headers: { 'x-next-cache-tags': 'site,compare' }, status: 200 };
    deriveTag('compare', sources);
    await cache.set('/compare-view/x', view);
    await new Promise((r) => setTimeout(r, 5));
    await cache.revalidateTag(`entity:${person?.id}`);
    expect(await cache.get('/compare-view/x')).not.toBeNull();
    await cache.revalidateTag(sources[sources.length - 1] ?? '');
    expect(await cache.get('/compare-view/x')).toBeNull();
  });
});
