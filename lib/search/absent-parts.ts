import { Prisma, type PrismaClient } from '@/lib/generated/prisma/client';

/**
 * The parts (tsquery texts) with '' for each that no document has at all: a word no text uses
 * ("база" in a Russian query over English texts) cannot be among the "most of the words" a
 * relaxed match needs, or a query of names and such words would find nothing. One EXISTS per part,
 * answered by the text index (an absent word reads no row; a common one stops at the first).
 */
export async function withoutAbsentParts(db: PrismaClient, parts: readonly string[]): Promise<string[]> {
  const probed = parts.map((p, i) => ({ p, i })).filter(({ p }) => p !== '');
  if (probed.length === 0) return [...parts];
  const tests = probed.map(({ p }) => Prisma.sql`EXISTS (SELECT 1 FROM "SearchDocument" d WHERE d.vector @@ ${p}::tsquery)`);
  const rows = await db.$queryRaw<{ present: boolean[] }[]>`SELECT ARRAY[${Prisma.join(tests)}]::boolean[] AS present`;
  const present = rows[0]?.present ?? [];
  const out = [...parts];
  probed.forEach(({ i }, k) => {
    if (present[k] === false) out[i] = '';
  });
  return out;
}
