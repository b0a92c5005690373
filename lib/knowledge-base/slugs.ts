import slugify from '@sindresorhus/slugify';
import { Refusal } from '@/lib/platform/result';
import type { Tx } from '@/lib/platform/db/tx';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Slugs no entity has, nor had (former slugs still redirect to their entity), one per name and all distinct. */
export async function freeSlugs(tx: Tx, names: readonly string[]): Promise<string[]> {
  const bases = names.map((n) => slugify(n) || 'entity');
  const prefixes = [...new Set(bases)].map((base) => ({ slug: { startsWith: base } }));
  const [current, former] = await Promise.all([
    tx.entity.findMany({ where: { OR: prefixes }, select: { slug: true } }),
    tx.entitySlug.findMany({ where: { OR: prefixes }, select: { slug: true } }),
  ]);
  const taken = new Set([...current, ...former].map((r) => r.slug));
  return bases.map((base) => {
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    return slug;
  });
}

/** Refuses a slug that another entity has or had; an entity may take back one of its own former slugs. */
export async function assertSlugFree(tx: Tx, slug: string, entityId: string): Promise<void> {
  if (!SLUG_PATTERN.test(slug) || slug.length > 120) {
    throw new Refusal('Nothing was saved: check the marked fields.', { fieldErrors: { slug: ['Lowercase letters, digits and single hyphens (khazri-2023).'] } });
  }
  const [current, former] = await Promise.all([
    tx.entity.findUnique({ where: { slug }, select: { id: true, name: true } }),
    tx.entitySlug.findUnique({ where: { slug }, select: { entityId: true, entity: { select: { name: true } } } }),
  ]);
  if (current && current.id !== entityId) throw new Refusal('Nothing was saved: check the marked fields.', { fieldErrors: { slug: [`${current.name} has this address.`] } });
  if (former && former.entityId !== entityId) throw new Refusal('Nothing was saved: check the marked fields.', { fieldErrors: { slug: [`This address redirects to ${former.entity.name}.`] } });
}
