import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { entityHref } from '@/lib/entities/paths';
import { countMatches, type Counted } from './count-matches';
import { expandQuery, findEntity } from './expand-query';
import { fetchHeadlines, TO, type Marked } from './fetch-headlines';
import type { Filter } from './filters';
import { rankPage, type PageOf, type RankedRow } from './rank-page';
import { orQueries, tsquerySql, tsqueryText } from './tsquery-sql';
import { COUNT_CAP, SEARCH_KINDS, SEARCH_PAGE_SIZE, type EntityRef, type SearchHit, type SearchKind, type SearchParams, type SearchResponse } from './types';

function hrefOf(row: Pick<RankedRow, 'kind' | 'slug' | 'entityType'>): string {
  if (row.entityType) return entityHref(row.entityType, row.slug);
  return row.kind === 'brief' ? `/briefs/${row.slug}` : `/articles/${row.slug}`;
}

const unfold = (marked: string) => marked.replaceAll(TO, '-');

const toHit = ({ refId: _refId, ...row }: RankedRow, marked: Marked | undefined): SearchHit => ({
  ...row,
  href: hrefOf(row),
  titleMarked: unfold(marked?.titleMarked ?? row.title),
  snippetMarked: unfold(marked?.snippetMarked ?? ''),
});

const totalOf = ({ counts }: Counted, type: SearchKind | undefined) =>
  type ? counts[type] : SEARCH_KINDS.reduce((sum, k) => sum + counts[k], 0);

const pageCountOf = (total: number) => Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE));

/**
 * Counting and ranking read different rows and need nothing of each other: they run side by side.
 * A page past COUNT_CAP matches is ranked only once the count says it exists, as its candidates
 * are many (see rankPage).
 */
async function countAndRank(db: PrismaClient, tsquery: Prisma.Sql, filter: Filter, pageOf: PageOf): Promise<{ counted: Counted; ranked: RankedRow[] }> {
  const early = (pageOf.page - 1) * SEARCH_PAGE_SIZE < COUNT_CAP;
  const [counted, ranked] = await Promise.all([countMatches(db, tsquery, filter), early ? rankPage(db, tsquery, filter, pageOf) : undefined]);
  if (pageOf.page > pageCountOf(totalOf(counted, pageOf.type))) return { counted, ranked: [] };
  return { counted, ranked: ranked ?? (await rankPage(db, tsquery, filter, pageOf)) };
}

/** Full-text search over SearchDocument; never throws on what the reader typed. */
export async function runSearch(db: PrismaClient, params: SearchParams): Promise<SearchResponse> {
  const [entity, expanded] = await Promise.all([
    params.entity ? findEntity(db, params.entity) : undefined,
    params.q ? expandQuery(db, params.q) : undefined,
  ]);
  const response = { params, ...(entity ? { entity: { name: entity.name, slug: entity.slug, type: entity.type } } : {}) };
  if (!expanded) return { ...response, outcome: { status: 'idle' } };

  const filter: Filter = {
    ...(params.era ? { era: params.era } : {}),
    ...(entity ? { entityId: entity.id } : {}),
    ...(params.from ? { from: params.from } : {}),
    ...(params.to ? { to: params.to } : {}),
  };
  const pageOf: PageOf = { type: params.type, page: params.page, pinned: expanded.expandedIds };
  let { counted, ranked } = await countAndRank(db, tsquerySql(expanded), filter, pageOf);
  let correctedTo: EntityRef | undefined;
  const none = SEARCH_KINDS.every((k) => counted.counts[k] === 0);
  const [top] = expanded.suggestions;
  const [topQuery] = expanded.suggestionQueries;
  if (none && top && topQuery) {
    const corrected = tsqueryText(orQueries(counted.query, topQuery));
    ({ counted, ranked } = await countAndRank(db, corrected, filter, { ...pageOf, pinned: expanded.suggestionIds.slice(0, 1) }));
    correctedTo = top;
  }
  const { query, counts, capped } = counted;
  if (!query) return { ...response, outcome: { status: 'empty-query', suggestions: expanded.suggestions } };

  const total = totalOf(counted, params.type);
  const marked = await fetchHeadlines(db, query, ranked);
  return {
    ...response,
    outcome: {
      status: 'results',
      hits: ranked.map((row, i) => toHit(row, marked[i])),
      counts,
      capped,
      total,
      pageCount: pageCountOf(total),
      expandedWith: expanded.expandedWith,
      // Trigram neighbours of a longer query are offered only when it found nothing.
      suggestions: none || expanded.oneWord ? expanded.suggestions : [],
      ...(correctedTo ? { correctedTo } : {}),
    },
  };
}
