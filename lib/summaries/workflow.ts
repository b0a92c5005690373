import { recordAudit } from '@/lib/platform/audit/record';
import { Prisma, type PrismaClient } from '@/lib/generated/prisma/client';
import type { SummaryStatus } from '@/lib/generated/prisma/enums';
import { loadTarget, targetSelect, targetWhere, toTarget } from './target';
import { SUMMARY_MAX_LENGTH, type SummaryTarget, type SummaryTargetRef, type WorkflowResult } from './types';

type Tx = Prisma.TransactionClient;

const rowSelect = {
  id: true,
  status: true,
  draftBody: true,
  publishedBody: true,
  authorId: true,
  approvedById: true,
  publishedAt: true,
  updatedAt: true,
  ...targetSelect,
} as const;

type Row = Prisma.SummaryGetPayload<{ select: typeof rowSelect }>;

export interface SavedSummary {
  summaryId: string;
  status: SummaryStatus;
  target: SummaryTarget;
}

const CHANGED = 'Someone else saved this summary after you opened it. Copy your text, reload the page and merge it with theirs.';

/** Raised inside a transaction to roll it back with a message for the editor. */
class WorkflowRefusal extends Error {}

function snapshot(row: Row): Prisma.InputJsonValue {
  return {
    status: row.status,
    draftBody: row.draftBody,
    publishedBody: row.publishedBody,
    authorId: row.authorId,
    approvedById: row.approvedById,
    publishedAt: row.publishedAt?.toISOString() ?? null,
  };
}

/**
 * The status a saved draft leaves the summary in. A draft identical to the published text has
 * nothing to review; a summary already in review stays there while it is polished.
 */
export function statusAfterSave(current: { status: SummaryStatus; publishedBody: string | null } | null, body: string, submit: boolean): SummaryStatus {
  if (current?.publishedBody != null && current.publishedBody === body) return 'PUBLISHED';
  if (submit || current?.status === 'IN_REVIEW') return 'IN_REVIEW';
  return 'DRAFT';
}

async function run<T>(db: PrismaClient, work: (tx: Tx) => Promise<T>): Promise<WorkflowResult<T>> {
  try {
    return { ok: true, value: await db.$transaction(work) };
  } catch (error) {
    if (error instanceof WorkflowRefusal) return { ok: false, message: error.message };
    // Two people starting the same summary at once: the second sees the first one's text.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') return { ok: false, message: CHANGED };
    throw error;
  }
}

/**
 * Saves the working draft of an article's or entity's summary (and, with `submit`, sends it for
 * review). The published text, if any, stays what readers see until an editor approves the draft.
 * The author is whoever started the summary; later editors are in the audit log.
 */
export async function saveSummaryDraft(
  db: PrismaClient,
  actorId: string,
  input: { target: SummaryTargetRef; body: string; baseUpdatedAt: string | null; submit: boolean },
): Promise<WorkflowResult<SavedSummary & { updatedAt: Date }>> {
  const body = input.body.trim();
  if (!body) return { ok: false, message: 'Write the summary first.', fieldErrors: { body: ['The summary is empty.'] } };
  if (body.length > SUMMARY_MAX_LENGTH) return { ok: false, message: 'The summary is too long.', fieldErrors: { body: [`At most ${SUMMARY_MAX_LENGTH} characters.`] } };
  return run(db, async (tx) => {
    const target = await loadTarget(tx, input.target);
    if (!target) throw new WorkflowRefusal('The article or entity no longer exists.');
    const existing = await tx.summary.findUnique({ where: targetWhere(input.target), select: rowSelect });
    if (existing ? existing.updatedAt.toISOString() !== input.baseUpdatedAt : input.baseUpdatedAt !== null) throw new WorkflowRefusal(CHANGED);
    const status = statusAfterSave(existing, body, input.submit);
    let id: string;
    if (existing) {
      const { count } = await tx.summary.updateMany({ where: { id: existing.id, updatedAt: existing.updatedAt }, data: { draftBody: body, status } });
      if (count !== 1) throw new WorkflowRefusal(CHANGED);
      id = existing.id;
    } else {
      id = (await tx.summary.create({ data: { ...targetWhere(input.target), draftBody: body, status, authorId: actorId }, select: { id: true } })).id;
    }
    const saved = await tx.summary.findUniqueOrThrow({ where: { id }, select: rowSelect });
    await recordAudit(tx, {
      actorId,
      action: status === 'IN_REVIEW' && existing?.status !== 'IN_REVIEW' ? 'summary.submit' : 'summary.save',
      targetType: 'summary',
      targetId: id,
      before: existing ? snapshot(existing) : null,
      after: snapshot(saved),
    });
    return { summaryId: id, status, target, updatedAt: saved.updatedAt };
  });
}

async function loadForReview(tx: Tx, summaryId: string, baseUpdatedAt: string): Promise<Row & { target: SummaryTarget }> {
  const row = await tx.summary.findUnique({ where: { id: summaryId }, select: rowSelect });
  const target = row ? toTarget(row) : null;
  if (!row || !target) throw new WorkflowRefusal('This summary no longer exists.');
  if (row.status !== 'IN_REVIEW') throw new WorkflowRefusal('Only a summary in review can be approved or sent back.');
  if (row.updatedAt.toISOString() !== baseUpdatedAt) {
    throw new WorkflowRefusal('The draft changed after you opened it. Reload the page and read the new version first.');
  }
  return { ...row, target };
}

/** Publishes the draft exactly as the reviewer read it. */
export async function approveSummary(
  db: PrismaClient,
  actorId: string,
  input: { summaryId: string; baseUpdatedAt: string },
): Promise<WorkflowResult<SavedSummary>> {
  return run(db, async (tx) => {
    const row = await loadForReview(tx, input.summaryId, input.baseUpdatedAt);
    const { count } = await tx.summary.updateMany({
      where: { id: row.id, updatedAt: row.updatedAt },
      // A retraction notice gives way to the newly approved text; the audit log keeps both.
      data: {
        status: 'PUBLISHED',
        publishedBody: row.draftBody,
        approvedById: actorId,
        publishedAt: new Date(),
        retractedAt: null,
        retractedBody: null,
        retractionReason: null,
        retractedById: null,
      },
    });
    if (count !== 1) throw new WorkflowRefusal(CHANGED);
    const after = await tx.summary.findUniqueOrThrow({ where: { id: row.id }, select: rowSelect });
    await recordAudit(tx, { actorId, action: 'summary.approve', targetType: 'summary', targetId: row.id, before: snapshot(row), after: snapshot(after) });
    return { summaryId: row.id, status: after.status, target: row.target };
  });
}

/** Sends a summary in review back to its writers, with the reviewer's reason. */
export async function returnSummary(
  db: PrismaClient,
  actorId: string,
  input: { summaryId: string; baseUpdatedAt: string; reason: string },
): Promise<WorkflowResult<SavedSummary>> {
  const reason = input.reason.trim();
  if (!reason) return { ok: false, message: 'Say what needs to change.', fieldErrors: { reason: ['Give a reason.'] } };
  return run(db, async (tx) => {
    const row = await loadForReview(tx, input.summaryId, input.baseUpdatedAt);
    const { count } = await tx.summary.updateMany({ where: { id: row.id, updatedAt: row.updatedAt }, data: { status: 'DRAFT' } });
    if (count !== 1) throw new WorkflowRefusal(CHANGED);
    const after = await tx.summary.findUniqueOrThrow({ where: { id: row.id }, select: rowSelect });
    await recordAudit(tx, { actorId, action: 'summary.return', targetType: 'summary', targetId: row.id, before: snapshot(row), after: snapshot(after), reason });
    return { summaryId: row.id, status: after.status, target: row.target };
  });
}

/**
 * Withdraws a published summary from readers, who see the reason and the date instead. Nothing is
 * deleted: the withdrawn text is kept beside the draft, and in the audit record.
 */
export async function retractSummary(
  db: PrismaClient,
  actorId: string,
  input: { summaryId: string; baseUpdatedAt: string; reason: string },
): Promise<WorkflowResult<SavedSummary>> {
  const reason = input.reason.trim();
  if (!reason) return { ok: false, message: 'Say why it is retracted: readers see the reason.', fieldErrors: { reason: ['Give a reason.'] } };
  return run(db, async (tx) => {
    const row = await tx.summary.findUnique({ where: { id: input.summaryId }, select: rowSelect });
    const target = row ? toTarget(row) : null;
    if (!row || !target) throw new WorkflowRefusal('This summary no longer exists.');
    if (row.publishedBody === null) throw new WorkflowRefusal('Only a published summary can be retracted.');
    if (row.updatedAt.toISOString() !== input.baseUpdatedAt) throw new WorkflowRefusal(CHANGED);
    const { count } = await tx.summary.updateMany({
      where: { id: row.id, updatedAt: row.updatedAt },
      data: {
        status: row.status === 'PUBLISHED' ? 'DRAFT' : row.status,
        publishedBody: null,
        retractedBody: row.publishedBody,
        retractedAt: new Date(),
        retractionReason: reason,
        retractedById: actorId,
      },
    });
    if (count !== 1) throw new WorkflowRefusal(CHANGED);
    const after = await tx.summary.findUniqueOrThrow({ where: { id: row.id }, select: rowSelect });
    await recordAudit(tx, { actorId, action: 'summary.retract', targetType: 'summary', targetId: row.id, before: snapshot(row), after: snapshot(after), reason });
    return { summaryId: row.id, status: after.status, target };
  });
}
