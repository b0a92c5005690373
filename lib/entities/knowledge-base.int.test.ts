import { describe, expect, it } from 'vitest';
import { importArticle } from '@/lib/articles/import-article';
import { loadGazetteer, retagAllArticles } from '@/lib/tagging/store';
import { databaseForFile } from '@/scripts/testing/file-database';
import { seed } from '@/prisma/seed';

const { db, url } = databaseForFile();

const mentionRows = () =>
  db.mention.findMany({
    orderBy: [{ paragraphId: 'asc' }, { start: 'asc' }],
    select: { paragraphId: true, start: true, end: true, surface: true, entityId: true, method: true, status: true },
  });

describe('the seeded knowledge base', () => {
  it('knows Birlestik-2024 under every name, with cited participants', async () => {
    const exercise = await db.entity.findUniqueOrThrow({
      where: { slug: 'birlestik-2024' },
      include: { names: true, objectFacts: { include: { subject: true, paragraph: true } } },
    });
    const names = exercise.names.map((n) => n.name);
    expect(names).toEqual(expect.arrayContaining(['Unity-2024']));
    expect(names.some((n) => n.includes('Бірлестік'))).toBe(true);
    const participants = exercise.objectFacts.filter((f) => f.kind === 'PARTICIPATED_IN');
    expect(participants.map((f) => f.subject.slug)).toEqual(expect.arrayContaining(['kazakhstan', 'azerbaijan', 'uzbekistan']));
    for (const fact of participants) {
      if (fact.paragraph) expect(fact.paragraph.text).toContain(fact.quote ?? '');
      else if (fact.referenceId) expect(fact.quote?.trim()).toBeTruthy();
      else expect(fact.editorNote).toBeTruthy();
    }
  });

  it('links mentions in the text at exact offsets', async () => {
    const rows = await db.mention.findMany({ take: 200, include: { paragraph: { select: { text: true } } } });
    expect(rows.length).toBeGreaterThan(100);
    for (const m of rows) expect(m.paragraph.text.slice(m.start, m.end)).toBe(m.surface);
  });

  it('re-seeding and re-tagging change nothing (deterministic)', async () => {
    const before = await mentionRows();
    const counts = [await db.entity.count(), await db.fact.count(), await db.entityName.count()];
    await seed(url(), () => {});
    await retagAllArticles(db);
    expect(await mentionRows()).toEqual(before);
    expect([await db.entity.count(), await db.fact.count(), await db.entityName.count()]).toEqual(counts);
  });

  it('keeps an editor’s rejection when re-tagging', async () => {
    const victim = await db.mention.findFirstOrThrow({ orderBy: { id: 'asc' } });
    await db.mention.update({ where: { id: victim.id }, data: { status: 'REJECTED' } });
    await retagAllArticles(db);
    const same = await db.mention.findMany({ where: { paragraphId: victim.paragraphId, start: victim.start, entityId: victim.entityId } });
    expect(same).toHaveLength(1);
    expect(same[0]?.status).toBe('REJECTED');
  });

  it('tags a newly imported article and proposes unknown names as candidates', async () => {
    const raw = [
      'Kazakhstan and Uzbekistan Plan Steppe Shield-2026',
      '',
      'Kazakhstan’s defense ministry said on Monday that Kazakh and Uzbek units will hold the Steppe Shield-2026 exercise near Aktau in May, with observers from Azerbaijan, according to Colonel Nurlan Abenov of the Western Regional Command.',
    ].join('\n');
    const result = await importArticle(db, raw, { fileName: 'new.txt', gazetteer: await loadGazetteer(db) });
    expect(result.status).toBe('imported');
    if (result.status !== 'imported') return;
    expect(result.tags?.mentions).toBeGreaterThanOrEqual(4);
    expect(result.tags?.candidates).toEqual(expect.arrayContaining(['Steppe Shield-2026']));
    const tagged = await db.mention.findMany({ where: { paragraph: { articleId: result.id } }, include: { entity: true } });
    expect(tagged.map((m) => m.entity.slug)).toEqual(expect.arrayContaining(['kazakhstan', 'uzbekistan', 'aktau', 'azerbaijan']));
  });
});
