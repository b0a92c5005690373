import { Prisma, type PrismaClient } from '@/lib/generated/prisma/client';
import type { EntityType, Era } from '@/lib/generated/prisma/enums';
import { entityHref } from '@/lib/entities/paths';
import { expandQuery, findEntity } from './expand-query';
import { documentsSql, type Filter } from './filters';
import { HIT_END, HIT_START } from './highlight';
import { orQueries, tsquerySql, tsqueryText } from './tsquery-sql';
import { SEARCH_KINDS, SEARCH_PAGE_SIZE, type EntityRef, type SearchHit, type SearchKind, type SearchParams, type SearchResponse } from './types';

interface Row {
  kind: SearchKind;
  slug: string;
  entityType: EntityType | null;
  title: string;
  era: Era | null;
  eras: Era[];
  publishedAt: Date | null;
  titleMarked: string;
  snippetMarked: string;
}

// Before headlining: markers in the stored text are dropped, and ASCII hyphens become U+2010, which
// looks the same but which the parser splits on, as search_fold does ("Khazri-2023" highlights).
const FROM = `-${HIT_START}${HIT_END}`;
const TO = '\u2010';
const SNIPPET = `StartSel=${HIT_START}, StopSel=${HIT_END}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;
const TITLE = `StartSel=${HIT_START}, StopSel=${HIT_END}, HighlightAll=true`;

function hrefOf(row: Pick<Row, 'kind' | 'slug' | 'entityType'>): string {
  if (row.entityType) return entityHref(row.entityType, row.slug);
  return row.kind === 'brief' ? `/briefs/${row.slug}` : `/articles/${row.slug}`;
}

interface Counted {
  /** The tsquery as text ('' when the query has no searchable word), for the page's query. */
  query: string;
  counts: Record<SearchKind, number>;
}

const emptyCounts = () => Object.fromEntries(SEARCH_KINDS.map((k) => [k, 0])) as Record<SearchKind, number>;

// Parses and counts in one statement; the query text comes back even when nothing matched.
async function countByKind(db: PrismaClient, tsquery: Prisma.Sql, filter: Filter): Promise<Counted> {
  const rows = await db.$queryRaw<{ query: string; kind: SearchKind | null; n: number | null }[]>`
    SELECT t.query, c.kind, c.n
    FROM (SELECT (${tsquery})::text AS query) t
    LEFT JOIN (
      SELECT d.kind, count(*)::int AS n FROM ${documentsSql(tsquery, filter)} d
      WHERE numnode(${tsquery}) > 0
      GROUP BY d.kind
    ) c ON TRUE`;
  const counts = emptyCounts();
  for (const row of rows) if (row.kind && row.n !== null) counts[row.kind] = row.n;
  return { query: rows[0]?.query ?? '', counts };
}

interface PageOf {
  type: SearchKind | undefined;
  page: number;
  /** Entities the query names: their own documents come first. */
  pinned: string[];
}

// Named entities first, then title matches (ts_filter keeps the weight-A lexemes), then cover
// density with the weights title 1.0, summary 0.4, body 0.2; headlines only for the page's rows.
async function page(db: PrismaClient, query: string, filter: Filter, { type, page: pageNo, pinned }: PageOf): Promise<Row[]> {
  return db.$queryRaw<Row[]>`
    WITH ranked AS (
      SELECT d.kind, d."refId", d.slug, d."entityType", d.title, d.summary, d.body, d.era, d.eras::text[] AS eras, d."publishedAt",
             d.kind = 'entity' AND d."refId" = ANY(${pinned}::text[]) AS pinned,
             ts_filter(d.vector, '{a}') @@ ${query}::tsquery AS "inTitle",
             ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', d.vector, ${query}::tsquery) AS rank
      FROM ${documentsSql(tsqueryText(query), filter)} d
      WHERE ${type ?? null}::text IS NULL OR d.kind = ${type ?? null}
      ORDER BY pinned DESC, "inTitle" DESC, rank DESC, d."publishedAt" DESC NULLS LAST, d.kind, d."refId"
      LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${(pageNo - 1) * SEARCH_PAGE_SIZE}
    )
    SELECT kind, slug, "entityType", title, era, eras, "publishedAt",
           ts_headline('caspian', translate(title, ${FROM}, ${TO}), ${query}::tsquery, ${TITLE}) AS "titleMarked",
           ts_headline('caspian', translate(left(concat_ws(E'\n\n', nullif(summary, ''), nullif(body, '')), 50000), ${FROM}, ${TO}),
                       ${query}::tsquery, ${SNIPPET}) AS "snippetMarked"
    FROM ranked
    ORDER BY pinned DESC, "inTitle" DESC, rank DESC, "publishedAt" DESC NULLS LAST, kind, "refId"`;
}

const unfold = (marked: string) => marked.replaceAll(TO, '-');

const toHit = (row: Row): SearchHit => ({
  ...row,
  href: hrefOf(row),
  titleMarked: unfold(row.titleMarked),
  snippetMarked: unfold(row.snippetMarked),
});

/** Full-text search over SearchDocument; never throws on what the reader typed. */
export async function runSearch(db: PrismaClient, params: SearchParams): Promise<SearchResponse> {
  const entity = params.entity ? await findEntity(db, params.entity) : undefined;
  const response = { params, ...(entity ? { entity: { name: entity.name, slug: entity.slug, type: entity.type } } : {}) };
  if (!params.q) return { ...response, outcome: { status: 'idle' } };

  const expanded = await expandQuery(db, params.q);
  const filter: Filter = {
    ...(params.era ? { era: params.era } : {}),
    ...(entity ? { entityId: entity.id } : {}),
    ...(params.from ? { from: params.from } : {}),
    ...(params.to ? { to: params.to } : {}),
  };
  let { query, counts } = await countByKind(db, tsquerySql(expanded), filter);
  let correctedTo: EntityRef | undefined;
  const none = SEARCH_KINDS.every((k) => counts[k] === 0);
  const [top] = expanded.suggestions;
  const [topQuery] = expanded.suggestionQueries;
  if (none && top && topQuery) {
    ({ query, counts } = await countByKind(db, tsqueryText(orQueries(query, topQuery)), filter));
    correctedTo = top;
  }
  if (!query) return { ...response, outcome: { status: 'empty-query', suggestions: expanded.suggestions } };

  const total = params.type ? counts[params.type] : SEARCH_KINDS.reduce((sum, k) => sum + counts[k], 0);
  const rows = total > 0 ? await page(db, query, filter, {
    type: params.type,
    page: params.page,
    pinned: correctedTo ? expanded.suggestionIds.slice(0, 1) : expanded.expandedIds,
  }) : [];
  return {
    ...response,
    outcome: {
      status: 'results',
      hits: rows.map(toHit),
      counts,
      total,
      pageCount: Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE)),
      expandedWith: expanded.expandedWith,
      // Trigram neighbours of a longer query are offered only when it found nothing.
      suggestions: none || expanded.oneWord ? expanded.suggestions : [],
      ...(correctedTo ? { correctedTo } : {}),
    },
  };
}
