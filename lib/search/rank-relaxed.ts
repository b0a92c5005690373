import { Prisma, type PrismaClient } from '@/lib/generated/prisma/client';
import type { RelaxedQuery } from './clauses';
import type { Counted } from './count-matches';
import { articleFilters, otherDocumentsSql, type Filter } from './filters';
import { CANDIDATES, candidatesSql, type PageOf, type RankedRow } from './rank-page';
import { nearPairs } from './proximity';
import { tsqueryText } from './tsquery-sql';
import { COUNT_CAP, SEARCH_KINDS, SEARCH_PAGE_SIZE, type SearchKind } from './types';

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

/** The newest articles of each subset (see relaxedQuery): each an AND the text index answers alone. */
function subsetArticles(subsets: readonly string[], filter: Filter, limit: number, ordered: boolean): Prisma.Sql {
  const order = ordered ? Prisma.sql`ORDER BY d."publishedAt" DESC NULLS LAST` : Prisma.empty;
  return Prisma.join(
    subsets.map(
      (s) => Prisma.sql`(SELECT d.kind, d."refId" FROM "SearchDocument" d
        WHERE d.kind = 'article' AND d.vector @@ ${tsqueryText(s)} AND ${articleFilters(filter)} ${order} LIMIT ${limit})`,
    ),
    ' UNION ',
  );
}

/** The relaxed query's matches per kind, articles up to COUNT_CAP as in countMatches; `query` is the whole query's. */
export async function countRelaxed(db: PrismaClient, q: Relaxed, filter: Filter): Promise<Counted> {
  const rows = await db.$queryRaw<{ kind: SearchKind; n: number }[]>`
    SELECT 'article' AS kind, (SELECT count(*)::int FROM (SELECT 1 FROM (${subsetArticles(q.subsets, filter, COUNT_CAP + 1, false)}) x LIMIT ${COUNT_CAP + 1}) y) AS n
    UNION ALL
    SELECT d.kind, count(*)::int FROM ${otherDocumentsSql(tsqueryText(q.most), filter)} d GROUP BY d.kind`;
  const counts = Object.fromEntries(SEARCH_KINDS.map((k) => [k, 0])) as Record<SearchKind, number>;
  for (const row of rows) counts[row.kind] = row.n;
  const capped: SearchKind[] = counts.article > COUNT_CAP ? ['article'] : [];
  counts.article = Math.min(counts.article, COUNT_CAP);
  return { query: q.strict, counts, capped, parts: [] };
}

/** What a page is scored on: the candidates' query, its optional parts (tsquery texts), and the OR of its parts for cover density. */
export interface Scoring {
  candidates: Prisma.Sql;
  parts: string[];
  any: Prisma.Sql;
}

/**
 * Candidates of a relaxed query: those of the whole query (few, or it would not be relaxed), every
 * matching document that is not an article, and the newest articles of each subset of the needed
 * parts, so that an article with a rare word is found however many newer ones share the common
 * words.
 */
export function relaxedCandidates(q: Relaxed, filter: Filter, { type, page }: PageOf): Prisma.Sql {
  const offset = (page - 1) * SEARCH_PAGE_SIZE;
  const most = tsqueryText(q.most);
  const sources = [candidatesSql(tsqueryText(q.strict), filter, type, Math.max(CANDIDATES, offset + SEARCH_PAGE_SIZE))];
  if (type !== 'article') sources.push(Prisma.sql`SELECT d.kind, d."refId" FROM ${otherDocumentsSql(most, filter)} d ${type ? Prisma.sql`WHERE d.kind = ${type}` : Prisma.empty}`);
  if (!type || type === 'article') {
    sources.push(subsetArticles(q.subsets, filter, Math.max(SEARCH_PAGE_SIZE, offset + SEARCH_PAGE_SIZE), true));
  }
  return Prisma.join(sources, ' UNION ');
}

/** The summed weights of the parts (index i) for which `test` holds. */
const weighted = (n: number, test: Prisma.Sql) => Prisma.sql`(SELECT coalesce(sum(w.w[i]), 0) FROM generate_series(1, ${n}) i WHERE ${test})`;

/**
 * What a part found in the title adds to having it at all, and one found in the summary (title
 * over summary over body); and what two neighbouring parts said close together add (see nearPairs),
 * each as a share of the parts' weight. Tuned on the judged queries (bench/relevance.ts): a
 * document with one more of the query's parts comes first unless the other says the rest in its
 * title or has the query's neighbouring words together.
 */
export const TITLE_BONUS = 0.6;
export const SUMMARY_BONUS = 0.3;
export const NEAR_BONUS = 1.2;

const flagsOf = (tests: readonly Prisma.Sql[]) => (tests.length > 0 ? Prisma.sql`ARRAY[${Prisma.join(tests)}]::boolean[]` : Prisma.sql`ARRAY[]::boolean[]`);

/**
 * One page among the candidates, scored: named entities first, then by how much of the query they
 * cover, each part weighted by how rare it is among the candidates (a place's name counts for
 * more than "drills"; rarity across the whole corpus ranked worse on the judged queries), with
 * bonuses for the parts in the title or the summary and for neighbouring parts of the query said
 * close together (proximity), then cover density over any part, then the newest.
 */
export async function rankScored(db: PrismaClient, { candidates, parts, any }: Scoring, { page, pinned }: PageOf): Promise<RelaxedRow[]> {
  const offset = (page - 1) * SEARCH_PAGE_SIZE;
  const n = parts.length;
  const queries = parts.map(tsqueryText);
  const pairs = nearPairs(parts);
  const flags = (column: Prisma.Sql) => flagsOf(queries.map((p) => Prisma.sql`${column} @@ ${p}`));
  const near = flagsOf(pairs.map((p) => Prisma.sql`d.vector @@ ${tsqueryText(p.tsquery)}`));
  const pairWeight =
    pairs.length > 0
      ? Prisma.sql`(${Prisma.join(
          pairs.map((p, k) => Prisma.sql`CASE WHEN s.near[${k + 1}] THEN least(w.w[${p.a + 1}], w.w[${p.b + 1}]) ELSE 0 END`),
          ' + ',
        )})`
      : Prisma.sql`0::float8`;
  return db.$queryRaw<RelaxedRow[]>`
    WITH candidates AS (${candidates}),
    scored AS (
      SELECT d.kind, d."refId", d.slug, d."entityType", d.title, d.era, d.eras::text[] AS eras, d."publishedAt",
             ${flags(Prisma.sql`d.vector`)} AS covered, ${flags(Prisma.sql`d."titleVector"`)} AS titled,
             ${flags(Prisma.sql`ts_filter(d.vector, '{b}')`)} AS summarised, ${near} AS near,
             ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', d.vector, ${any}, 1) AS density
      FROM candidates c JOIN "SearchDocument" d ON d.kind = c.kind AND d."refId" = c."refId"
      WHERE numnode(${any}) > 0 AND d.vector @@ ${any}
    ),
    weights AS (
      SELECT array_agg(ln(1 + t.total::float8 / (1 + t.n)) ORDER BY t.i) AS w
      FROM (SELECT i, count(*) FILTER (WHERE s.covered[i]) AS n, count(*) AS total
            FROM scored s CROSS JOIN generate_series(1, ${n}) i GROUP BY i) t
    )
    SELECT s.kind, s."refId", s.slug, s."entityType", s.title, s.era, s.eras, s."publishedAt", s.covered
    FROM scored s CROSS JOIN weights w
    ORDER BY s.kind = 'entity' AND s."refId" = ANY(${pinned}::text[]) DESC,
             ${weighted(n, Prisma.sql`s.covered[i]`)} + ${TITLE_BONUS}::float8 * ${weighted(n, Prisma.sql`s.titled[i]`)}
               + ${SUMMARY_BONUS}::float8 * ${weighted(n, Prisma.sql`s.summarised[i] AND NOT s.titled[i]`)} + ${NEAR_BONUS}::float8 * ${pairWeight} DESC,
             s.density DESC, s."publishedAt" DESC NULLS LAST, s.kind, s."refId"
    LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${offset}`;
}
