import { beforeAll, describe, expect, it } from 'vitest';
import { seedKnowledgeBase } from '@/lib/entities/seed-knowledge-base';
import { seedEntities, seedFacts } from '@/lib/entities/seed';
import { databaseForFile } from '@/scripts/testing/file-database';
import { createEntity, renameSlug, setRetired, updateEntity } from './entities';
import type { EntityFieldsInput } from './entity-fields';
import { addFact, correctFact, retractFact, type FactInput } from './facts';
import { mergeEntities } from './merge';
import { addName } from './names';
import { runRetagJob } from './retag-jobs';

const { db } = databaseForFile();
let editor: string;
const KHAZRI = 'kazakhstan-and-azerbaijan-hold-military-drills-without-russia-khazri-2023';

const fields = (over: Partial<EntityFieldsInput> = {}): EntityFieldsInput => ({
  name: '', description: '', subtype: '', contextWords: '', latitude: '', longitude: '', coordinatesNote: '', start: '', end: '', datesCitation: '', datesNote: '', ...over,
});
const participant = (subject: string, object: string, quote: string): FactInput => ({
  kind: 'PARTICIPATED_IN', subject, object, role: 'PARTICIPANT', from: '', to: '', support: { kind: 'paragraph', citation: `[^${KHAZRI}#p-2]`, quote },
});

async function created(name: string, type: 'EXERCISE' | 'PLACE' = 'EXERCISE', over: Partial<EntityFieldsInput> = {}) {
  const result = await createEntity(db, editor, type, fields({ name, ...over }), 'en');
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

beforeAll(async () => {
  editor = (await db.user.create({ data: { email: 'kb@example.test', name: 'Kay Editor', role: 'EDITOR' } })).id;
});

describe('entities', () => {
  it('creates an exercise whose dates rest on a cited paragraph, with its era, audited', async () => {
    const e = await created('Steppe Guard 2025', 'EXERCISE', { start: '2025-09-02', datesCitation: `[^${KHAZRI}#p-2]` });
    const row = await db.entity.findUniqueOrThrow({ where: { id: e.id }, include: { names: true } });
    expect(row).toMatchObject({ slug: 'steppe-guard-2025', era: 'POST_2022', startPrecision: 'DAY', version: 0 });
    expect(row.names).toEqual([expect.objectContaining({ name: 'Steppe Guard 2025', kind: 'CANONICAL' })]);
    expect(await db.auditLog.count({ where: { action: 'entity.create', targetId: e.id } })).toBe(1);
    const refused = await createEntity(db, editor, 'EXERCISE', fields({ name: 'Undated source', start: '2025' }), 'en');
    expect(refused).toMatchObject({ ok: false, fieldErrors: { datesCitation: [expect.stringContaining('Cite the paragraph')] } });
  });

  it('refuses a stale edit and shows the version saved in between', async () => {
    const e = await created('Stale Check 2025');
    expect(await updateEntity(db, editor, e.id, 0, fields({ name: 'Stale Check 2025', description: 'First' }))).toMatchObject({ ok: true });
    const stale = await updateEntity(db, editor, e.id, 0, fields({ name: 'Stale Check 2025', description: 'Second' }));
    expect(stale).toMatchObject({ ok: false, conflict: { version: 1, theirs: { description: 'First' } } });
    expect((await db.entity.findUniqueOrThrow({ where: { id: e.id } })).description).toBe('First');
  });

  it('renames a slug, keeping the old one as a redirect, and retires without deleting', async () => {
    const e = await created('Slug Range');
    expect(await renameSlug(db, editor, e.id, 0, 'slug-range-renamed')).toMatchObject({ ok: true, value: { slug: 'slug-range-renamed' } });
    expect(await db.entitySlug.findUnique({ where: { slug: 'slug-range' } })).toMatchObject({ entityId: e.id });
    expect(await setRetired(db, editor, e.id, 1, true, 'Duplicate of a place that has no name yet')).toMatchObject({ ok: true });
    expect(await db.entity.findUniqueOrThrow({ where: { id: e.id } })).toMatchObject({ retiredReason: 'Duplicate of a place that has no name yet' });
    const search = await db.searchDocument.count({ where: { kind: 'entity', refId: e.id } });
    expect(search).toBe(0);
  });
});

describe('facts', () => {
  it('adds a participant only with words that are in the cited paragraph', async () => {
    const e = await created('Quote Check 2025');
    expect(await addFact(db, editor, participant('kazakhstan', e.slug, 'Kazakhstan hosted it'))).toMatchObject({ ok: false, fieldErrors: { quote: [expect.stringContaining('not in')] } });
    const ok = await addFact(db, editor, participant('kazakhstan', e.slug, 'Commander-in-Chief of the Naval Forces of the Armed Forces of Kazakhstan'));
    expect(ok).toMatchObject({ ok: true });
  });

  it('corrects a fact keeping the earlier version, and retracts it from readers while history stays', async () => {
    const e = await created('History Check 2025');
    const added = await addFact(db, editor, participant('azerbaijan', e.slug, 'Commander of the Azerbaijan Naval Forces'));
    if (!added.ok) throw new Error(added.message);
    const factId = added.value.factId;
    const corrected = await correctFact(db, editor, factId, 0, { ...participant('azerbaijan', e.slug, 'Commander of the Azerbaijan Naval Forces'), role: 'HOST' }, 'The ministry says it hosted');
    expect(corrected).toMatchObject({ ok: true });
    expect(await correctFact(db, editor, factId, 0, participant('azerbaijan', e.slug, 'Commander of the Azerbaijan Naval Forces'), '')).toMatchObject({ ok: false, conflict: { version: 1, theirs: { role: 'HOST' } } });
    const reference: FactInput = {
      ...participant('azerbaijan', e.slug, ''),
      support: { kind: 'reference', url: 'https://example.org/drills', publication: 'Example Defence', title: 'Drills', published: '2025-09', quote: 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twentyone twentytwo twentythree twentyfour twentyfive twentysix' },
    };
    expect(await correctFact(db, editor, factId, 1, reference, '')).toMatchObject({ ok: false, fieldErrors: { quote: [expect.stringContaining('25 words')] } });
    expect(await retractFact(db, editor, factId, 1, 'Misread the article')).toMatchObject({ ok: true });
    expect(await db.fact.findUnique({ where: { id: factId } })).toBeNull();
    const history = await db.factRevision.findMany({ where: { factId }, orderBy: { createdAt: 'asc' } });
    expect(history.map((h) => [h.action, h.version, h.actorId])).toEqual([['created', 0, editor], ['corrected', 1, editor], ['retracted', 2, editor]]);
    expect(history[0]?.snapshot).toMatchObject({ role: 'PARTICIPANT', subject: 'azerbaijan' });
  });
});

describe('names and merges', () => {
  it('re-tags the articles a new name could affect, with progress, and expires their pages', async () => {
    const khazri = await db.entity.findUniqueOrThrow({ where: { slug: 'khazri-2023' }, select: { id: true } });
    const added = await addName(db, editor, khazri.id, { name: 'Khazri Caspian drills', lang: 'en', kind: 'TRANSLATION', ambiguous: false });
    if (!added.ok) throw new Error(added.message);
    const job = await db.retagJob.findUniqueOrThrow({ where: { id: added.value.retagJobId } });
    expect(job.articleIds.length).toBeGreaterThan(0);
    const expired: string[] = [];
    await runRetagJob(db, job.id, (tags) => expired.push(...tags));
    expect(await db.retagJob.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({ status: 'done', done: job.articleIds.length });
    expect(expired).toEqual(expect.arrayContaining([`entity:${khazri.id}`, ...job.articleIds.map((a) => `article:${a}`)]));
  });

  it('moves names, facts and slugs of a duplicate to the kept entity; the seed leaves the result alone', async () => {
    const keep = await created('Merge Keep 2025');
    const dup = await created('Merge Dup 2025');
    await addFact(db, editor, participant('kazakhstan', dup.slug, 'Commander-in-Chief of the Naval Forces of the Armed Forces of Kazakhstan'));
    const merged = await mergeEntities(db, editor, keep.id, 0, dup.slug);
    expect(merged).toMatchObject({ ok: true });
    expect(await db.entity.findUnique({ where: { id: dup.id } })).toBeNull();
    expect(await db.entitySlug.findUnique({ where: { slug: dup.slug } })).toMatchObject({ entityId: keep.id });
    expect((await db.entityName.findMany({ where: { entityId: keep.id } })).map((n) => n.name).sort()).toEqual(['Merge Dup 2025', 'Merge Keep 2025']);
    expect(await db.fact.count({ where: { objectId: keep.id } })).toBe(1);

    const seeded = await db.entity.findUniqueOrThrow({ where: { slug: 'khazri-2023' }, select: { id: true } });
    const fact = await db.fact.findFirstOrThrow({ where: { objectId: seeded.id, seedKey: { not: null } }, select: { id: true } });
    expect(await retractFact(db, editor, fact.id, 0, 'Checking the seed keeps retractions')).toMatchObject({ ok: true });
    await seedKnowledgeBase(db, seedEntities, seedFacts);
    expect(await db.fact.findUnique({ where: { id: fact.id } })).toBeNull();
  });
});
