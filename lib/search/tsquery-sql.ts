import { Prisma, type PrismaClient } from '@/lib/generated/prisma/client';
import type { ExpandedQuery } from './expand-query';

/**
 * The tsquery of an expanded query, as one SQL expression of immutable functions over the
 * parameters: PostgreSQL folds it to a constant when planning, so the GIN index and the row
 * estimates see the real query, and parsing costs no round trip of its own. websearch_to_tsquery
 * never fails on syntax; each placeholder lexeme it leaves is swapped for the names' tsquery text,
 * which PostgreSQL itself produced, so the result always parses.
 */
export function tsquerySql({ text, names, extra }: Pick<ExpandedQuery, 'text' | 'names' | 'extra'>): Prisma.Sql {
  let query = Prisma.sql`websearch_to_tsquery('caspian', ${text})::text`;
  for (const { lexeme, typed, tsquery, variants } of names) {
    // The words as typed stay in: a series name ("Khazri") is more than the names it stands for.
    // Each other spelling or term is a phrase of its own; a part that has no word is left out
    // (|| and nullif keep the expression immutable, so it still folds when planning).
    const pieces = [typed, ...variants].map(
      (words) => Prisma.sql`coalesce('(' || nullif(phraseto_tsquery('caspian', search_fold(${words}))::text, '') || ') | ', '')`,
    );
    const last = Prisma.sql`coalesce(nullif(${tsquery}::text, ''), ${lexeme}::text)`;
    query = Prisma.sql`replace(${query}, ${lexeme}, '( ' || ${Prisma.join(pieces, ' || ')} || ${last} || ' )')`;
  }
  const parsed = Prisma.sql`(${query})::tsquery`;
  return extra ? Prisma.sql`(${parsed} || ${extra}::tsquery)` : parsed;
}

/** A tsquery already in text form (as returned with the counts). */
export function tsqueryText(text: string): Prisma.Sql {
  return Prisma.sql`${text}::tsquery`;
}

export function orQueries(...parts: string[]): string {
  const present = parts.filter((p) => p.length > 0);
  return present.length <= 1 ? (present[0] ?? '') : present.map((p) => `(${p})`).join(' | ');
}

/**
 * The tsquery texts of the whole query and of each part, in one small statement. Every later
 * statement takes them as parameters (tsqueryText): the expressions of tsquerySql, folded when
 * planning, cost the planner a text-search parse per occurrence, and a long query's ranking named
 * them a dozen times (40 ms of planning at 10,000 articles under load).
 */
export async function resolveTsqueries(db: PrismaClient, whole: Prisma.Sql, parts: readonly Prisma.Sql[]): Promise<{ query: string; parts: string[] }> {
  const partTexts = parts.length > 0 ? Prisma.sql`ARRAY[${Prisma.join(parts.map((p) => Prisma.sql`(${p})::text`))}]` : Prisma.sql`ARRAY[]::text[]`;
  const rows = await db.$queryRaw<{ query: string; parts: string[] }[]>`SELECT (${whole})::text AS query, ${partTexts} AS parts`;
  return { query: rows[0]?.query ?? '', parts: rows[0]?.parts ?? [] };
}
