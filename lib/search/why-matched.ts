import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { SearchKind } from './types';

/** A form of the reader's words that a document has where it lacks the words as typed. */
export interface MatchedForm {
  /** The form the document has ("Ochamchira"). */
  form: string;
  /** What the reader typed ("Ochamchire"). */
  typed: string;
  /** True for a name of an entity, false for another spelling or term ("manoeuvres" for "drills"). */
  name: boolean;
}

export interface ExplainGroup {
  typed: string;
  forms: string[];
  name: boolean;
}

/**
 * For each document, in order, the forms it matched instead of what the reader typed: one per
 * group whose typed words the document does not have, the first of the group's forms it has.
 * The phrases are tested on the documents' vectors (kept in the row), a few hundred tests a page.
 */
export async function fetchMatchedForms(
  db: PrismaClient,
  docs: readonly { kind: SearchKind; refId: string }[],
  groups: readonly ExplainGroup[],
): Promise<MatchedForm[][]> {
  const wanted = groups.flatMap((g, gi) => [g.typed, ...g.forms].map((form, fi) => ({ gi, fi: fi - 1, form })));
  if (docs.length === 0 || wanted.length === 0) return docs.map(() => []);
  const rows = await db.$queryRaw<{ n: bigint; g: number; i: number }[]>`
    SELECT p.n, f.g, f.i
    FROM unnest(${docs.map((d) => d.kind)}::text[], ${docs.map((d) => d.refId)}::text[]) WITH ORDINALITY AS p(kind, "refId", n)
    JOIN "SearchDocument" d ON d.kind = p.kind AND d."refId" = p."refId"
    CROSS JOIN unnest(${wanted.map((w) => w.gi)}::int[], ${wanted.map((w) => w.fi)}::int[], ${wanted.map((w) => w.form)}::text[]) AS f(g, i, form)
    CROSS JOIN LATERAL (SELECT phraseto_tsquery('caspian', search_fold(f.form)) AS q) t
    WHERE numnode(t.q) > 0 AND d.vector @@ t.q`;
  const hits = new Map<number, Map<number, number[]>>();
  for (const { n, g, i } of rows) {
    const byGroup = hits.get(Number(n)) ?? new Map<number, number[]>();
    byGroup.set(g, [...(byGroup.get(g) ?? []), i]);
    hits.set(Number(n), byGroup);
  }
  return docs.map((_, index) => {
    const byGroup = hits.get(index + 1);
    if (!byGroup) return [];
    return groups.flatMap((group, gi) => {
      const found = byGroup.get(gi) ?? [];
      if (found.includes(-1)) return [];
      const first = Math.min(...found);
      const form = group.forms[first];
      return form ? [{ form, typed: group.typed, name: group.name }] : [];
    });
  });
}
