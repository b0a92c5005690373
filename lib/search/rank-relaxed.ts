import { Prisma, type PrismaClient } from '@/lib/generated/prisma/client';
import type { RelaxedQuery } from './clauses';
import type { Filter } from './filters';
import { CANDIDATES, candidatesSql, type PageOf, type RankedRow } from './rank-page';
import { tsqueryText } from './tsquery-sql';
import { SEARCH_PAGE_SIZE } from './types';

export interface RelaxedRow extends RankedRow {
  /** For each optional part of the query (in order), whether the document has it. */
  covered: boolean[];
}

export interface Relaxed extends RelaxedQuery {
  /** The whole query, every part required. */
  strict: string;
  /** The tsquery text of each optional part with words, in the query's order. */
  optionalParts: string[];
}

const sum = (tests: Prisma.Sql[]) => Prisma.join(tests.map((t) => Prisma.sql`(${t})::int`), ' + ');

/**
 * One page of a relaxed query's results. Candidates: those of the whole query (few, or the query
 * would not be relaxed), of "all but one part" and of "most parts" (see candidatesSql: each the
 * newest title matches and the newest matches, so the work stays bounded). Among them: named
 * entities first, then documents with more of the query's parts, then more of them in the title
 * (title over summary over body), then cover density (proximity) over any part, then the newest.
 */
export async function rankRelaxed(db: PrismaClient, q: Relaxed, filter: Filter, { type, page, pinned }: PageOf): Promise<RelaxedRow[]> {
  const offset = (page - 1) * SEARCH_PAGE_SIZE;
  const limit = Math.max(CANDIDATES, offset + SEARCH_PAGE_SIZE);
  const sources = [q.strict, q.allButOne, q.most].filter((s): s is string => s !== undefined);
  const candidates = Prisma.join(sources.map((s) => candidatesSql(tsqueryText(s), filter, type, limit)), ' UNION ');
  const parts = q.optionalParts.map((p) => tsqueryText(p));
  const inBody = parts.map((p) => Prisma.sql`d.vector @@ ${p}`);
  const inTitle = parts.map((p) => Prisma.sql`d."titleVector" @@ ${p}`);
  const most = tsqueryText(q.most);
  return db.$queryRaw<RelaxedRow[]>`
    WITH candidates AS (${candidates})
    SELECT d.kind, d."refId", d.slug, d."entityType", d.title, d.era, d.eras::text[] AS eras, d."publishedAt",
           ARRAY[${Prisma.join(inBody)}]::boolean[] AS covered
    FROM candidates c JOIN "SearchDocument" d ON d.kind = c.kind AND d."refId" = c."refId"
    WHERE d.vector @@ ${most}
    ORDER BY d.kind = 'entity' AND d."refId" = ANY(${pinned}::text[]) DESC, ${sum(inBody)} DESC, ${sum(inTitle)} DESC,
             ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', d.vector, ${tsqueryText(q.any)}) DESC, d."publishedAt" DESC NULLS LAST, d.kind, d."refId"
    LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${offset}`;
}
