import { recordAudit } from '@/lib/platform/audit/record';
import { canEditDraft } from './rules';
import { freeSlug, slugFromTitle } from './slug';
import { failure, ok } from '@/lib/platform/result';
import { BRIEF_TARGET, type Actor, type BriefResult, type Db } from './types';

export type RestoreResult = BriefResult<{ briefId: string; into: 'draft' | 'new-brief'; version: number }>;

/**
 * Opens a published revision for editing without overwriting anything. When the working draft
 * holds no unpublished changes (it is one of the published revisions, all kept), the revision's
 * text becomes the draft; otherwise it becomes a new draft brief beside this one.
 */
export async function restoreRevision(db: Db, actor: Actor, briefId: string, input: { number: number; baseVersion: number }): Promise<RestoreResult> {
  return db.$transaction(async (tx): Promise<RestoreResult> => {
    const brief = await tx.brief.findUnique({
      where: { id: briefId },
      select: { slug: true, title: true, body: true, version: true, status: true, authorId: true, revisions: { select: { number: true, title: true, body: true } } },
    });
    if (!brief) return failure('This brief no longer exists.', { code: 'not-found' });
    const revision = brief.revisions.find((r) => r.number === input.number);
    if (!revision) return failure(`This brief has no revision ${input.number}.`, { code: 'not-found' });
    if (brief.version !== input.baseVersion) return failure('The draft changed since you opened this page. Reload it and restore again.', { code: 'stale' });
    const draftIsPublished = brief.revisions.some((r) => r.title === brief.title && r.body === brief.body);
    if (draftIsPublished && canEditDraft(actor, brief)) {
      const { count } = await tx.brief.updateMany({
        where: { id: briefId, version: input.baseVersion },
        data: { title: revision.title, body: revision.body, version: { increment: 1 } },
      });
      if (count !== 1) return failure('Someone saved this brief at the same moment. Reload it and restore again.', { code: 'stale' });
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'brief.restore',
        targetType: BRIEF_TARGET,
        targetId: briefId,
        before: { version: brief.version, title: brief.title, chars: brief.body.length },
        after: { version: brief.version + 1, title: revision.title, chars: revision.body.length, fromRevision: revision.number },
      });
      return ok({ briefId, into: 'draft' as const, version: brief.version + 1 });
    }
    const slug = await freeSlug(tx, slugFromTitle(revision.title));
    const copy = await tx.brief.create({
      data: { slug, title: revision.title, body: revision.body, status: 'DRAFT', version: 1, authorId: actor.id },
      select: { id: true },
    });
    const reason = `Opened from revision ${revision.number} of /briefs/${brief.slug}`;
    await tx.briefStatusChange.create({ data: { briefId: copy.id, from: null, to: 'DRAFT', reason, actorId: actor.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'brief.restore-as-new',
      targetType: BRIEF_TARGET,
      targetId: copy.id,
      after: { slug, title: revision.title, status: 'DRAFT', fromBrief: briefId, fromRevision: revision.number },
    });
    return ok({ briefId: copy.id, into: 'new-brief' as const, version: 1 });
  });
}
