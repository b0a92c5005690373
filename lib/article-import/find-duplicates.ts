import { contentHash } from '@/lib/importer';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { containment, distinctivePhrase, shingles } from './near-duplicates';
import type { DuplicateRef } from './types';

const NEAR = 0.5;
const MAX_CANDIDATES = 20;

const href = (slug: string) => `/articles/${slug}`;

/**
 * The article already stored with the same text, and others telling the same story (an agency
 * piece syndicated by two outlets): found by their title or a phrase of the lead, then compared by
 * the word sequences they share.
 */
export async function findDuplicates(
  db: PrismaClient,
  text: string,
  title: string | null,
  paragraphs: readonly string[],
): Promise<{ exact: DuplicateRef | null; near: DuplicateRef[] }> {
  const same = await db.article.findUnique({ where: { contentHash: contentHash(text) }, select: { slug: true, parsedTitle: true } });
  const exact = same ? { slug: same.slug, url: href(same.slug), title: same.parsedTitle, similarity: 1 } : null;
  const phrase = paragraphs.map(distinctivePhrase).find((p): p is string => p !== null) ?? null;
  const or = [
    ...(title ? [{ parsedTitle: { equals: title, mode: 'insensitive' as const } }] : []),
    ...(phrase ? [{ paragraphs: { some: { text: { contains: phrase, mode: 'insensitive' as const } } } }] : []),
  ];
  if (or.length === 0) return { exact, near: [] };
  const found = await db.article.findMany({
    where: { OR: or, ...(same ? { NOT: { slug: same.slug } } : {}) },
    take: MAX_CANDIDATES,
    select: { slug: true, parsedTitle: true, paragraphs: { select: { text: true }, orderBy: { position: 'asc' } } },
  });
  const mine = shingles(paragraphs.join('\n'));
  const near = found
    .map((a) => ({ slug: a.slug, url: href(a.slug), title: a.parsedTitle, similarity: containment(mine, shingles(a.paragraphs.map((p) => p.text).join('\n'))) }))
    .filter((d) => d.similarity >= NEAR)
    .sort((a, b) => b.similarity - a.similarity)
    .map((d) => ({ ...d, similarity: Math.round(d.similarity * 100) / 100 }));
  return { exact, near };
}
