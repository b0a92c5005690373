import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { entityHref } from '@/lib/entities/paths';
import { relaxedQuery } from './clauses';
import { withoutAbsentParts } from './absent-parts';
import { countMatches, type Counted } from './count-matches';
import { expandQuery, findEntity, type ExpandedQuery } from './expand-query';
import { fetchHeadlines, TO, type Marked } from './fetch-headlines';
import type { Filter } from './filters';
import { readIntent } from './intent';
import { CANDIDATES, candidatesSql, rankPage, type PageOf, type RankedRow } from './rank-page';
import { countRelaxed, rankScored, relaxedCandidates, type Relaxed, type RelaxedRow } from './rank-relaxed';
import { lexemeStats, rarityWeight, type LexemeStats } from './rarity';
import { orQueries, resolveTsqueries, tsquerySql, tsqueryText } from './tsquery-sql';
import { COUNT_CAP, SEARCH_KINDS, SEARCH_PAGE_SIZE, type EntityRef, type SearchHit, type SearchKind, type SearchParams, type SearchResponse } from './types';
import { fetchMatchedForms, type MatchedForm } from './why-matched';

function hrefOf(row: Pick<RankedRow, 'kind' | 'slug' | 'entityType'>): string {
  if (row.entityType) return entityHref(row.entityType, row.slug);
  return row.kind === 'brief' ? `/briefs/${row.slug}` : `/articles/${row.slug}`;
}

const unfold = (marked: string) => marked.replaceAll(TO, '-');

const toHit = (
  { refId: _refId, ...row }: RankedRow & { covered?: boolean[] },
  marked: Marked | undefined,
  matched: MatchedForm[],
  labels: readonly string[],
  absent: readonly string[],
): SearchHit => {
  const { covered, ...rest } = row;
  return {
    ...rest,
    href: hrefOf(row),
    titleMarked: unfold(marked?.titleMarked ?? row.title),
    snippetMarked: unfold(marked?.snippetMarked ?? ''),
    matched,
    missing: covered ? [...labels.filter((_, i) => covered[i] === false), ...absent] : [],
  };
};

const totalOf = ({ counts }: Counted, type: SearchKind | undefined) =>
  type ? counts[type] : SEARCH_KINDS.reduce((sum, k) => sum + counts[k], 0);

const pageCountOf = (total: number) => Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE));

/**
 * Counting and ranking read different rows and need nothing of each other: they run side by side.
 * A page past COUNT_CAP matches is ranked only once the count says it exists, as its candidates
 * are many (see rankPage).
 */
async function countAndRank<R>(
  db: PrismaClient,
  tsquery: Prisma.Sql,
  filter: Filter,
  pageOf: PageOf,
  rank: (pageOf: PageOf) => Promise<R[]>,
  parts: Prisma.Sql[] = [],
): Promise<{ counted: Counted; ranked: R[] }> {
  const early = (pageOf.page - 1) * SEARCH_PAGE_SIZE < COUNT_CAP;
  const [counted, ranked] = await Promise.all([countMatches(db, tsquery, filter, parts), early ? rank(pageOf) : undefined]);
  if (pageOf.page > pageCountOf(totalOf(counted, pageOf.type))) return { counted, ranked: [] };
  return { counted, ranked: ranked ?? (await rank(pageOf)) };
}

/** The relaxed query of a search whose parts have these tsquery texts, with the labels of its optional parts. */
function relaxationOf(
  expanded: ExpandedQuery,
  partTexts: readonly string[],
  strict: string,
  stats: LexemeStats | undefined,
  typed: readonly string[] = partTexts,
  fewest = 2,
): { relaxed: Relaxed; labels: string[]; absent: string[] } | undefined {
  const parts = expanded.parts.map((p, i) => {
    const tsquery = partTexts[i] ?? '';
    return { ...p, tsquery, ...(stats && tsquery ? { weight: rarityWeight(tsquery, stats) } : {}) };
  });
  const rq = relaxedQuery(parts, fewest);
  if (!rq) return undefined;
  const optional = new Map<string, string>();
  for (const p of parts) if (!p.required && p.tsquery !== '' && !optional.has(p.tsquery)) optional.set(p.tsquery, p.label);
  // Words in no document (see withoutAbsentParts) are not scored, but every hit lacks them.
  const absent = expanded.parts.filter((p, i) => !p.required && partTexts[i] === '' && (typed[i] ?? '') !== '').map((p) => p.label);
  return { relaxed: { ...rq, strict, optionalParts: [...optional.keys()] }, labels: [...optional.values()], absent };
}


/**
 * When some parts are in no document, the whole query of the others (every required part, every
 * optional part some document has): its newest matches are candidates of the relaxed ranking, as
 * the whole query's are otherwise. Undefined when no part is absent.
 */
function presentStrict(parts: readonly string[], present: readonly string[]): string | undefined {
  if (present.every((p, i) => p === parts[i])) return undefined;
  const texts = present.filter((p) => p !== '');
  return texts.length > 0 ? texts.map((p) => `( ${p} )`).join(' & ') : undefined;
}

/** Full-text search over SearchDocument; never throws on what the reader typed. */
export async function runSearch(db: PrismaClient, params: SearchParams): Promise<SearchResponse> {
  // A range in words ("after 2022") is the date filter unless the reader set one; a question's
  // frame ("which countries…") is not searched for.
  const intent = params.q ? readIntent(params.q) : undefined;
  const dated = intent?.dateWords && !params.from && !params.to ? intent : undefined;
  const [entity, expanded] = await Promise.all([
    params.entity ? findEntity(db, params.entity) : undefined,
    intent ? expandQuery(db, intent.q) : undefined,
  ]);
  const response = { params, ...(entity ? { entity: { name: entity.name, slug: entity.slug, type: entity.type } } : {}) };
  if (!expanded) return { ...response, outcome: { status: 'idle' } };

  const filter: Filter = {
    ...(params.era ? { era: params.era } : {}),
    ...(entity ? { entityId: entity.id } : {}),
    ...(params.from ? { from: params.from } : {}),
    ...(params.to ? { to: params.to } : {}),
    ...(dated?.from ? { from: dated.from } : {}),
    ...(dated?.to ? { to: dated.to } : {}),
  };
  const pageOf: PageOf = { type: params.type, page: params.page, pinned: expanded.expandedIds };
  const partsSql = expanded.parts.map((p) => tsquerySql({ text: p.text, names: expanded.names, extra: '' }));
  const [resolved, stats] = await Promise.all([resolveTsqueries(db, tsquerySql(expanded), partsSql), lexemeStats(db)]);
  const strict = tsqueryText(resolved.query);
  // A query of several words is scored by its parts (see rankScored), one word as before.
  const optionalTexts = resolved.parts.filter((_, i) => !expanded.parts[i]?.required);
  const rankStrict = (p: PageOf): Promise<(RankedRow | RelaxedRow)[]> =>
    optionalTexts.length < 2
      ? rankPage(db, strict, filter, p)
      : rankScored(
          db,
          {
            candidates: candidatesSql(strict, filter, p.type, Math.max(CANDIDATES, p.page * SEARCH_PAGE_SIZE)),
            parts: optionalTexts,
            any: strict,
          },
          p,
        );
  let { counted, ranked }: { counted: Counted; ranked: (RankedRow | RelaxedRow)[] } = await countAndRank(db, strict, filter, pageOf, rankStrict);
  let headlineQuery = counted.query;
  let labels: string[] = [];
  let absent: string[] = [];
  let relaxedInfo: { allWords: number; needed: number; parts: number } | undefined;
  const allWords = SEARCH_KINDS.reduce((sum, k) => sum + counted.counts[k], 0);
  const relaxation =
    allWords < SEARCH_PAGE_SIZE && counted.query
      ? // A quoted phrase or excluded word applies whether or not any document has it.
        await withoutAbsentParts(db, resolved.parts.map((p, i) => (expanded.parts[i]?.required ? '' : p))).then((probed) =>
          {
            const present = probed.map((p, i) => (expanded.parts[i]?.required ? (resolved.parts[i] ?? '') : p));
            const strictOfPresent = presentStrict(resolved.parts, present);
            return relaxationOf(expanded, present, strictOfPresent ?? counted.query, stats, resolved.parts, strictOfPresent ? 1 : 2);
          },
        )
      : undefined;
  if (relaxation) {
    const { relaxed } = relaxation;
    const early = (pageOf.page - 1) * SEARCH_PAGE_SIZE < COUNT_CAP;
    const rankRelaxed = (p: PageOf) =>
      rankScored(
        db,
        { candidates: relaxedCandidates(relaxed, filter, p), parts: relaxed.optionalParts, any: tsqueryText(relaxed.any) },
        p,
      );
    const [widerCount, widerRanked] = await Promise.all([countRelaxed(db, relaxed, filter), early ? rankRelaxed(pageOf) : undefined]);
    const widerTotal = totalOf(widerCount, pageOf.type);
    const wider = {
      counted: widerCount,
      ranked: pageOf.page > pageCountOf(widerTotal) ? [] : (widerRanked ?? (await rankRelaxed(pageOf))),
    };
    if (SEARCH_KINDS.reduce((sum, k) => sum + wider.counted.counts[k], 0) > allWords) {
      ({ counted, ranked } = wider);
      headlineQuery = relaxed.any;
      labels = relaxation.labels;
      absent = relaxation.absent;
      relaxedInfo = { allWords, needed: relaxed.needed, parts: relaxed.optional };
    }
  }
  let correctedTo: EntityRef | undefined;
  const none = SEARCH_KINDS.every((k) => counted.counts[k] === 0);
  const [top] = expanded.suggestions;
  const [topQuery] = expanded.suggestionQueries;
  if (none && top && topQuery) {
    const corrected = tsqueryText(orQueries(counted.query, topQuery));
    ({ counted, ranked } = await countAndRank(db, corrected, filter, { ...pageOf, pinned: expanded.suggestionIds.slice(0, 1) }, (p) =>
      rankPage(db, corrected, filter, p),
    ));
    headlineQuery = counted.query;
    correctedTo = top;
  }
  const { query, counts, capped } = counted;
  if (!query) return { ...response, outcome: { status: 'empty-query', suggestions: expanded.suggestions } };

  const total = totalOf(counted, params.type);
  const [marked, matched] = await Promise.all([fetchHeadlines(db, headlineQuery, ranked), fetchMatchedForms(db, ranked, expanded.explain)]);
  return {
    ...response,
    outcome: {
      status: 'results',
      hits: ranked.map((row, i) => toHit(row, marked[i], matched[i] ?? [], labels, absent)),
      counts,
      capped,
      total,
      pageCount: pageCountOf(total),
      expandedWith: expanded.expandedWith,
      // Trigram neighbours of a longer query are offered only when it found nothing or when some
      // of its words were taken for a misspelt name.
      suggestions: none || expanded.oneWord || expanded.guessed ? expanded.suggestions : [],
      ...(correctedTo ? { correctedTo } : {}),
      ...(relaxedInfo ? { relaxed: relaxedInfo } : {}),
      ...(dated?.dateWords ? { dateIntent: { words: dated.dateWords, ...(dated.from ? { from: dated.from } : {}), ...(dated.to ? { to: dated.to } : {}) } } : {}),
    },
  };
}
