import { Prisma } from '@/lib/generated/prisma/client';
import type { Era } from '@/lib/generated/prisma/enums';

export interface Filter {
  era?: Era;
  entityId?: string;
  /** Inclusive dates, YYYY-MM-DD. */
  from?: string;
  to?: string;
}

// A date stands for its whole year, month or day, as its precision says.
const period = (precision: Prisma.Sql) => Prisma.sql`CASE ${precision}
  WHEN 'YEAR' THEN interval '1 year' WHEN 'MONTH' THEN interval '1 month' WHEN 'MINUTE' THEN interval '1 minute'
  ELSE interval '1 day' END`;

interface Span {
  start: Prisma.Sql;
  startPrecision: Prisma.Sql;
  end: Prisma.Sql;
  endPrecision: Prisma.Sql;
  /** Without an end, true: it lasted its start's period (an exercise, a meeting); false: it goes on (a membership). */
  instant: Prisma.Sql;
}

/** [start, end) overlaps [lo, hi); an open start reaches back indefinitely. */
function overlaps(s: Span, lo: Prisma.Sql, hi: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(${s.start} IS NOT NULL OR ${s.end} IS NOT NULL)
    AND coalesce(${s.start}, '-infinity') < ${hi}
    AND CASE WHEN ${s.end} IS NOT NULL THEN ${s.end} + ${period(s.endPrecision)}
             WHEN ${s.instant} THEN ${s.start} + ${period(s.startPrecision)}
             ELSE 'infinity' END > ${lo}`;
}

const ENTITY_SPAN: Span = {
  start: Prisma.sql`e."startDate"`,
  startPrecision: Prisma.sql`e."startPrecision"`,
  end: Prisma.sql`e."endDate"`,
  endPrecision: Prisma.sql`e."endPrecision"`,
  instant: Prisma.sql`e.type IN ('EXERCISE', 'EVENT')`,
};

const FACT_SPAN: Span = {
  start: Prisma.sql`f."fromDate"`,
  startPrecision: Prisma.sql`f."fromPrecision"`,
  end: Prisma.sql`f."toDate"`,
  endPrecision: Prisma.sql`f."toPrecision"`,
  instant: Prisma.sql`f.kind IN ('PARTICIPATED_IN', 'HELD_IN', 'SIGNED', 'MET')`,
};

/** How many of a range's newest articles are looked through first for an entity they name. */
export const RECENT_IN_RANGE = 100;

/**
 * Entities have no publication date. One matches a date range when its own dates (an exercise's,
 * an organisation's founding onwards), a fact about it (as subject or object: a membership, a
 * term in office, a participation) or an article published in the range that names it (a
 * non-rejected mention: the article document's "entityIds") overlaps it. Each test is an EXISTS,
 * evaluated only for the entity documents the text query matched, cheapest first: Entity's key,
 * Fact's subjectId and objectId, then the articles. An entity named often is found among the
 * range's RECENT_IN_RANGE newest articles; one named rarely, through the bitmaps of "entityIds" and
 * publishedAt (search_names_between), which read that entity's articles in the range only. Either
 * alone costs a bitmap of every article of a common entity, or a walk of the whole range for a rare
 * one; before "entityIds", this walked every mention of the entity (0.25 s for Khazri-2023, 29,000
 * mentions, against 2010 at 100,000 articles).
 */
function entityInRange(lo: Prisma.Sql, hi: Prisma.Sql): Prisma.Sql {
  const inRange = Prisma.sql`a.kind = 'article' AND a."publishedAt" >= ${lo} AND a."publishedAt" < ${hi}`;
  return Prisma.sql`(
    EXISTS (SELECT 1 FROM "Entity" e WHERE e.id = d."entityId" AND ${overlaps(ENTITY_SPAN, lo, hi)})
    OR EXISTS (SELECT 1 FROM "Fact" f WHERE f."subjectId" = d."entityId" AND ${overlaps(FACT_SPAN, lo, hi)})
    OR EXISTS (SELECT 1 FROM "Fact" f WHERE f."objectId" = d."entityId" AND ${overlaps(FACT_SPAN, lo, hi)})
    OR EXISTS (
      SELECT 1 FROM (SELECT a."entityIds" FROM "SearchDocument" a WHERE ${inRange} ORDER BY a."publishedAt" DESC NULLS LAST LIMIT ${RECENT_IN_RANGE}) a
      WHERE d."entityId" = ANY(a."entityIds"))
    OR search_names_between(d."entityId", ${lo}, ${hi}))`;
}

interface Range {
  lo: Prisma.Sql;
  hi: Prisma.Sql;
}

function rangeOf({ from, to }: Filter): Range | undefined {
  if (!from && !to) return undefined;
  return {
    lo: from ? Prisma.sql`${from}::date::timestamp` : Prisma.sql`'-infinity'::timestamp`,
    hi: to ? Prisma.sql`(${to}::date + 1)::timestamp` : Prisma.sql`'infinity'::timestamp`,
  };
}

const publishedIn = ({ lo, hi }: Range) => Prisma.sql`d."publishedAt" >= ${lo} AND d."publishedAt" < ${hi}`;

const byEra = (era: Era | undefined) => (era ? Prisma.sql`${era}::"Era" = ANY(d.eras)` : Prisma.sql`TRUE`);

// An article's document and its summary's carry the entities the article mentions (not rejected);
// an entity's own documents (its page, its summary) are its. Briefs name no entity this way.
const byEntity = (entityId: string | undefined) =>
  entityId ? Prisma.sql`(d."entityId" = ${entityId} OR d."entityIds" @> ARRAY[${entityId}]::text[])` : Prisma.sql`TRUE`;

/**
 * The articles matching the tsquery and the filters, as a WHERE condition on the alias d. The text,
 * mention and date tests each have an index (the vector's, "entityIds"'s, publishedAt's), which the
 * planner combines or walks; the era is read from the row.
 */
export function articlesWhere(tsquery: Prisma.Sql, filter: Filter): Prisma.Sql {
  return Prisma.sql`d.kind = 'article' AND d.vector @@ ${tsquery} AND ${articleFilters(filter)}`;
}

/**
 * The filters alone, for articles. An article's eras are [era] (search_eras), so the era is tested
 * on the column, which an index orders by date within each era.
 */
export function articleFilters({ era, entityId, ...dates }: Filter): Prisma.Sql {
  const range = rangeOf(dates);
  return Prisma.sql`${era ? Prisma.sql`d.era = ${era}::"Era"` : Prisma.sql`TRUE`}
    AND ${entityId ? Prisma.sql`d."entityIds" @> ARRAY[${entityId}]::text[]` : Prisma.sql`TRUE`}
    AND ${range ? publishedIn(range) : Prisma.sql`TRUE`}`;
}

/**
 * The other documents (entities, briefs, summaries) matching the tsquery and the filters, as a
 * FROM item aliased by the caller: few, and read through a text index of their own (partial, kind
 * <> 'article'), so every search counts and ranks all of them. Era: an era in
 * SearchDocument.eras, which holds a brief's every era (those of the articles it cites and of its
 * figures; see the migration search_eras). With dates, entities are a branch of their own, so
 * their date tests run for the entity documents alone.
 */
export function otherDocumentsSql(tsquery: Prisma.Sql, filter: Filter): Prisma.Sql {
  const filters = Prisma.sql`${byEra(filter.era)} AND ${byEntity(filter.entityId)}`;
  const range = rangeOf(filter);
  if (!range) return Prisma.sql`(SELECT d.* FROM "SearchDocument" d WHERE d.kind <> 'article' AND d.vector @@ ${tsquery} AND ${filters})`;
  return Prisma.sql`(
    SELECT d.* FROM "SearchDocument" d
    WHERE d.kind <> 'article' AND d.kind <> 'entity' AND d.vector @@ ${tsquery} AND ${filters} AND ${publishedIn(range)}
    UNION ALL
    SELECT d.* FROM "SearchDocument" d
    WHERE d.kind <> 'article' AND d.kind = 'entity' AND d.vector @@ ${tsquery} AND ${filters} AND ${entityInRange(range.lo, range.hi)})`;
}
