import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { EntityType } from '@/lib/generated/prisma/enums';
import { foldDashes, wholeQueryKey } from './alias-candidates';
import { matchNames, withPlaceholders, type NameForm } from './name-matches';
import { nameKeys, nameRuns } from './query-words';
import type { EntityRef } from './types';

/** What the tsquery is built from (see tsquerySql): parsed, then names swapped in. */
export interface ExpandedQuery {
  /** The query for websearch_to_tsquery, each recognised name replaced by a placeholder word. */
  text: string;
  /** Placeholder lexeme → the words it replaced and the tsquery text of its entities' names. */
  names: { lexeme: string; typed: string; tsquery: string }[];
  /** OR'd to the whole query: the names of the entity a one-word query misspells, else ''. */
  extra: string;
  expandedWith: EntityRef[];
  expandedIds: string[];
  suggestions: EntityRef[];
  suggestionIds: string[];
  /** The tsquery text of each suggestion's names, for searching them when nothing else matched. */
  suggestionQueries: string[];
  /** The query, without operators, is one word. */
  oneWord: boolean;
}

interface NameRow {
  id: string;
  name: string;
  slug: string;
  type: EntityType;
  /** Similarity of the nearest name, for entities found by trigrams; null for exact names. */
  sim: number | null;
  keys: string[] | null;
  forms: string[] | null;
  names: string | null;
}

/** Below this trigram similarity a name is not offered as "Did you mean". */
const SUGGEST_FROM = 0.35;
/** A one-word query this close to a name is taken as that name misspelt or shortened. */
const EXPAND_FROM = 0.4;

/**
 * Names expanded per query; later ones are searched as typed. Each adds an OR of phrases, and
 * ts_headline's cost grows faster than the query: 18 repeats of "Unity-2024" (a 200-character
 * query) took 30 ms a headline, 6 of them under 3 ms.
 */
const MAX_EXPANDED_NAMES = 6;

/** Series names have a word or three ("Khazri", "Combat Commonwealth", "Norak Anti terror"). */
const SERIES_WORDS = 3;

const seriesKeys = (keys: readonly string[]) =>
  keys.filter((key) => {
    const words = key.split(' ');
    return words.length <= SERIES_WORDS && !/^\p{N}+$/u.test(words[words.length - 1] ?? '');
  });

const toRef = ({ name, slug, type }: NameRow): EntityRef => ({ name, slug, type });

/**
 * One round trip: the unambiguous names equal to a word sequence of the query (btree on
 * EntityName.normalized) or, for a sequence that is no name itself, equal to it followed by a
 * number ("Khazri" for Khazri-2023: exercises are named by series and year; GIN trigram index,
 * through LIKE); and, unless the whole query is a name, the names nearest to it by trigram
 * similarity (same index). Each entity comes with the tsquery of all its unambiguous names.
 * Keys hold only letters, digits and spaces (tokenize), so they need no LIKE escaping.
 */
async function lookUpNames(db: PrismaClient, keys: string[], seriesKeys: string[], folded: string): Promise<NameRow[]> {
  return db.$queryRaw<NameRow[]>`
    WITH exact AS (
      SELECT n.normalized AS key, n.name AS form, n."entityId" AS id
      FROM "EntityName" n
      WHERE n.normalized = ANY(${keys}::text[]) AND NOT n.ambiguous
      UNION
      SELECT k.key, n.name, n."entityId"
      FROM unnest(${seriesKeys}::text[]) AS k(key)
      JOIN "EntityName" n ON n.normalized LIKE k.key || ' %'
      WHERE NOT n.ambiguous AND substr(n.normalized, length(k.key) + 2) ~ '^[0-9]+$'
        AND NOT EXISTS (SELECT 1 FROM "EntityName" a WHERE a.normalized = k.key)
    ), near AS (
      SELECT e.id, max(similarity(n.normalized, ${folded}))::float8 AS sim
      FROM "EntityName" n JOIN "Entity" e ON e.id = n."entityId"
      WHERE ${folded.length >= 3}::boolean AND n.normalized % ${folded} AND NOT n.ambiguous
        AND NOT EXISTS (SELECT 1 FROM exact WHERE exact.key = ${folded})
      GROUP BY e.id
      HAVING max(similarity(n.normalized, ${folded})) >= ${SUGGEST_FROM}
      ORDER BY sim DESC, min(e.name)
      LIMIT 3
    ), found AS (
      SELECT id FROM exact UNION SELECT id FROM near
    )
    SELECT e.id, e.name, e.slug, e.type, near.sim,
           (SELECT array_agg(x.key ORDER BY x.form) FROM exact x WHERE x.id = e.id) AS keys,
           (SELECT array_agg(x.form ORDER BY x.form) FROM exact x WHERE x.id = e.id) AS forms,
           (SELECT string_agg(DISTINCT '(' || t.q || ')', ' | ')
            FROM "EntityName" n
            CROSS JOIN LATERAL (SELECT phraseto_tsquery('caspian', search_fold(n.name))::text AS q) t
            WHERE n."entityId" = e.id AND NOT n.ambiguous AND t.q <> '') AS names
    FROM found f JOIN "Entity" e ON e.id = f.id LEFT JOIN near ON near.id = e.id
    ORDER BY near.sim DESC NULLS FIRST, e.name`;
}

function formsOf(rows: readonly NameRow[]): NameForm[] {
  return rows.flatMap((row) =>
    row.names ? (row.keys ?? []).map((key, i) => ({ key, form: row.forms?.[i] ?? key, entityId: row.id })) : [],
  );
}

const namesOf = (rows: readonly NameRow[], ids: readonly string[]): string =>
  rows
    .filter((r) => ids.includes(r.id) && r.names)
    .map((r) => `(${r.names})`)
    .join(' | ');

/**
 * Finds the names in the query: every sequence of its words that is an entity's name, in any
 * form, takes the longest match and becomes an OR of all that entity's names, inside whatever
 * quotes, OR or minus surround it. When no word is a name, entities whose names look like the
 * query are proposed ("Kazakstan"), and a one-word query is also read as the nearest of them.
 */
export async function expandQuery(db: PrismaClient, q: string): Promise<ExpandedQuery> {
  const runs = nameRuns(q);
  const keys = nameKeys(runs);
  const folded = wholeQueryKey(q);
  const oneWord = folded.length > 0 && !folded.includes(' ');
  const rows = keys.length > 0 || folded.length >= 3 ? await lookUpNames(db, keys, seriesKeys(keys), folded) : [];
  const matches = matchNames(runs, formsOf(rows)).slice(0, MAX_EXPANDED_NAMES);
  const { text, placeholders } = withPlaceholders(q, matches);
  const matchedIds = [...new Set(matches.flatMap((m) => m.entityIds))];
  const near = rows.filter((r) => r.sim !== null);
  const [top] = near;
  const misspelt = matchedIds.length === 0 && oneWord && top && top.sim !== null && top.sim >= EXPAND_FROM && top.names ? top : undefined;
  const expanded = misspelt ? [misspelt] : rows.filter((r) => matchedIds.includes(r.id));
  return {
    text: foldDashes(text),
    names: placeholders.map((p) => ({ lexeme: p.lexeme, typed: p.typed, tsquery: namesOf(rows, p.entityIds) })),
    extra: misspelt ? namesOf(rows, [misspelt.id]) : '',
    expandedWith: expanded.map(toRef),
    expandedIds: expanded.map((r) => r.id),
    suggestions: near.map(toRef),
    suggestionIds: near.map((r) => r.id),
    suggestionQueries: near.map((r) => namesOf(rows, [r.id])),
    oneWord,
  };
}

/** Resolves the entity filter's slug. */
export async function findEntity(db: PrismaClient, slug: string): Promise<(EntityRef & { id: string }) | undefined> {
  const rows = await db.$queryRaw<Pick<NameRow, 'id' | 'name' | 'slug' | 'type'>[]>`
    SELECT id, name, slug, type FROM "Entity" WHERE slug = ${slug} LIMIT 1`;
  const row = rows[0];
  return row ? { id: row.id, name: row.name, slug: row.slug, type: row.type } : undefined;
}
