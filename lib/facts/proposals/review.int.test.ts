import { beforeAll, describe, expect, it } from 'vitest';
import { importArticle } from '@/lib/articles/import-article';
import { exerciseRecords } from '@/lib/compare/records';
import { loadGazetteer } from '@/lib/tagging/store';
import { databaseForFile } from '@/scripts/testing/file-database';
import { acceptProposals, rejectProposals } from './review';
import { proposeForArticle } from './store';

const { db } = databaseForFile();
let editor: string;
let articleId: string;

const TEXT = [
  'Caspian Guard-2026 Drills Open',
  'By Test Writer',
  'March 2, 2026',
  '',
  'The Caspian Guard-2026 exercise, hosted by Azerbaijan, began at the Garadagh training ground with the participation of Kazakhstan and Turkmenistan.',
  '',
  'The drills run from March 2 to 6, with observers from Uzbekistan. Russia did not take part.',
].join('\n');

beforeAll(async () => {
  editor = (await db.user.create({ data: { email: 'facts@example.test', name: 'Fact Editor', role: 'EDITOR' } })).id;
  const imported = await importArticle(db, TEXT, { gazetteer: await loadGazetteer(db) });
  if (imported.status !== 'imported') throw new Error('not imported');
  articleId = imported.id;
  await proposeForArticle(db, articleId);
});

describe('fact proposals', () => {
  it('stores what the text states and shows nothing in /compare until accepted', async () => {
    const rows = await db.factProposal.findMany({ where: { articleId }, select: { kind: true, subjectName: true, objectName: true, role: true, quote: true } });
    expect(rows).toEqual(
      expect.arrayContaining([
        { kind: 'PARTICIPATED_IN', subjectName: 'Azerbaijan', objectName: 'Caspian Guard-2026', role: 'HOST', quote: 'hosted by Azerbaijan' },
        { kind: 'PARTICIPATED_IN', subjectName: 'Russia', objectName: 'Caspian Guard-2026', role: 'STAYED_AWAY', quote: 'Russia did not take part' },
        { kind: 'DATED', subjectName: 'Caspian Guard-2026', objectName: null, role: null, quote: 'from March 2 to 6' },
      ]),
    );
    expect((await exerciseRecords(db)).some((r) => r.name === 'Caspian Guard-2026')).toBe(false);
  });

  it('rejects one, then accepts the rest at once: the exercise is created, dated and compared', async () => {
    const observer = await db.factProposal.findFirstOrThrow({ where: { articleId, role: 'OBSERVER' } });
    expect(await rejectProposals(db, editor, articleId, [observer.id])).toMatchObject({ ok: true, value: { decided: 1 } });
    const waiting = await db.factProposal.count({ where: { articleId, status: 'PROPOSED' } });

    const result = await acceptProposals(db, editor, articleId, 'all');
    expect(result).toMatchObject({ ok: true, value: { decided: waiting } });

    const record = (await exerciseRecords(db)).find((r) => r.name === 'Caspian Guard-2026');
    expect(record).toMatchObject({ era: 'POST_2022', start: { iso: '2026-03-02T00:00:00.000Z', precision: 'DAY' }, end: { iso: '2026-03-06T00:00:00.000Z', precision: 'DAY' } });
    expect(record!.participants.map((p) => `${p.entity.slug} ${p.role}`).sort()).toEqual(
      expect.arrayContaining(['azerbaijan HOST', 'kazakhstan PARTICIPANT', 'russia STAYED_AWAY']),
    );
    expect(record!.participants.some((p) => p.role === 'OBSERVER')).toBe(false);
    expect(record!.participants.find((p) => p.role === 'HOST')!.source.citation).toMatchObject({ position: 1, quote: 'hosted by Azerbaijan' });
    expect(await db.auditLog.count({ where: { action: 'factProposal.accept' } })).toBe(waiting);
  });

  it('refuses a decision on a proposal already decided, and is not re-proposed', async () => {
    const decided = await db.factProposal.findFirstOrThrow({ where: { articleId, status: 'ACCEPTED' } });
    expect(await rejectProposals(db, editor, articleId, [decided.id])).toMatchObject({ ok: false });
    const before = await db.factProposal.count({ where: { articleId } });
    await proposeForArticle(db, articleId);
    expect(await db.factProposal.count({ where: { articleId } })).toBe(before);
    expect(await db.factProposal.count({ where: { articleId, status: 'PROPOSED' } })).toBe(0);
  });
});
