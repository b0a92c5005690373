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

/**
 * Entities have no publication date. One matches a date range when its own dates (an exercise's,
 * an organisation's founding onwards), a fact about it (as subject or object: a membership, a
 * term in office, a participation) or a non-rejected mention in an article published in the range
 * overlaps it. Each test is an EXISTS on an index (Entity's key, Fact's subjectId and objectId,
 * Mention's entityId), evaluated only for the entity documents the text query matched, cheapest
 * first. The mention test stops at the first article in range; the planner reads it from the
 * entity's mentions or from the range's articles, whichever it expects smaller. Its worst case is
 * an entity named often but never in the range: at 100,000 articles, Khazri-2023 (29,000
 * mentions) against 2010 took 0.25 s. Only a table of (entity, article date) would bound it.
 */
function entityInRange(lo: Prisma.Sql, hi: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(
    EXISTS (SELECT 1 FROM "Entity" e WHERE e.id = d."entityId" AND ${overlaps(ENTITY_SPAN, lo, hi)})
    OR EXISTS (SELECT 1 FROM "Fact" f WHERE f."subjectId" = d."entityId" AND ${overlaps(FACT_SPAN, lo, hi)})
    OR EXISTS (SELECT 1 FROM "Fact" f WHERE f."objectId" = d."entityId" AND ${overlaps(FACT_SPAN, lo, hi)})
    OR EXISTS (
      SELECT 1 FROM "Mention" m JOIN "Paragraph" p ON p.id = m."paragraphId" JOIN "Article" a ON a.id = p."articleId"
      WHERE m."entityId" = d."entityId" AND m.status IN ('PROPOSED', 'ACCEPTED')
        AND a."publishedAt" >= ${lo} AND a."publishedAt" < ${hi}))`;
}

const publishedIn = (lo: Prisma.Sql, hi: Prisma.Sql) => Prisma.sql`d."publishedAt" >= ${lo} AND d."publishedAt" < ${hi}`;

const byEra = (era: Era | undefined) => (era ? Prisma.sql`${era}::"Era" = ANY(d.eras)` : Prisma.sql`TRUE`);

const byEntity = (entityId: string | undefined) =>
  entityId
    ? Prisma.sql`(d."entityId" = ${entityId} OR d."articleId" IN (
        SELECT p."articleId" FROM "Mention" m JOIN "Paragraph" p ON p.id = m."paragraphId"
        WHERE m."entityId" = ${entityId} AND m.status <> 'REJECTED'))`
    : Prisma.sql`TRUE`;

/**
 * The documents matching the tsquery and the filters, as a FROM item aliased by the caller. Era:
 * an era in SearchDocument.eras, which holds a brief's every era (those of the articles it cites
 * and of its figures; see the migration search_eras). With dates, entities are a branch of their
 * own, read through the primary key's kind prefix: so the planner counts their date tests for the
 * few entity documents only, rather than for every match (which made it hash every mention in the
 * range, and JIT-compile the query, costing seconds at 100,000 articles).
 */
export function documentsSql(tsquery: Prisma.Sql, { era, entityId, from, to }: Filter): Prisma.Sql {
  const filters = Prisma.sql`${byEra(era)} AND ${byEntity(entityId)}`;
  if (!from && !to) return Prisma.sql`(SELECT d.* FROM "SearchDocument" d WHERE d.vector @@ ${tsquery} AND ${filters})`;
  const lo = from ? Prisma.sql`${from}::date::timestamp` : Prisma.sql`'-infinity'::timestamp`;
  const hi = to ? Prisma.sql`(${to}::date + 1)::timestamp` : Prisma.sql`'infinity'::timestamp`;
  // ts_match_vq is @@ in a form no index serves: the entity rows are read by kind, not by a second
  // scan of the GIN index.
  return Prisma.sql`(
    SELECT d.* FROM "SearchDocument" d
    WHERE d.kind <> 'entity' AND d.vector @@ ${tsquery} AND ${filters} AND ${publishedIn(lo, hi)}
    UNION ALL
    SELECT d.* FROM "SearchDocument" d
    WHERE d.kind = 'entity' AND ts_match_vq(d.vector, ${tsquery}) AND ${filters} AND ${entityInRange(lo, hi)})`;
}
