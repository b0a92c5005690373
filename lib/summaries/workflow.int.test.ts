import { beforeAll, describe, expect, it } from 'vitest';
import { databaseForFile } from '@/scripts/testing/file-database';
import { publishedSummarySelect, toPublishedSummary } from './published';
import { readSummaryForEditor, readSummaryQueue } from './read';
import type { SummaryTargetRef } from './types';
import { approveSummary, returnSummary, saveSummaryDraft } from './workflow';

const { db } = databaseForFile();
let contributor: string;
let editor: string;
let article: SummaryTargetRef;

beforeAll(async () => {
  contributor = (await db.user.create({ data: { email: 'c@example.test', name: 'Cora Contributor', role: 'CONTRIBUTOR' } })).id;
  editor = (await db.user.create({ data: { email: 'e@example.test', name: 'Ed Editor', role: 'EDITOR' } })).id;
  const first = await db.article.findFirstOrThrow({ orderBy: { slug: 'asc' }, select: { id: true } });
  article = { kind: 'article', id: first.id };
});

/** Exactly what reader pages read: the published columns only. */
async function readerSees(ref: SummaryTargetRef) {
  const row =
    ref.kind === 'article'
      ? await db.article.findUniqueOrThrow({ where: { id: ref.id }, select: { summary: publishedSummarySelect } })
      : await db.entity.findUniqueOrThrow({ where: { id: ref.id }, select: { summary: publishedSummarySelect } });
  return toPublishedSummary(row.summary);
}

async function version(ref: SummaryTargetRef): Promise<string> {
  const view = await readSummaryForEditor(db, ref);
  if (!view?.summary) throw new Error('no summary');
  return view.summary.updatedAt;
}

function unwrap<T>(result: { ok: true; value: T } | { ok: false; message: string }): T {
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

describe('summary workflow', () => {
  it('keeps a draft from readers until an editor approves it', async () => {
    const saved = unwrap(await saveSummaryDraft(db, contributor, { target: article, body: '  First **draft**.  ', baseUpdatedAt: null, submit: false }));
    expect(saved.status).toBe('DRAFT');
    expect(saved.target.readerHref).toMatch(/^\/articles\//);
    expect(await readerSees(article)).toBeNull();

    const submitted = unwrap(await saveSummaryDraft(db, contributor, { target: article, body: 'First **draft**.', baseUpdatedAt: await version(article), submit: true }));
    expect(submitted.status).toBe('IN_REVIEW');
    expect(await readerSees(article)).toBeNull();

    const stale = await approveSummary(db, editor, { summaryId: saved.summaryId, baseUpdatedAt: new Date(0).toISOString() });
    expect(stale.ok).toBe(false);

    unwrap(await approveSummary(db, editor, { summaryId: saved.summaryId, baseUpdatedAt: await version(article) }));
    expect(await readerSees(article)).toMatchObject({ body: 'First **draft**.', authorName: 'Cora Contributor', approverName: 'Ed Editor' });

    const audit = await db.auditLog.findMany({ where: { targetType: 'summary', targetId: saved.summaryId }, orderBy: { createdAt: 'asc' } });
    expect(audit.map((a) => a.action)).toEqual(['summary.save', 'summary.submit', 'summary.approve']);
    expect(audit[0]?.before).toBeNull();
    expect(audit[2]).toMatchObject({ actorId: editor, before: { status: 'IN_REVIEW', publishedBody: null }, after: { status: 'PUBLISHED', publishedBody: 'First **draft**.' } });
  });

  it('shows the published text while a new draft is written, returned and approved', async () => {
    unwrap(await saveSummaryDraft(db, editor, { target: article, body: 'Second version.', baseUpdatedAt: await version(article), submit: true }));
    let view = await readSummaryForEditor(db, article);
    expect(view?.summary).toMatchObject({ status: 'IN_REVIEW', publishedBody: 'First **draft**.', hasUnpublishedChanges: true, author: { name: 'Cora Contributor' } });
    expect((await readerSees(article))?.body).toBe('First **draft**.');

    const id = view?.summary?.id ?? '';
    expect((await returnSummary(db, editor, { summaryId: id, baseUpdatedAt: await version(article), reason: '   ' })).ok).toBe(false);
    unwrap(await returnSummary(db, editor, { summaryId: id, baseUpdatedAt: await version(article), reason: 'Cite the paragraph.' }));
    view = await readSummaryForEditor(db, article);
    expect(view?.summary).toMatchObject({ status: 'DRAFT', returnReason: 'Cite the paragraph.', draftBody: 'Second version.' });
    expect((await readerSees(article))?.body).toBe('First **draft**.');
    const returned = await db.auditLog.findFirstOrThrow({ where: { action: 'summary.return', targetId: id } });
    expect(returned).toMatchObject({ reason: 'Cite the paragraph.', before: { status: 'IN_REVIEW' }, after: { status: 'DRAFT' } });

    // Approving needs the summary in review; a draft cannot be published directly.
    expect((await approveSummary(db, editor, { summaryId: id, baseUpdatedAt: await version(article) })).ok).toBe(false);

    unwrap(await saveSummaryDraft(db, contributor, { target: article, body: 'Second version, cited.', baseUpdatedAt: await version(article), submit: true }));
    expect((await readSummaryForEditor(db, article))?.summary?.returnReason).toBeNull();
    unwrap(await approveSummary(db, editor, { summaryId: id, baseUpdatedAt: await version(article) }));
    expect(await readerSees(article)).toMatchObject({ body: 'Second version, cited.', approverName: 'Ed Editor' });
  });

  it('refuses a save based on an older version, and empty or over-long text', async () => {
    const old = await version(article);
    unwrap(await saveSummaryDraft(db, editor, { target: article, body: 'Third.', baseUpdatedAt: old, submit: false }));
    const conflict = await saveSummaryDraft(db, contributor, { target: article, body: 'Overwrite?', baseUpdatedAt: old, submit: false });
    expect(conflict).toMatchObject({ ok: false });
    expect((await readSummaryForEditor(db, article))?.summary?.draftBody).toBe('Third.');
    expect(await saveSummaryDraft(db, editor, { target: article, body: ' \n ', baseUpdatedAt: await version(article), submit: false })).toMatchObject({ ok: false, fieldErrors: { body: expect.any(Array) } });
    expect((await saveSummaryDraft(db, editor, { target: article, body: 'x'.repeat(20_001), baseUpdatedAt: await version(article), submit: false })).ok).toBe(false);
    // Saving the published text back makes the summary published again: nothing to review.
    const back = unwrap(await saveSummaryDraft(db, editor, { target: article, body: 'Second version, cited.', baseUpdatedAt: await version(article), submit: false }));
    expect(back.status).toBe('PUBLISHED');
  });

  it('summarises entities too, and lists summaries by status in the queue', async () => {
    const kz = await db.entity.findUniqueOrThrow({ where: { slug: 'kazakhstan' }, select: { id: true } });
    const entity: SummaryTargetRef = { kind: 'entity', id: kz.id };
    const saved = unwrap(await saveSummaryDraft(db, contributor, { target: entity, body: 'Kazakhstan hosts.', baseUpdatedAt: null, submit: true }));
    expect(saved.target).toMatchObject({ readerHref: '/countries/kazakhstan', editorHref: '/editor/summaries/entity/kazakhstan' });
    const queue = await readSummaryQueue(db);
    expect(queue.inReview.map((i) => i.target.slug)).toEqual(['kazakhstan']);
    expect(queue.recentlyPublished.map((i) => i.target.kind)).toEqual(['article']);
    expect(queue.entitiesWithout.some((e) => e.slug === 'kazakhstan')).toBe(false);
    expect(await readerSees(entity)).toBeNull();
    // Starting a second summary for the same target is a conflict, not a second row.
    expect((await saveSummaryDraft(db, editor, { target: entity, body: 'Other.', baseUpdatedAt: null, submit: false })).ok).toBe(false);
    expect(await db.summary.count({ where: { entityId: kz.id } })).toBe(1);
  });
});
