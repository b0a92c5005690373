import { recordAudit } from '@/lib/platform/audit/record';
import { failure, ok, type Result } from '@/lib/platform/result';
import { canEditDraft } from './service/rules';
import { PRESENCE_TTL_MS } from './presence-timing';
import { BRIEF_TARGET, type Actor, type Db } from './service/types';

export interface Presence {
  /** Who holds the soft lock (null: nobody, which cannot last: the caller takes a free lock). */
  holder: { userId: string; name: string; since: Date } | null;
  /** Whether the caller holds it. */
  mine: boolean;
  /** Everyone else who has the brief open now, with since when. */
  others: { userId: string; name: string; openedAt: Date }[];
}

/**
 * The editor's heartbeat: marks the caller present and answers who else is. A free lock (nobody
 * holds it, or its holder has left) goes to the caller; `takeOver` takes it from whoever holds it,
 * which is audited. The lock is soft: saves are still checked against the version they started
 * from, so a taken-over editor loses nothing, and the editor shows the holder's name to the others.
 */
export async function heartbeat(db: Db, actor: Actor, briefId: string, input: { takeOver?: boolean } = {}, now = new Date()): Promise<Result<Presence>> {
  const brief = await db.brief.findUnique({ where: { id: briefId }, select: { authorId: true, status: true, trashedAt: true } });
  if (!brief || brief.trashedAt) return failure('This brief no longer exists or is in the trash.', { code: 'not-found' });
  if (!canEditDraft(actor, brief)) return failure('Your role does not allow editing this brief.', { code: 'forbidden' });
  const fresh = new Date(now.getTime() - PRESENCE_TTL_MS);
  return db.$transaction(async (tx) => {
    // One brief's heartbeats queue here, so two people can never both take a free lock.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`brief-presence:${briefId}`}))`;
    await tx.briefPresence.deleteMany({ where: { briefId, seenAt: { lt: fresh } } });
    const own = await tx.briefPresence.findUnique({ where: { briefId_userId: { briefId, userId: actor.id } } });
    if (own) await tx.briefPresence.update({ where: { briefId_userId: { briefId, userId: actor.id } }, data: { seenAt: now } });
    else await tx.briefPresence.create({ data: { briefId, userId: actor.id, openedAt: now, seenAt: now } });
    const holder = await tx.briefPresence.findFirst({ where: { briefId, lockedAt: { not: null } }, select: { userId: true, lockedAt: true } });
    if (input.takeOver && holder && holder.userId !== actor.id) {
      await tx.briefPresence.update({ where: { briefId_userId: { briefId, userId: holder.userId } }, data: { lockedAt: null } });
      await tx.briefPresence.update({ where: { briefId_userId: { briefId, userId: actor.id } }, data: { lockedAt: now } });
      await recordAudit(tx, { actorId: actor.id, action: 'brief.takeover', targetType: BRIEF_TARGET, targetId: briefId, before: { editing: holder.userId }, after: { editing: actor.id } });
    } else if (!holder) {
      await tx.briefPresence.update({ where: { briefId_userId: { briefId, userId: actor.id } }, data: { lockedAt: now } });
    }
    const rows = await tx.briefPresence.findMany({
      where: { briefId },
      orderBy: { openedAt: 'asc' },
      select: { userId: true, openedAt: true, lockedAt: true, user: { select: { name: true } } },
    });
    const locked = rows.find((r) => r.lockedAt);
    return ok({
      holder: locked?.lockedAt ? { userId: locked.userId, name: locked.user.name, since: locked.lockedAt } : null,
      mine: locked?.userId === actor.id,
      others: rows.filter((r) => r.userId !== actor.id).map((r) => ({ userId: r.userId, name: r.user.name, openedAt: r.openedAt })),
    });
  });
}

/** Leaving the editor frees the lock at once for whoever is waiting, instead of after the TTL. */
export async function leaveBrief(db: Db, actor: Actor, briefId: string): Promise<void> {
  await db.briefPresence.deleteMany({ where: { briefId, userId: actor.id } });
}
