import { recordAudit } from '@/lib/platform/audit/record';
import { entityHref } from '@/lib/entities/paths';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Outcome } from './types';

export type MentionDecision = 'ACCEPTED' | 'REJECTED';

export interface ReviewedMention {
  articleId: string;
  articleSlug: string;
  entityId: string;
  entityHref: string;
}

/**
 * An editor's decision on a tagged mention. Re-tagging keeps it (see tagStoredArticle): a rejected
 * mention is neither shown to readers nor proposed again.
 */
export async function reviewMention(
  db: PrismaClient,
  actorId: string,
  mentionId: string,
  decision: MentionDecision,
): Promise<Outcome<ReviewedMention>> {
  const value = await db.$transaction(async (tx) => {
    const before = await tx.mention.findUnique({
      where: { id: mentionId },
      select: {
        status: true,
        surface: true,
        start: true,
        paragraph: { select: { position: true, article: { select: { id: true, slug: true } } } },
        entity: { select: { id: true, slug: true, type: true } },
      },
    });
    if (!before) return null;
    if (before.status !== decision) {
      await tx.mention.update({ where: { id: mentionId }, data: { status: decision } });
      const where = { surface: before.surface, entity: before.entity.slug, article: before.paragraph.article.slug, paragraph: before.paragraph.position, start: before.start };
      await recordAudit(tx, {
        actorId,
        action: decision === 'ACCEPTED' ? 'mention.accept' : 'mention.reject',
        targetType: 'mention',
        targetId: mentionId,
        before: { ...where, status: before.status },
        after: { ...where, status: decision },
      });
    }
    return {
      articleId: before.paragraph.article.id,
      articleSlug: before.paragraph.article.slug,
      entityId: before.entity.id,
      entityHref: entityHref(before.entity.type, before.entity.slug),
    };
  });
  // A mention disappears when its article is re-imported or re-tagged: nothing left to decide.
  return value ? { ok: true, value } : { ok: false, message: 'This mention is no longer there; the article was re-tagged. Reload the page.' };
}
