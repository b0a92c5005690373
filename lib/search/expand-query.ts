import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { EntityType } from '@/lib/generated/prisma/enums';
import { aliasCandidates, foldDashes } from './alias-candidates';
import type { EntityRef } from './types';

export interface ExpandedQuery {
  /** The typed query as PostgreSQL parsed it (tsquery text); '' when it has no searchable word. */
  base: string;
  /** base OR'd with every unambiguous name of the entities the query names. */
  tsquery: string;
  expandedWith: EntityRef[];
  expandedIds: string[];
  suggestions: EntityRef[];
  suggestionIds: string[];
  /** The query, without operators, is one word. */
  oneWord: boolean;
}

interface EntityRow {
  id: string;
  name: string;
  slug: string;
  type: EntityType;
}

/** Below this trigram similarity a name is not offered as "Did you mean". */
const SUGGEST_FROM = 0.35;
/** A one-word query this close to a name is taken as that name misspelt or shortened. */
const EXPAND_FROM = 0.4;

const toRef = ({ name, slug, type }: EntityRow): EntityRef => ({ name, slug, type });

/** The tsquery text matching any unambiguous name of these entities, '' when there is none. */
export async function namesQuery(db: PrismaClient, entityIds: string[]): Promise<string> {
  if (entityIds.length === 0) return '';
  const rows = await db.$queryRaw<{ q: string | null }[]>`
    SELECT string_agg(DISTINCT '(' || t.q || ')', ' | ') AS q
    FROM "EntityName" n
    CROSS JOIN LATERAL (SELECT phraseto_tsquery('caspian', search_fold(n.name))::text AS q) t
    WHERE n."entityId" = ANY(${entityIds}::text[]) AND NOT n.ambiguous AND t.q <> ''`;
  return rows[0]?.q ?? '';
}

export function orQueries(...parts: string[]): string {
  const present = parts.filter((p) => p.length > 0);
  return present.length <= 1 ? (present[0] ?? '') : present.map((p) => `(${p})`).join(' | ');
}

/**
 * Parses the query with websearch_to_tsquery (which never fails on syntax) and adds the other
 * names of any entity it names exactly; otherwise proposes entities whose names are close in
 * trigram similarity, for misspellings ("Kazakstan").
 */
export async function expandQuery(db: PrismaClient, q: string): Promise<ExpandedQuery> {
  const [parsed] = await db.$queryRaw<{ base: string }[]>`
    SELECT websearch_to_tsquery('caspian', ${foldDashes(q)})::text AS base`;
  const base = parsed?.base ?? '';
  const candidates = aliasCandidates(q);
  const named = candidates.length
    ? await db.$queryRaw<EntityRow[]>`
        SELECT DISTINCT e.id, e.name, e.slug, e.type
        FROM "EntityName" n JOIN "Entity" e ON e.id = n."entityId"
        WHERE n.normalized = ANY(${candidates}::text[]) AND NOT n.ambiguous
        ORDER BY e.name LIMIT 5`
    : [];
  const folded = candidates[0] ?? '';
  const suggestions =
    named.length === 0 && folded.length >= 3
      ? await db.$queryRaw<(EntityRow & { sim: number })[]>`
          SELECT e.id, e.name, e.slug, e.type, max(similarity(n.normalized, ${folded}))::float8 AS sim
          FROM "EntityName" n JOIN "Entity" e ON e.id = n."entityId"
          WHERE n.normalized % ${folded} AND NOT n.ambiguous
          GROUP BY e.id
          HAVING max(similarity(n.normalized, ${folded})) >= ${SUGGEST_FROM}
          ORDER BY sim DESC, e.name
          LIMIT 3`
      : [];
  const [top] = suggestions;
  const expandBy = named.length > 0 ? named : top && top.sim >= EXPAND_FROM && !folded.includes(' ') ? [top] : [];
  const names = await namesQuery(db, expandBy.map((e) => e.id));
  return {
    base,
    tsquery: orQueries(base, names),
    expandedWith: expandBy.map(toRef),
    expandedIds: expandBy.map((e) => e.id),
    suggestions: suggestions.map(toRef),
    suggestionIds: suggestions.map((e) => e.id),
    oneWord: folded.length > 0 && !folded.includes(' '),
  };
}

/** Resolves the entity filter's slug. */
export async function findEntity(db: PrismaClient, slug: string): Promise<(EntityRef & { id: string }) | undefined> {
  const rows = await db.$queryRaw<EntityRow[]>`
    SELECT id, name, slug, type FROM "Entity" WHERE slug = ${slug} LIMIT 1`;
  const row = rows[0];
  return row ? { ...toRef(row), id: row.id } : undefined;
}
