import { recordAudit } from '@/lib/platform/audit/record';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { MentionDecision } from './mentions';
import type { Outcome } from './types';

export interface BulkReviewed {
  count: number;
  /** The entities whose mentions changed, for expiring their pages. */
  entityIds: string[];
}

/**
 * One decision for many of an article's mentions: every mention of one entity (whatever was decided
 * before), or, with no entity, every mention still waiting for a decision. One audit record lists them.
 */
export async function reviewMentionsInBulk(
  db: PrismaClient,
  actorId: string,
  input: { articleId: string; entityId: string | null; decision: MentionDecision },
): Promise<Outcome<BulkReviewed>> {
  return db.$transaction(async (tx): Promise<Outcome<BulkReviewed>> => {
    const article = await tx.article.findUnique({ where: { id: input.articleId }, select: { slug: true } });
    if (!article) return { ok: false, message: 'This article no longer exists.' };
    const entity = input.entityId ? await tx.entity.findUnique({ where: { id: input.entityId }, select: { slug: true } }) : null;
    if (input.entityId && !entity) return { ok: false, message: 'That entity no longer exists. Reload the page.' };
    const chosen = await tx.mention.findMany({
      where: {
        paragraph: { articleId: input.articleId },
        ...(input.entityId ? { entityId: input.entityId, status: { not: input.decision } } : { status: 'PROPOSED' }),
      },
      select: { id: true, entityId: true },
    });
    if (chosen.length === 0) return { ok: true, value: { count: 0, entityIds: [] } };
    const ids = chosen.map((m) => m.id);
    await tx.mention.updateMany({ where: { id: { in: ids } }, data: { status: input.decision } });
    await recordAudit(tx, {
      actorId,
      action: input.decision === 'ACCEPTED' ? 'mention.bulk-accept' : 'mention.bulk-reject',
      targetType: 'article',
      targetId: input.articleId,
      after: { article: article.slug, entity: entity?.slug ?? null, scope: entity ? 'every mention of the entity' : 'every proposed mention', count: ids.length, mentionIds: ids },
    });
    return { ok: true, value: { count: ids.length, entityIds: [...new Set(chosen.map((m) => m.entityId))] } };
  });
}
