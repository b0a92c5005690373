import type { PrismaClient } from '@/lib/generated/prisma/client';
import { openingWords } from '@/lib/articles/effective';
import type { CurationListItem, CurationListPage } from './types';

export const CURATION_PAGE_SIZE = 50;

interface Row {
  id: string;
  slug: string;
  title: string | null;
  opening: string | null;
  noTitle: boolean;
  noAuthor: boolean;
  noSource: boolean;
  noDate: boolean;
  candidates: number;
  mentions: number;
  importedAt: Date;
}

/**
 * Articles for editors, those missing the most metadata (after editors' values) first, then those
 * with the most names waiting for a decision. Sorting on computed gaps needs SQL.
 */
export async function listArticlesForCuration(db: PrismaClient, page: number): Promise<CurationListPage> {
  const offset = (page - 1) * CURATION_PAGE_SIZE;
  const [rows, total] = await Promise.all([
    db.$queryRaw<Row[]>`
      WITH gaps AS (
        SELECT a.id, a.slug, a."importedAt",
          COALESCE(c.title, a."parsedTitle") AS title,
          COALESCE(c.title, a."parsedTitle") IS NULL AS "noTitle",
          cardinality(a."parsedAuthors") = 0 AND COALESCE(cardinality(c.authors), 0) = 0 AS "noAuthor",
          a."sourceId" IS NULL AS "noSource",
          a."publishedAt" IS NULL AS "noDate"
        FROM "Article" a LEFT JOIN "ArticleCuration" c ON c."articleId" = a.id
      )
      SELECT g.*,
        (SELECT left(p.text, 400) FROM "Paragraph" p WHERE p."articleId" = g.id AND p.kind = 'TEXT' ORDER BY p.position LIMIT 1) AS opening,
        (SELECT count(*) FROM "EntityCandidate" ec JOIN "Paragraph" p ON p.id = ec."paragraphId"
          WHERE p."articleId" = g.id AND ec.status = 'PROPOSED')::int AS candidates,
        (SELECT count(*) FROM "Mention" m JOIN "Paragraph" p ON p.id = m."paragraphId"
          WHERE p."articleId" = g.id AND m.status = 'PROPOSED')::int AS mentions
      FROM gaps g
      ORDER BY ("noTitle"::int + "noAuthor"::int + "noSource"::int + "noDate"::int) DESC, candidates DESC, g."importedAt" DESC, g.id
      LIMIT ${CURATION_PAGE_SIZE} OFFSET ${offset}`,
    db.article.count(),
  ]);
  return {
    items: rows.map(toItem),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / CURATION_PAGE_SIZE)),
  };
}

function toItem(r: Row): CurationListItem {
  return {
    id: r.id,
    slug: r.slug,
    title: r.title,
    opening: openingWords(r.opening ?? ''),
    missing: { title: r.noTitle, author: r.noAuthor, publication: r.noSource, date: r.noDate },
    proposedCandidates: r.candidates,
    proposedMentions: r.mentions,
    importedAt: r.importedAt.toISOString(),
  };
}
