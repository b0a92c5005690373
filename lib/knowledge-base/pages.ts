import { TAGS } from '@/lib/platform/cache/tags';
import type { PrismaClient } from '@/lib/generated/prisma/client';

/**
 * The cached pages that show an entity's name, dates or place: its own page, the indexes, the
 * entities it has facts with (their infoboxes), the entities named beside it (their related
 * lists) and the articles that name it (their entity links).
 */
export async function pagesShowingEntity(db: PrismaClient, entityId: string): Promise<string[]> {
  const [facts, articles, related] = await Promise.all([
    db.fact.findMany({ where: { OR: [{ subjectId: entityId }, { objectId: entityId }] }, select: { subjectId: true, objectId: true } }),
    db.$queryRaw<{ id: string }[]>`SELECT DISTINCT p."articleId" AS id FROM "Mention" m JOIN "Paragraph" p ON p.id = m."paragraphId" WHERE m."entityId" = ${entityId}`,
    db.$queryRaw<{ id: string }[]>`
      SELECT DISTINCT m2."entityId" AS id FROM "Mention" m1 JOIN "Mention" m2 ON m2."paragraphId" = m1."paragraphId"
      WHERE m1."entityId" = ${entityId}`,
  ]);
  const ids = new Set([entityId, ...facts.flatMap((f) => [f.subjectId, f.objectId]), ...related.map((r) => r.id)]);
  const tags = [TAGS.entities, ...[...ids].map(TAGS.entity), ...articles.map((a) => TAGS.article(a.id))];
  // Past the cache's limit on what one expiry may name, expiring every page is the honest answer.
  return tags.length > 500 ? [TAGS.site] : tags;
}
