import { beforeAll, describe, expect, it } from 'vitest';
import { databaseForFile } from '@/scripts/testing/file-database';
import { autosaveSummary, summaryVersion } from './autosave';
import type { SummaryTargetRef } from './types';

const { db } = databaseForFile();
let cora: string;
let ed: string;
let entity: SummaryTargetRef;

beforeAll(async () => {
  cora = (await db.user.create({ data: { email: 'cora@example.test', name: 'Cora Contributor', role: 'CONTRIBUTOR' } })).id;
  ed = (await db.user.create({ data: { email: 'ed@example.test', name: 'Ed Editor', role: 'EDITOR' } })).id;
  const first = await db.entity.findFirstOrThrow({ orderBy: { slug: 'asc' }, select: { id: true } });
  entity = { kind: 'entity', id: first.id };
});

const draftNow = async () => (await db.summary.findUniqueOrThrow({ where: { entityId: entity.id }, select: { draftBody: true, updatedAt: true, status: true } }));

describe('summary autosave', () => {
  it('saves on top of the version it was based on and answers with the new one', async () => {
    const first = await autosaveSummary(db, cora, { target: entity, body: 'First words.', baseVersion: 0 });
    if (!first.ok) throw new Error(first.message);
    const stored = await draftNow();
    expect(first.value.version).toBe(summaryVersion(stored.updatedAt));
    expect(stored.draftBody).toBe('First words.');
    expect(stored.status).toBe('DRAFT');

    const second = await autosaveSummary(db, cora, { target: entity, body: 'First words, then more.', baseVersion: first.value.version });
    if (!second.ok) throw new Error(second.message);
    expect(second.value.version).toBeGreaterThan(first.value.version);
    expect((await draftNow()).draftBody).toBe('First words, then more.');
  });

  it('never saves over a newer version: the answer carries their text, and theirs stays', async () => {
    const opened = summaryVersion((await draftNow()).updatedAt);
    const theirs = await autosaveSummary(db, ed, { target: entity, body: 'Ed rewrote it.', baseVersion: opened });
    if (!theirs.ok) throw new Error(theirs.message);

    const mine = await autosaveSummary(db, cora, { target: entity, body: 'Cora kept typing.', baseVersion: opened });
    expect(mine.ok).toBe(false);
    if (mine.ok) return;
    expect(mine.conflict).toEqual({ body: 'Ed rewrote it.', version: theirs.value.version, updatedAt: theirs.value.savedAt, by: 'Ed Editor' });
    expect((await draftNow()).draftBody).toBe('Ed rewrote it.');

    // "Keep mine" saves on top of theirs, as a new version.
    const kept = await autosaveSummary(db, cora, { target: entity, body: 'Cora kept typing.', baseVersion: theirs.value.version });
    expect(kept.ok).toBe(true);
    expect((await draftNow()).draftBody).toBe('Cora kept typing.');
  });

  it('treats "no summary yet" as a version: starting one that someone else started is a conflict', async () => {
    const started = await autosaveSummary(db, cora, { target: entity, body: 'A second start.', baseVersion: 0 });
    expect(started.ok).toBe(false);
    expect(!started.ok && started.conflict?.body).toBe('Cora kept typing.');
  });

  it('refuses an empty draft without calling it a conflict', async () => {
    const version = summaryVersion((await draftNow()).updatedAt);
    const empty = await autosaveSummary(db, cora, { target: entity, body: '   ', baseVersion: version });
    expect(empty).toEqual({ ok: false, message: 'Write the summary first.' });
  });
});
