import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { EntityType } from '@/lib/generated/prisma/enums';

export interface NameRow {
  id: string;
  name: string;
  slug: string;
  type: EntityType;
  /** Similarity of the nearest name to the whole query, for entities found that way; else null. */
  sim: number | null;
  keys: string[] | null;
  forms: string[] | null;
  /** The tsquery text of all the entity's unambiguous names. */
  names: string | null;
  /** Word sequences of the query that look like one of its names (see FUZZY_FROM), and how much. */
  fuzzyKeys: string[] | null;
  fuzzySims: number[] | null;
  /** Its unambiguous names as written, and their cores (see CORE). */
  allForms: string[] | null;
  cores: string[] | null;
}

/** Below this trigram similarity a name is not offered as "Did you mean". */
export const SUGGEST_FROM = 0.35;

/** A word sequence of the query this close to a name's core is taken as that name, misspelt. */
export const FUZZY_FROM = 0.5;

/**
 * A name without the generic words after it, or a year: "Ochamchira district" → "Ochamchira",
 * "Khazri-2023" → "Khazri". Texts say "a naval base in Ochamchira" as often as they name the
 * district, so the core is what a reader types and what a misspelling is compared with.
 */
const CORE = String.raw`([[:space:]]+(district|region|province|oblast|city|town|village|bay|port|municipality|raion|island|peninsula|river|lake))+$|([[:space:]]*[-–]?[[:space:]]*[0-9]+)+$`;

/** A bracketed qualifier ending a name: "Rubezh (exercise series)". */
const QUALIFIER = String.raw`[[:space:]]*\([^)]*\)$`;

/**
 * One round trip: the unambiguous names equal to a word sequence of the query (btree on
 * EntityName.normalized) or, for a sequence that is no name itself, equal to it followed by a
 * number ("Khazri" for Khazri-2023: exercises are named by series and year; GIN trigram index,
 * through LIKE); the names whose core looks like one of `fuzzy` (misspellings and other
 * transliterations typed anywhere in the query: the GIN trigram index through <%, then the core's
 * similarity); and, unless the whole query is a name, the names nearest to it by trigram
 * similarity (same index). Each entity comes with the tsquery of all its unambiguous names. Keys
 * hold only letters, digits and spaces (tokenize), so they need no LIKE escaping.
 */
export async function lookUpNames(db: PrismaClient, keys: string[], seriesKeys: string[], fuzzy: string[], folded: string): Promise<NameRow[]> {
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
    ), fuzzy AS (
      SELECT k.key, n."entityId" AS id, max(similarity(k.key, c.core))::float8 AS sim
      FROM unnest(${fuzzy}::text[]) AS k(key)
      JOIN "EntityName" n ON k.key <% n.normalized
      CROSS JOIN LATERAL (SELECT regexp_replace(n.normalized, ${CORE}, '') AS core) c
      WHERE NOT n.ambiguous AND c.core <> '' AND similarity(k.key, c.core) >= ${FUZZY_FROM}
      GROUP BY k.key, n."entityId"
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
      SELECT id FROM exact UNION SELECT id FROM near UNION SELECT id FROM fuzzy
    )
    SELECT e.id, e.name, e.slug, e.type, near.sim,
           (SELECT array_agg(x.key ORDER BY x.form) FROM exact x WHERE x.id = e.id) AS keys,
           (SELECT array_agg(x.form ORDER BY x.form) FROM exact x WHERE x.id = e.id) AS forms,
           (SELECT string_agg(DISTINCT '(' || t.q || ')', ' | ')
            FROM "EntityName" n
            -- A name's qualifier in brackets is the knowledge base's, not the texts': "Rubezh
            -- (exercise series)" is searched as "Rubezh", which finds its yearly editions too.
            CROSS JOIN LATERAL (SELECT phraseto_tsquery('caspian', search_fold(regexp_replace(n.name, ${QUALIFIER}, '')))::text AS q) t
            -- An ambiguous name of several words ("Steppe Eagle") is searched with the others
            -- once the reader has named the entity: as a phrase it rarely means anything else.
            WHERE n."entityId" = e.id AND (NOT n.ambiguous OR n.normalized LIKE '% %') AND t.q <> '') AS names,
           (SELECT array_agg(f.key ORDER BY f.key) FROM fuzzy f WHERE f.id = e.id) AS "fuzzyKeys",
           (SELECT array_agg(f.sim ORDER BY f.key) FROM fuzzy f WHERE f.id = e.id) AS "fuzzySims",
           (SELECT array_agg(n.name ORDER BY n.name) FROM "EntityName" n WHERE n."entityId" = e.id AND NOT n.ambiguous) AS "allForms",
           (SELECT array_agg(DISTINCT regexp_replace(n.name, ${CORE}, '', 'i'))
            FROM "EntityName" n WHERE n."entityId" = e.id AND NOT n.ambiguous) AS cores
    FROM found f JOIN "Entity" e ON e.id = f.id LEFT JOIN near ON near.id = e.id
    ORDER BY near.sim DESC NULLS FIRST, e.name`;
}
