import { recordAudit } from '@/lib/platform/audit/record';
import { hasRole } from '@/lib/platform/auth/roles';
import { TRASH_DAYS } from './limits';
import { failure, ok } from '@/lib/platform/result';
import { BRIEF_TARGET, type Actor, type BriefResult, type Db } from './types';

export type TrashResult = BriefResult<{ briefId: string }>;

const mayHandle = (actor: Actor, authorId: string) => hasRole(actor.role, 'EDITOR') || actor.id === authorId;

/**
 * Moves a brief that was never published to the trash. Anything published stays: readers may have
 * cited it, so it is unpublished instead, never deleted.
 */
export async function trashBrief(db: Db, actor: Actor, briefId: string, now: Date = new Date()): Promise<TrashResult> {
  return db.$transaction(async (tx): Promise<TrashResult> => {
    const brief = await tx.brief.findUnique({ where: { id: briefId }, select: { title: true, status: true, authorId: true, trashedAt: true, _count: { select: { revisions: true } } } });
    if (!brief) return failure('This brief no longer exists.', { code: 'not-found' });
    if (!mayHandle(actor, brief.authorId)) return failure('Only its author or an editor can move this brief to the trash.', { code: 'forbidden' });
    if (brief.trashedAt) return failure('This brief is already in the trash.', { code: 'invalid' });
    if (brief._count.revisions > 0) return failure('This brief has been published, so it cannot be trashed: unpublish it instead.', { code: 'invalid' });
    if (brief.status === 'SCHEDULED') return failure('This brief is scheduled: cancel the schedule before moving it to the trash.', { code: 'invalid' });
    const { count } = await tx.brief.updateMany({ where: { id: briefId, trashedAt: null }, data: { trashedAt: now, trashedById: actor.id } });
    if (count !== 1) return failure('Someone moved this brief meanwhile; reload the page.', { code: 'stale' });
    await recordAudit(tx, { actorId: actor.id, action: 'brief.trash', targetType: BRIEF_TARGET, targetId: briefId, before: { title: brief.title, status: brief.status } });
    return ok({ briefId });
  });
}

/** Takes a brief out of the trash, as it was. */
export async function restoreFromTrash(db: Db, actor: Actor, briefId: string): Promise<TrashResult> {
  return db.$transaction(async (tx): Promise<TrashResult> => {
    const brief = await tx.brief.findUnique({ where: { id: briefId }, select: { title: true, authorId: true, trashedAt: true } });
    if (!brief) return failure('This brief is no longer in the trash: it was deleted after 30 days.', { code: 'not-found' });
    if (!mayHandle(actor, brief.authorId)) return failure('Only its author or an editor can restore this brief.', { code: 'forbidden' });
    if (!brief.trashedAt) return failure('This brief is not in the trash.', { code: 'invalid' });
    await tx.brief.update({ where: { id: briefId }, data: { trashedAt: null, trashedById: null } });
    await recordAudit(tx, { actorId: actor.id, action: 'brief.untrash', targetType: BRIEF_TARGET, targetId: briefId, after: { title: brief.title } });
    return ok({ briefId });
  });
}

/** Deletes, with an audit record each, the never-published briefs trashed more than 30 days ago. */
export async function purgeTrash(db: Db, now: Date = new Date()): Promise<string[]> {
  const cutoff = new Date(now.getTime() - TRASH_DAYS * 86_400_000);
  const due = await db.brief.findMany({ where: { trashedAt: { lte: cutoff }, revisions: { none: {} } }, select: { id: true, slug: true, title: true } });
  const purged: string[] = [];
  for (const brief of due) {
    await db.$transaction(async (tx) => {
      const { count } = await tx.brief.deleteMany({ where: { id: brief.id, trashedAt: { lte: cutoff }, revisions: { none: {} } } });
      if (count !== 1) return;
      await recordAudit(tx, { actorId: null, action: 'brief.purge', targetType: BRIEF_TARGET, targetId: brief.id, before: { slug: brief.slug, title: brief.title } });
      purged.push(brief.id);
    });
  }
  return purged;
}
