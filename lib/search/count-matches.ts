import { Prisma, type PrismaClient } from '@/lib/generated/prisma/client';
import { articlesWhere, otherDocumentsSql, type Filter } from './filters';
import { COUNT_CAP, SEARCH_KINDS, type SearchKind } from './types';

export interface Counted {
  /** The tsquery as text ('' when the query has no searchable word), for the page's query. */
  query: string;
  /** Matches per kind; articles up to COUNT_CAP. */
  counts: Record<SearchKind, number>;
  /** Kinds with more matches than their count: articles beyond COUNT_CAP. */
  capped: SearchKind[];
  /** The tsquery text of each of the query's parts, when asked for (see queryParts). */
  parts: string[];
}

const emptyCounts = () => Object.fromEntries(SEARCH_KINDS.map((k) => [k, 0])) as Record<SearchKind, number>;

/**
 * Parses and counts in one statement; the query text comes back even when nothing matched.
 * Articles are counted up to COUNT_CAP + 1 only: a common word stops after a thousand matches
 * instead of reading each of its tens of thousands of rows (0.2 s for "drills", in two articles
 * of three, at 100,000 articles). The other kinds are few, have a text index of their own, and are
 * counted exactly.
 */
export async function countMatches(db: PrismaClient, tsquery: Prisma.Sql, filter: Filter, parts: Prisma.Sql[] = []): Promise<Counted> {
  // Within dates, the range's articles are walked (newest first) rather than the table read until
  // enough match: for a query the planner took for common ("navy", as the names it stands for),
  // that read 34,000 rows for 1,001 matches at 100,000 articles.
  const inDateOrder = filter.from || filter.to ? Prisma.sql`ORDER BY d."publishedAt" DESC NULLS LAST` : Prisma.empty;
  const partTexts = parts.length > 0 ? Prisma.sql`ARRAY[${Prisma.join(parts.map((p) => Prisma.sql`(${p})::text`))}]` : Prisma.sql`ARRAY[]::text[]`;
  const rows = await db.$queryRaw<{ query: string; parts: string[]; kind: SearchKind | null; n: number | null }[]>`
    SELECT t.query, t.parts, c.kind, c.n
    FROM (SELECT (${tsquery})::text AS query, ${partTexts} AS parts) t
    LEFT JOIN LATERAL (
      SELECT 'article' AS kind, (SELECT count(*)::int FROM (
        SELECT 1 FROM "SearchDocument" d WHERE ${articlesWhere(tsquery, filter)} ${inDateOrder} LIMIT ${COUNT_CAP + 1}) x) AS n
      UNION ALL
      SELECT d.kind, count(*)::int FROM ${otherDocumentsSql(tsquery, filter)} d GROUP BY d.kind
    ) c ON numnode(${tsquery}) > 0`;
  const counts = emptyCounts();
  for (const row of rows) if (row.kind && row.n !== null) counts[row.kind] = row.n;
  const capped: SearchKind[] = counts.article > COUNT_CAP ? ['article'] : [];
  counts.article = Math.min(counts.article, COUNT_CAP);
  return { query: rows[0]?.query ?? '', counts, capped, parts: rows[0]?.parts ?? [] };
}
