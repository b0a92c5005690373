import { beforeAll, describe, expect, it } from 'vitest';
import { computeComparison } from '@/lib/compare/compute';
import { parseFigureSnapshots } from '@/lib/compare/figure-snapshot';
import { exerciseRecords, keyEvents } from '@/lib/compare/records';
import { databaseForFile } from '@/scripts/testing/file-database';
import { createBrief, saveDraft, transition, type Actor } from './service';

const { db } = databaseForFile();
let editor: Actor;

beforeAll(async () => {
  editor = await db.user.create({ data: { email: 'figures@example.test', name: 'Figures', role: 'EDITOR' }, select: { id: true, role: true } });
});

async function addArmeniaToKhazri(): Promise<void> {
  const [armenia, khazri] = await Promise.all(
    ['armenia', 'khazri-2023'].map((slug) => db.entity.findUniqueOrThrow({ where: { slug }, select: { id: true } })),
  );
  await db.fact.create({
    data: { kind: 'PARTICIPATED_IN', role: 'PARTICIPANT', subjectId: armenia!.id, objectId: khazri!.id, editorNote: 'test' },
  });
}

describe('comparison figures', () => {
  it('reflect a knowledge-base change on the next computation', async () => {
    // The seeded record has Armenia in other post-2022 exercises, but no source puts it in Khazri-2023.
    const before = computeComparison(await exerciseRecords(db), await keyEvents(db), { countries: ['armenia'] });
    expect(before.byEra.POST_2022.exercises.map((e) => e.slug)).not.toContain('khazri-2023');
    await addArmeniaToKhazri();
    const after = computeComparison(await exerciseRecords(db), await keyEvents(db), { countries: ['armenia'] });
    expect(after.byEra.POST_2022.figures.exercises).toBe(before.byEra.POST_2022.figures.exercises + 1);
    expect(after.byEra.POST_2022.exercises.map((e) => e.slug)).toContain('khazri-2023');
  });

  it('embedded in a brief, stay as they were at publication', async () => {
    const created = await createBrief(db, editor, { title: 'Networks compared' });
    if (!created.ok) throw new Error(created.message);
    const body = 'Who drilled with whom:\n\n::figure{kind="network" era="both" countries="azerbaijan"}\n';
    const saved = await saveDraft(db, editor, created.value.id, { title: 'Networks compared', body, baseVersion: created.value.version });
    if (!saved.ok) throw new Error(saved.message);
    const published = await transition(db, editor, created.value.id, 'PUBLISHED', { reason: 'figures test' });
    expect(published.ok).toBe(true);

    const stored = async () =>
      parseFigureSnapshots((await db.briefRevision.findFirstOrThrow({ where: { briefId: created.value.id, number: 1 } })).figures);
    const [figure] = await stored();
    expect(figure?.directive.kind).toBe('network');
    const pairs = figure?.comparison.byEra.POST_2022.pairs.map((p) => p.key) ?? [];
    expect(pairs).toContain('azerbaijan|kazakhstan');
    expect(pairs).not.toContain('azerbaijan|turkmenistan');

    // A later change to the knowledge base does not touch the published figure.
    const turkmenistan = await db.entity.create({ data: { slug: 'turkmenistan-test', type: 'COUNTRY', name: 'Turkmenistan (test)' } });
    const khazri = await db.entity.findUniqueOrThrow({ where: { slug: 'khazri-2023' } });
    await db.fact.create({ data: { kind: 'PARTICIPATED_IN', role: 'PARTICIPANT', subjectId: turkmenistan.id, objectId: khazri.id, editorNote: 'test' } });
    const [again] = await stored();
    expect(again).toEqual(figure);
  });
});
