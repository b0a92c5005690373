import slugify from '@sindresorhus/slugify';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { EntityType } from '@/lib/generated/prisma/enums';
import { normalizeForMatch } from '@/lib/tagging';

type Tx = Prisma.TransactionClient;

/** A slug no entity has, nor had (former slugs still redirect to their entity). */
async function freeEntitySlug(tx: Tx, name: string): Promise<string> {
  const base = slugify(name) || 'entity';
  const [current, former] = await Promise.all([
    tx.entity.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } }),
    tx.entitySlug.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } }),
  ]);
  const taken = new Set([...current, ...former].map((r) => r.slug));
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

export interface Resolved {
  id: string;
  created: boolean;
}

/**
 * The entity a proposal's name stands for: one of that type already named so (an editor may have
 * created it since the import), or a new one made from the candidate, whose candidate rows are then
 * accepted with it.
 */
export async function resolveEntity(tx: Tx, name: string, type: EntityType, actorId: string, cache: Map<string, Resolved>): Promise<Resolved> {
  const normalized = normalizeForMatch(name);
  const key = `${type}|${normalized}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const known = await tx.entityName.findFirst({ where: { normalized, entity: { type } }, select: { entityId: true } });
  if (known) {
    const found = { id: known.entityId, created: false };
    cache.set(key, found);
    return found;
  }
  const entity = await tx.entity.create({
    data: {
      slug: await freeEntitySlug(tx, name),
      type,
      name,
      names: { create: { name, normalized, lang: /\p{Script=Latin}/u.test(name) ? 'en' : 'und', kind: 'CANONICAL' } },
    },
    select: { id: true, slug: true, type: true, name: true },
  });
  await tx.entityCandidate.updateMany({ where: { normalized, status: 'PROPOSED' }, data: { status: 'ACCEPTED' } });
  await tx.auditLog.create({
    data: { actorId, action: 'entity.create', targetType: 'entity', targetId: entity.id, after: { ...entity, fromProposal: true } },
  });
  const made = { id: entity.id, created: true };
  cache.set(key, made);
  return made;
}
