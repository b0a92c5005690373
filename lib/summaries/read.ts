import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { SummaryStatus } from '@/lib/generated/prisma/enums';
import { loadTarget, targetSelect, targetWhere, toTarget } from './target';
import type { SummaryEditorData, SummaryQueue, SummaryQueueItem, SummaryTargetRef } from './types';

const editorSelect = {
  id: true,
  status: true,
  draftBody: true,
  publishedBody: true,
  publishedAt: true,
  retractedAt: true,
  retractionReason: true,
  updatedAt: true,
  author: { select: { id: true, name: true } },
  approvedBy: { select: { id: true, name: true } },
} as const;

/** The summary of one article or entity as editors see it, or null when none was started. */
export async function readSummaryForEditor(
  db: PrismaClient,
  ref: SummaryTargetRef,
): Promise<SummaryEditorData | null> {
  const target = await loadTarget(db, ref);
  if (!target) return null;
  const row = await db.summary.findUnique({ where: targetWhere(ref), select: editorSelect });
  if (!row) return { target, summary: null };
  // The reviewer's reason matters only while the draft is back with its writers.
  const lastStep =
    row.status === 'DRAFT'
      ? await db.auditLog.findFirst({
          where: { targetType: 'summary', targetId: row.id, action: { in: ['summary.submit', 'summary.return', 'summary.approve'] } },
          orderBy: { createdAt: 'desc' },
          select: { action: true, reason: true },
        })
      : null;
  return {
    target,
    summary: {
      id: row.id,
      status: row.status,
      draftBody: row.draftBody,
      publishedBody: row.publishedBody,
      author: row.author,
      approvedBy: row.approvedBy,
      publishedAt: row.publishedAt?.toISOString() ?? null,
      updatedAt: row.updatedAt.toISOString(),
      returnReason: lastStep?.action === 'summary.return' ? lastStep.reason : null,
      hasUnpublishedChanges: row.publishedBody !== null && row.publishedBody !== row.draftBody,
      retraction: row.retractedAt ? { at: row.retractedAt.toISOString(), reason: row.retractionReason ?? '' } : null,
    },
  };
}

const queueSelect = {
  id: true,
  status: true,
  draftBody: true,
  publishedBody: true,
  publishedAt: true,
  updatedAt: true,
  author: { select: { name: true } },
  approvedBy: { select: { name: true } },
  ...targetSelect,
} as const;

async function queueOf(db: PrismaClient, status: SummaryStatus | 'EVER_PUBLISHED', take: number): Promise<SummaryQueueItem[]> {
  // Published includes summaries whose newer draft is still being written: readers see their text.
  const rows = await db.summary.findMany({
    where: status === 'EVER_PUBLISHED' ? { publishedAt: { not: null } } : { status },
    orderBy: status === 'EVER_PUBLISHED' ? [{ publishedAt: 'desc' }, { id: 'asc' }] : [{ updatedAt: 'asc' }, { id: 'asc' }],
    take,
    select: queueSelect,
  });
  return rows.flatMap((row) => {
    const target = toTarget(row);
    return target
      ? [{
          id: row.id,
          status: row.status,
          target,
          authorName: row.author.name,
          approverName: row.approvedBy?.name ?? null,
          publishedAt: row.publishedAt?.toISOString() ?? null,
          updatedAt: row.updatedAt.toISOString(),
          hasUnpublishedChanges: row.publishedBody !== null && row.publishedBody !== row.draftBody,
        }]
      : [];
  });
}

/** The editors' queue: oldest waiting first, so nothing is forgotten; the latest publications. */
export async function readSummaryQueue(db: PrismaClient, { limit = 100, entitySuggestions = 20 } = {}): Promise<SummaryQueue> {
  const [drafts, inReview, recentlyPublished, entities] = await Promise.all([
    queueOf(db, 'DRAFT', limit),
    queueOf(db, 'IN_REVIEW', limit),
    queueOf(db, 'EVER_PUBLISHED', 20),
    db.entity.findMany({
      where: { summary: { is: null } },
      orderBy: [{ mentions: { _count: 'desc' } }, { name: 'asc' }],
      take: entitySuggestions,
      select: { slug: true, name: true, type: true, _count: { select: { mentions: { where: { status: { not: 'REJECTED' } } } } } },
    }),
  ]);
  return {
    drafts,
    inReview,
    recentlyPublished,
    entitiesWithout: entities.map(({ _count, ...e }) => ({ ...e, mentions: _count.mentions })),
  };
}
