import { z } from 'zod';
import { citationKey } from '@/lib/formats/markdown/reference-syntax';
import type { CitationTarget } from '@/lib/formats/markdown';

/**
 * A cited paragraph as it stood when a revision was published (BriefRevision.citations). A type
 * alias, not an interface, so that a list of them is assignable to a Prisma Json column.
 */
export type CitedText = {
  ref: string;
  articleSlug: string;
  position: number;
  text: string;
};

const cited = z.object({
  articleSlug: z.string().min(1),
  position: z.number().int().positive(),
  text: z.string(),
});

/** The snapshot stored with a revision, from what the render resolved; one entry per paragraph. */
export function toCitationSnapshot(citations: readonly CitationTarget[]): CitedText[] {
  const seen = new Map<string, CitedText>();
  for (const c of citations) {
    const ref = citationKey(c.articleSlug, c.position);
    if (!seen.has(ref)) seen.set(ref, { ref, articleSlug: c.articleSlug, position: c.position, text: c.text });
  }
  return [...seen.values()];
}

/** Reads a stored snapshot back; entries that do not have the expected shape are skipped. */
export function parseCitationSnapshot(json: unknown): CitedText[] {
  if (!Array.isArray(json)) return [];
  return json.flatMap((entry) => {
    const parsed = cited.safeParse(entry);
    if (!parsed.success) return [];
    const { articleSlug, position, text } = parsed.data;
    return [{ ref: citationKey(articleSlug, position), articleSlug, position, text }];
  });
}
