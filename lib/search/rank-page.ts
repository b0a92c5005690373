import { Prisma, type PrismaClient } from '@/lib/generated/prisma/client';
import type { EntityType, Era } from '@/lib/generated/prisma/enums';
import { articleFilters, articlesWhere, otherDocumentsSql, type Filter } from './filters';
import { SEARCH_PAGE_SIZE, type SearchKind } from './types';

export interface RankedRow {
  kind: SearchKind;
  refId: string;
  slug: string;
  entityType: EntityType | null;
  title: string;
  era: Era | null;
  eras: Era[];
  publishedAt: Date | null;
}

export interface PageOf {
  type: SearchKind | undefined;
  page: number;
  /** Entities the query names: their own documents come first. */
  pinned: string[];
}

/** Articles ranked per search from each source: the newest title matches, the newest matches. */
export const CANDIDATES = 100;

/**
 * Candidates: every matching document that is not an article (few: see otherDocumentsSql), the
 * newest CANDIDATES articles whose title matches and the newest CANDIDATES matching articles (more
 * for later pages). Ranking every match cost seconds at 100,000 articles. The trade-off: an
 * article older than the newest CANDIDATES matches is ranked only when its title matches and it is
 * among the newest CANDIDATES such, so a strong title match is not lost to its age but a strong
 * body match can be; and pages past the candidates widen them, so their order may differ slightly
 * from the first pages'.
 */
export function candidatesSql(tsquery: Prisma.Sql, filter: Filter, type: SearchKind | undefined, limit: number): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (type !== 'article') {
    const ofType = type ? Prisma.sql`WHERE d.kind = ${type}` : Prisma.empty;
    parts.push(Prisma.sql`SELECT d.kind, d."refId" FROM ${otherDocumentsSql(tsquery, filter)} d ${ofType}`);
  }
  if (!type || type === 'article') {
    // Title matches: a walk down the date index, whose entries carry the title's lexemes, reads no
    // row for a title that does not match (the kind is a constant, the index's columns suffice).
    // The whole vector is tested when ranking: a title match fails it only when the query
    // excludes a word of the body, and testing both here made the planner, taking them for
    // independent, expect few matches and sort thousands.
    parts.push(Prisma.sql`(SELECT 'article' AS kind, d."refId" FROM "SearchDocument" d
      WHERE d.kind = 'article' AND d."titleVector" @@ ${tsquery} AND ${articleFilters(filter)}
      ORDER BY d."publishedAt" DESC NULLS LAST LIMIT ${limit})`);
    // All matches: a walk down the date index when the words are common, a sort when they are rare.
    parts.push(Prisma.sql`(SELECT d.kind, d."refId" FROM "SearchDocument" d WHERE ${articlesWhere(tsquery, filter)}
      ORDER BY d."publishedAt" DESC NULLS LAST LIMIT ${limit})`);
  }
  return Prisma.join(parts, ' UNION ');
}

/**
 * One page of results, without headlines (see fetchHeadlines). Among the candidates: named entities
 * first, then title matches, then cover density with the weights title 1.0, summary 0.4, body 0.2,
 * then the newest. The tsquery is an expression (see tsquerySql), so this runs beside the count.
 */
export async function rankPage(db: PrismaClient, tsquery: Prisma.Sql, filter: Filter, { type, page, pinned }: PageOf): Promise<RankedRow[]> {
  const offset = (page - 1) * SEARCH_PAGE_SIZE;
  return db.$queryRaw<RankedRow[]>`
    WITH candidates AS (${candidatesSql(tsquery, filter, type, Math.max(CANDIDATES, offset + SEARCH_PAGE_SIZE))})
    SELECT d.kind, d."refId", d.slug, d."entityType", d.title, d.era, d.eras::text[] AS eras, d."publishedAt"
    FROM candidates c JOIN "SearchDocument" d ON d.kind = c.kind AND d."refId" = c."refId"
    -- A query of stop words only matches nothing; folded when planning, this skips every scan.
    WHERE numnode(${tsquery}) > 0 AND d.vector @@ ${tsquery}
    ORDER BY d.kind = 'entity' AND d."refId" = ANY(${pinned}::text[]) DESC, d."titleVector" @@ ${tsquery} DESC,
             ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', d.vector, ${tsquery}) DESC, d."publishedAt" DESC NULLS LAST, d.kind, d."refId"
    LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${offset}`;
}
