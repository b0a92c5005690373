import { describe, expect, it } from 'vitest';
import { createPrismaClient } from '@/lib/platform/db/create-client';
import { renderBrief } from '@/lib/formats/markdown';
import { databaseForFile } from '@/scripts/testing/file-database';
import { createTestDatabase } from '@/scripts/testing/test-database';
import { parseCitationSnapshot } from './citation-snapshot';
import { loadResolvers } from './resolvers';
import { SEED_BRIEFS, SEED_EDITOR, seedBriefs } from './seed-briefs';

const { db } = databaseForFile();
const slug = SEED_BRIEFS[0]?.slug ?? '';

const counts = async () => ({
  briefs: await db.brief.count({ where: { slug } }),
  revisions: await db.briefRevision.count({ where: { brief: { slug } } }),
  statusChanges: await db.briefStatusChange.count({ where: { brief: { slug } } }),
  audit: await db.auditLog.count({ where: { action: 'brief.seed' } }),
  editors: await db.user.count({ where: { email: SEED_EDITOR.email } }),
});

const seededRevision = () =>
  db.briefRevision.findFirstOrThrow({
    where: { brief: { slug }, number: 1 },
    select: { body: true, citations: true, title: true, publishedBy: { select: { name: true, active: true, passwordHash: true, role: true } } },
  });

describe('seedBriefs', () => {
  it('creates the brief once: seeding twice leaves one brief and one published revision', async () => {
    await seedBriefs(db);
    const second = await seedBriefs(db);
    expect(second).toEqual({ created: [], existing: [slug] });
    expect(await counts()).toEqual({ briefs: 1, revisions: 1, statusChanges: 1, audit: 1, editors: 1 });
    const brief = await db.brief.findUniqueOrThrow({ where: { slug }, select: { status: true, statusChanges: { select: { to: true, reason: true } } } });
    expect(brief.status).toBe('PUBLISHED');
    expect(brief.statusChanges).toEqual([{ to: 'PUBLISHED', reason: 'seeded' }]);
  });

  it('publishes as a system editor that cannot sign in', async () => {
    const { publishedBy } = await seededRevision();
    expect(publishedBy).toEqual({ name: SEED_EDITOR.name, active: false, passwordHash: null, role: 'EDITOR' });
  });

  it('renders with every citation and entity link resolved', async () => {
    const { body, citations } = await seededRevision();
    const snapshot = parseCitationSnapshot(citations);
    const rendered = renderBrief(body, await loadResolvers(body, { db, citedTexts: snapshot }));
    expect(rendered.problems).toEqual([]);
    expect(rendered.citations.length).toBeGreaterThan(20);
    expect(rendered.citations.map((c) => `${c.articleSlug}#p-${c.position}`)).toEqual(snapshot.map((c) => c.ref));
    expect(rendered.citations.filter((c) => c.changed)).toEqual([]);
  });

  it('snapshots each cited paragraph exactly as it stands', async () => {
    const snapshot = parseCitationSnapshot((await seededRevision()).citations);
    expect(snapshot.length).toBeGreaterThan(20);
    for (const cited of snapshot) {
      const paragraph = await db.paragraph.findFirst({
        where: { article: { slug: cited.articleSlug }, position: cited.position },
        select: { text: true, kind: true },
      });
      expect(paragraph, cited.ref).not.toBeNull();
      expect(paragraph?.text).toBe(cited.text);
      expect(paragraph?.kind).toBe('TEXT');
    }
  });

  it("never overwrites the editors' changes, even after the slug was renamed", async () => {
    const brief = await db.brief.findUniqueOrThrow({ where: { slug }, select: { id: true } });
    await db.brief.update({ where: { id: brief.id }, data: { slug: `${slug}-renamed`, body: 'Edited.', title: 'Edited' } });
    await db.briefSlug.create({ data: { slug, briefId: brief.id } });
    expect(await seedBriefs(db)).toEqual({ created: [], existing: [slug] });
    expect(await db.brief.count()).toBe(1);
    expect(await db.brief.findUniqueOrThrow({ where: { id: brief.id }, select: { body: true } })).toEqual({ body: 'Edited.' });
  });

  it('fails loudly, and writes nothing, when a citation or entity does not resolve', async () => {
    const empty = await createTestDatabase();
    const bare = createPrismaClient(empty.url);
    try {
      await expect(seedBriefs(bare)).rejects.toThrow(/cannot be published[\s\S]*unknown-citation/);
      expect(await bare.brief.count()).toBe(0);
      expect(await bare.briefRevision.count()).toBe(0);
      expect(await bare.user.count()).toBe(0);
    } finally {
      await bare.$disconnect();
      await empty.drop();
    }
  });
});
