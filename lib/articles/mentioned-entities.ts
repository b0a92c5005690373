import type { PrismaClient } from '@/lib/generated/prisma/client';

/** The entities an article names (any review status): their pages list the article's title and date. */
export async function entitiesMentionedIn(db: PrismaClient, articleId: string): Promise<string[]> {
  const rows = await db.mention.findMany({
    where: { paragraph: { articleId } },
    distinct: ['entityId'],
    select: { entityId: true },
  });
  return rows.map((r) => r.entityId);
}
