import { beforeAll, describe, expect, it } from 'vitest';
import { databaseForFile } from '@/scripts/testing/file-database';
import { createBrief, purgeTrash, restoreFromTrash, saveDraft, transition, trashBrief, type Actor } from './service';

const ARTICLE = 'kazakhstan-and-azerbaijan-hold-military-drills-without-russia-khazri-2023';
const { db } = databaseForFile();
let author: Actor;
let other: Actor;
let editor: Actor;

function expectOk<T extends { ok: boolean }>(result: T): asserts result is Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result)}`);
}

async function draft(title: string, by: Actor = author): Promise<string> {
  const created = await createBrief(db, by, { title });
  expectOk(created);
  expectOk(await saveDraft(db, by, created.value.id, { title, body: `A claim.[^${ARTICLE}#p-1]`, baseVersion: 1 }));
  return created.value.id;
}

beforeAll(async () => {
  author = await db.user.create({ data: { email: 'trash-a@example.test', name: 'Author', role: 'CONTRIBUTOR' }, select: { id: true, role: true } });
  other = await db.user.create({ data: { email: 'trash-o@example.test', name: 'Other', role: 'CONTRIBUTOR' }, select: { id: true, role: true } });
  editor = await db.user.create({ data: { email: 'trash-e@example.test', name: 'Editor', role: 'EDITOR' }, select: { id: true, role: true } });
});

describe('the trash', () => {
  it('takes a draft out of use and gives it back as it was', async () => {
    const id = await draft('Trashed and back');
    expect(await trashBrief(db, other, id)).toMatchObject({ ok: false, code: 'forbidden' });
    expectOk(await trashBrief(db, author, id));
    expect(await saveDraft(db, author, id, { title: 'x', body: 'y', baseVersion: 2 })).toMatchObject({ ok: false, code: 'invalid' });
    expect(await transition(db, author, id, 'IN_REVIEW', { reason: 'please' })).toMatchObject({ ok: false, code: 'invalid' });
    expectOk(await restoreFromTrash(db, editor, id));
    expect(await db.brief.findUniqueOrThrow({ where: { id }, select: { trashedAt: true, body: true, version: true } })).toEqual({
      trashedAt: null,
      body: `A claim.[^${ARTICLE}#p-1]`,
      version: 2,
    });
    expect((await db.auditLog.findMany({ where: { targetId: id, action: { in: ['brief.trash', 'brief.untrash'] } }, orderBy: { createdAt: 'asc' } })).map((a) => a.action)).toEqual([
      'brief.trash',
      'brief.untrash',
    ]);
  });

  it('never takes a published brief', async () => {
    const id = await draft('Published stays');
    expectOk(await transition(db, editor, id, 'PUBLISHED', { reason: 'ok' }));
    expectOk(await transition(db, editor, id, 'UNPUBLISHED', { reason: 'withdrawn' }));
    expect(await trashBrief(db, editor, id)).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('deletes drafts 30 days after they were trashed, and only those, with an audit record', async () => {
    const old = await draft('Old rubbish');
    const recent = await draft('Recent rubbish');
    const trashedAt = new Date('2030-01-01T00:00:00Z');
    expectOk(await trashBrief(db, author, old, trashedAt));
    expectOk(await trashBrief(db, author, recent, new Date('2030-01-20T00:00:00Z')));
    expect(await purgeTrash(db, new Date('2030-01-30T23:59:59Z'))).toEqual([]);
    expect(await purgeTrash(db, new Date('2030-01-31T00:00:00Z'))).toEqual([old]);
    expect(await db.brief.findUnique({ where: { id: old } })).toBeNull();
    expect(await db.brief.findUnique({ where: { id: recent } })).not.toBeNull();
    expect(await db.auditLog.count({ where: { targetId: old, action: 'brief.purge', actorId: null } })).toBe(1);
  });
});
