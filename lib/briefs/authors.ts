import type { PrismaClient } from '@/lib/generated/prisma/client';
import { authorSlug } from './author-slug';
import { loadPublishedBriefs, type BriefListItem } from './published-list';

export interface AuthorPage {
  slug: string;
  /** Usually one; two people whose names make the same slug share the page, each named. */
  names: string[];
  briefs: BriefListItem[];
}

/** What an author page shows, or null when nobody with published work has that slug. */
export async function loadAuthorPage(db: PrismaClient, slug: string): Promise<AuthorPage | null> {
  const authors = await db.user.findMany({
    where: { briefsAuthored: { some: { status: 'PUBLISHED', revisions: { some: {} } } } },
    select: { id: true, name: true },
    orderBy: { name: 'asc' },
  });
  const matching = authors.filter((a) => authorSlug(a.name) === slug);
  if (matching.length === 0) return null;
  const briefs = await loadPublishedBriefs(db, matching.map((a) => a.id));
  return { slug, names: [...new Set(matching.map((a) => a.name))], briefs };
}
