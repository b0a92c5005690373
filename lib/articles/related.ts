import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { ArticleListItem } from './dto';
import { listSelect, toListItem } from './effective';
import { RELATED_LIMIT, sharedNames, weightedEntities } from './related-weights';

export interface RelatedArticle {
  id: string;
  article: ArticleListItem;
  /** The shared entities that relate it, rarest first, in words ("Khazri-2023 and Baku"). */
  shared: string;
}

interface EntityRow {
  id: string;
  name: string;
  articles: number;
}

/**
 * The entities an article names (mentions not rejected) or states facts about, each with how many
 * articles name it or state facts about it: the same two sources as the pairs scored below.
 */
async function entitiesOf(db: PrismaClient, articleId: string): Promise<EntityRow[]> {
  return db.$queryRaw<EntityRow[]>`
    WITH mine AS (
      SELECT m."entityId" AS entity
        FROM "Mention" m JOIN "Paragraph" p ON p.id = m."paragraphId" WHERE p."articleId" = ${articleId} AND m.status <> 'REJECTED'
      UNION
      SELECT e.entity
        FROM "Fact" f JOIN "Paragraph" p ON p.id = f."paragraphId"
        CROSS JOIN LATERAL unnest(ARRAY[f."subjectId", f."objectId"]) AS e(entity) WHERE p."articleId" = ${articleId}
    ), named AS (
      SELECT m."entityId" AS entity, p."articleId" AS article
        FROM "Mention" m JOIN "Paragraph" p ON p.id = m."paragraphId" WHERE m."entityId" IN (SELECT entity FROM mine) AND m.status <> 'REJECTED'
      UNION
      SELECT f."subjectId", p."articleId" FROM "Fact" f JOIN "Paragraph" p ON p.id = f."paragraphId" WHERE f."subjectId" IN (SELECT entity FROM mine)
      UNION
      SELECT f."objectId", p."articleId" FROM "Fact" f JOIN "Paragraph" p ON p.id = f."paragraphId" WHERE f."objectId" IN (SELECT entity FROM mine)
    )
    SELECT e.id, e.name, count(*)::int AS articles FROM named JOIN "Entity" e ON e.id = named.entity GROUP BY e.id, e.name`;
}

/**
 * Other articles by the entities they share with this one, each shared entity weighted by its
 * rarity (related-weights.ts); ties go to the newer article. Empty when nothing rare is shared.
 */
export async function relatedArticles(db: PrismaClient, articleId: string, limit = RELATED_LIMIT): Promise<RelatedArticle[]> {
  const [entities, total] = await Promise.all([entitiesOf(db, articleId), db.article.count()]);
  const weighted = weightedEntities(entities, total);
  if (weighted.length === 0) return [];
  const ids = weighted.map((e) => e.id);
  const weights = weighted.map((e) => e.weight);
  const ranked = await db.$queryRaw<{ article: string; score: number; entities: string[] }[]>`
    WITH w AS (SELECT * FROM unnest(${ids}::text[], ${weights}::float8[]) AS w(entity, weight)),
    pairs AS (
      SELECT DISTINCT p."articleId" AS article, m."entityId" AS entity
        FROM "Mention" m JOIN "Paragraph" p ON p.id = m."paragraphId"
       WHERE m."entityId" IN (SELECT entity FROM w) AND m.status <> 'REJECTED' AND p."articleId" <> ${articleId}
      UNION
      SELECT p."articleId", f."subjectId" FROM "Fact" f JOIN "Paragraph" p ON p.id = f."paragraphId"
       WHERE f."subjectId" IN (SELECT entity FROM w) AND p."articleId" <> ${articleId}
      UNION
      SELECT p."articleId", f."objectId" FROM "Fact" f JOIN "Paragraph" p ON p.id = f."paragraphId"
       WHERE f."objectId" IN (SELECT entity FROM w) AND p."articleId" <> ${articleId}
    )
    SELECT pairs.article, sum(w.weight)::float8 AS score, array_agg(pairs.entity ORDER BY w.weight DESC, pairs.entity) AS entities
      FROM pairs JOIN w USING (entity) JOIN "Article" a ON a.id = pairs.article
     GROUP BY pairs.article, a."publishedAt", a."importedAt"
     ORDER BY score DESC, a."publishedAt" DESC NULLS LAST, a."importedAt" DESC
     LIMIT ${limit}`;
  if (ranked.length === 0) return [];
  const rows = await db.article.findMany({ where: { id: { in: ranked.map((r) => r.article) } }, select: { ...listSelect, id: true } });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const nameOf = new Map(weighted.map((e) => [e.id, e.name]));
  return ranked.flatMap((r) => {
    const row = byId.get(r.article);
    return row ? [{ id: row.id, article: toListItem(row), shared: sharedNames(r.entities.map((id) => nameOf.get(id) ?? '').filter(Boolean)) }] : [];
  });
}
