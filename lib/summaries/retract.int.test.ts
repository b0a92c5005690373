import { beforeAll, describe, expect, it } from 'vitest';
import { databaseForFile } from '@/scripts/testing/file-database';
import { publishedSummarySelect, toPublishedSummary } from './published';
import { readSummaryForEditor } from './read';
import type { SummaryTargetRef } from './types';
import { approveSummary, retractSummary, saveSummaryDraft } from './workflow';

const { db } = databaseForFile();
let editor: string;
let entity: SummaryTargetRef;

beforeAll(async () => {
  editor = (await db.user.create({ data: { email: 'retract@example.test', name: 'Rita Retractor', role: 'EDITOR' } })).id;
  const first = await db.entity.findFirstOrThrow({ orderBy: { slug: 'asc' }, select: { id: true } });
  entity = { kind: 'entity', id: first.id };
});

async function readerSees(ref: SummaryTargetRef) {
  const row = await db.entity.findUniqueOrThrow({ where: { id: ref.id }, select: { summary: publishedSummarySelect } });
  return toPublishedSummary(row.summary);
}

async function stamp(ref: SummaryTargetRef): Promise<string> {
  const view = await readSummaryForEditor(db, ref);
  if (!view?.summary) throw new Error('no summary');
  return view.summary.updatedAt;
}

function unwrap<T>(result: { ok: true; value: T } | { ok: false; message: string }): T {
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

describe('retracting a published summary', () => {
  it('shows readers the reason instead, keeps the text, and gives way to a newly approved one', async () => {
    const saved = unwrap(await saveSummaryDraft(db, editor, { target: entity, body: 'A summary that turns out wrong.', baseUpdatedAt: null, submit: true }));
    unwrap(await approveSummary(db, editor, { summaryId: saved.summaryId, baseUpdatedAt: await stamp(entity) }));
    expect(await retractSummary(db, editor, { summaryId: saved.summaryId, baseUpdatedAt: await stamp(entity), reason: '  ' })).toMatchObject({ ok: false });
    expect(await retractSummary(db, editor, { summaryId: saved.summaryId, baseUpdatedAt: '2000-01-01T00:00:00.000Z', reason: 'Wrong' })).toMatchObject({ ok: false });

    unwrap(await retractSummary(db, editor, { summaryId: saved.summaryId, baseUpdatedAt: await stamp(entity), reason: 'It misdated the exercise.' }));
    expect(await readerSees(entity)).toMatchObject({ body: '', retraction: { reason: 'It misdated the exercise.' } });
    const row = await db.summary.findUniqueOrThrow({ where: { id: saved.summaryId } });
    expect(row).toMatchObject({ publishedBody: null, retractedBody: 'A summary that turns out wrong.', draftBody: 'A summary that turns out wrong.', status: 'DRAFT', retractedById: editor });
    expect(await db.searchDocument.count({ where: { kind: 'summary', refId: saved.summaryId } })).toBe(0);
    expect(await retractSummary(db, editor, { summaryId: saved.summaryId, baseUpdatedAt: await stamp(entity), reason: 'again' })).toMatchObject({ ok: false });
    expect(await db.auditLog.count({ where: { targetId: saved.summaryId, action: 'summary.retract', reason: 'It misdated the exercise.' } })).toBe(1);

    unwrap(await saveSummaryDraft(db, editor, { target: entity, body: 'A corrected summary.', baseUpdatedAt: await stamp(entity), submit: true }));
    unwrap(await approveSummary(db, editor, { summaryId: saved.summaryId, baseUpdatedAt: await stamp(entity) }));
    expect(await readerSees(entity)).toMatchObject({ body: 'A corrected summary.', retraction: null });
  });
});
