import slugify from '@sindresorhus/slugify';
import type { Prisma } from '@/lib/generated/prisma/client';

type Tx = Prisma.TransactionClient;

/** A publication named by an editor: the existing one of that name (any case), or a new one. */
export async function findOrCreateSource(tx: Tx, rawName: string): Promise<{ id: string; created: boolean }> {
  const name = rawName.trim().replace(/\s+/g, ' ');
  const found = await tx.source.findFirst({ where: { name: { equals: name, mode: 'insensitive' } }, select: { id: true } });
  if (found) return { id: found.id, created: false };
  const base = slugify(name) || 'source';
  const taken = new Set((await tx.source.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((s) => s.slug));
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  const created = await tx.source.create({ data: { name, slug }, select: { id: true } });
  return { id: created.id, created: true };
}
