import { beforeAll, describe, expect, it } from 'vitest';
import { databaseForFile } from '@/scripts/testing/file-database';
import { createBrief, restoreRevision, saveDraft, transition, type Actor } from './service';

const ARTICLE = 'kazakhstan-and-azerbaijan-hold-military-drills-without-russia-khazri-2023';
const FIRST = `The first claim.[^${ARTICLE}#p-1]`;
const SECOND = `The second claim.[^${ARTICLE}#p-2]`;

const { db } = databaseForFile();
let editor: Actor;
let contributor: Actor;

function expectOk<T extends { ok: boolean }>(result: T): asserts result is Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result)}`);
}

const versionOf = async (id: string) => (await db.brief.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

/** A brief published twice: revision 1 says FIRST, revision 2 (the draft now) says SECOND. */
async function twicepublished(title: string): Promise<string> {
  const created = await createBrief(db, editor, { title });
  expectOk(created);
  expectOk(await saveDraft(db, editor, created.value.id, { title, body: FIRST, baseVersion: 1 }));
  expectOk(await transition(db, editor, created.value.id, 'PUBLISHED', { reason: 'first' }));
  expectOk(await saveDraft(db, editor, created.value.id, { title: `${title} (revised)`, body: SECOND, baseVersion: await versionOf(created.value.id) }));
  expectOk(await transition(db, editor, created.value.id, 'PUBLISHED', { reason: 'second', correctionNote: 'Second paragraph cited instead.' }));
  return created.value.id;
}

beforeAll(async () => {
  editor = await db.user.create({ data: { email: 'restore-e@example.test', name: 'Restoring Editor', role: 'EDITOR' }, select: { id: true, role: true } });
  contributor = await db.user.create({ data: { email: 'restore-c@example.test', name: 'Restoring Contributor', role: 'CONTRIBUTOR' }, select: { id: true, role: true } });
});

describe('restoring a published revision', () => {
  it('puts the revision in the draft when the draft holds nothing unpublished, keeping every revision', async () => {
    const id = await twicepublished('Restore into the draft');
    const restored = await restoreRevision(db, editor, id, { number: 1, baseVersion: await versionOf(id) });
    expect(restored).toMatchObject({ ok: true, value: { briefId: id, into: 'draft' } });
    expect(await db.brief.findUniqueOrThrow({ where: { id }, select: { title: true, body: true, status: true } })).toEqual({
      title: 'Restore into the draft',
      body: FIRST,
      status: 'PUBLISHED',
    });
    expect(await db.briefRevision.count({ where: { briefId: id } })).toBe(2);
    expect(await db.auditLog.count({ where: { targetId: id, action: 'brief.restore', actorId: editor.id } })).toBe(1);
  });

  it('opens the revision as a new draft brief when the draft has unpublished changes, which stay as they were', async () => {
    const id = await twicepublished('Restore beside the draft');
    expectOk(await saveDraft(db, editor, id, { title: 'Restore beside the draft', body: 'Unpublished work in progress.', baseVersion: await versionOf(id) }));
    const restored = await restoreRevision(db, editor, id, { number: 1, baseVersion: await versionOf(id) });
    expectOk(restored);
    expect(restored.value.into).toBe('new-brief');
    expect(restored.value.briefId).not.toBe(id);
    expect((await db.brief.findUniqueOrThrow({ where: { id } })).body).toBe('Unpublished work in progress.');
    expect(await db.brief.findUniqueOrThrow({ where: { id: restored.value.briefId }, select: { title: true, body: true, status: true, authorId: true } })).toEqual({
      title: 'Restore beside the draft',
      body: FIRST,
      status: 'DRAFT',
      authorId: editor.id,
    });
    const opened = await db.briefStatusChange.findFirstOrThrow({ where: { briefId: restored.value.briefId } });
    expect(opened.reason).toMatch(/^Opened from revision 1 of \/briefs\//);
  });

  it('gives a contributor a draft of their own rather than editing a published brief', async () => {
    const id = await twicepublished('Restore by a contributor');
    const restored = await restoreRevision(db, contributor, id, { number: 2, baseVersion: await versionOf(id) });
    expectOk(restored);
    expect(restored.value.into).toBe('new-brief');
    expect((await db.brief.findUniqueOrThrow({ where: { id: restored.value.briefId } })).authorId).toBe(contributor.id);
  });

  it('refuses a stale page and an unknown revision', async () => {
    const id = await twicepublished('Restore refused');
    const version = await versionOf(id);
    expect(await restoreRevision(db, editor, id, { number: 1, baseVersion: version - 1 })).toMatchObject({ ok: false, code: 'stale' });
    expect(await restoreRevision(db, editor, id, { number: 9, baseVersion: version })).toMatchObject({ ok: false, code: 'not-found' });
    expect((await db.brief.findUniqueOrThrow({ where: { id } })).body).toBe(SECOND);
  });
});
