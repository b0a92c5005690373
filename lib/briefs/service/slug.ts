import slugify from '@sindresorhus/slugify';
import type { Tx } from './types';

export const MAX_SLUG = 80;
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// Room for "-NN" so a numbered variant of a long slug stays within MAX_SLUG.
const MAX_BASE = MAX_SLUG - 4;

// Kazakh and other Central Asian Cyrillic letters the transliterator would otherwise drop.
const CENTRAL_ASIAN: Array<[string, string]> = [
  ['Қ', 'Q'], ['қ', 'q'], ['Ғ', 'G'], ['ғ', 'g'], ['Ң', 'N'], ['ң', 'n'], ['Ө', 'O'], ['ө', 'o'],
  ['Ү', 'U'], ['ү', 'u'], ['Ұ', 'U'], ['ұ', 'u'], ['Һ', 'H'], ['һ', 'h'], ['Ә', 'A'], ['ә', 'a'],
  ['І', 'I'], ['і', 'i'], ['Ü', 'U'], ['ü', 'u'], ['Ö', 'O'], ['ö', 'o'],
];

/** A URL slug for a title, cut at a word boundary; "brief" when nothing is left. */
export function slugFromTitle(title: string): string {
  const slug = slugify(title, { decamelize: false, customReplacements: CENTRAL_ASIAN });
  if (slug.length <= MAX_BASE) return slug || 'brief';
  const cut = slug.slice(0, MAX_BASE + 1);
  const dash = cut.lastIndexOf('-');
  return (dash > 0 ? cut.slice(0, dash) : slug.slice(0, MAX_BASE)).replace(/-+$/, '') || 'brief';
}

/** Slugs in use now or formerly by any brief: a public URL is never handed to another brief. */
async function usedSlugs(tx: Tx, prefix: string): Promise<Set<string>> {
  const [current, former] = await Promise.all([
    tx.brief.findMany({ where: { slug: { startsWith: prefix } }, select: { slug: true } }),
    tx.briefSlug.findMany({ where: { slug: { startsWith: prefix } }, select: { slug: true } }),
  ]);
  return new Set([...current, ...former].map((r) => r.slug));
}

/** `base`, or `base-2`, `base-3`, … : the first that no brief has ever used. */
export async function freeSlug(tx: Tx, base: string): Promise<string> {
  const used = await usedSlugs(tx, base);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}

/** Who holds a slug, now or formerly: null when it is free. */
export async function slugHolder(tx: Tx, slug: string): Promise<{ briefId: string; former: boolean } | null> {
  const [current, former] = await Promise.all([
    tx.brief.findUnique({ where: { slug }, select: { id: true } }),
    tx.briefSlug.findUnique({ where: { slug }, select: { briefId: true } }),
  ]);
  if (current) return { briefId: current.id, former: false };
  if (former) return { briefId: former.briefId, former: true };
  return null;
}
