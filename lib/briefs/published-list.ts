import type { PrismaClient } from '@/lib/generated/prisma/client';
import { plainDek } from './plain-dek';

// The list of published briefs the reader lists, author pages and feeds share; takes its client,
// so tests run it on their own database.

export interface BriefListItem {
  slug: string;
  title: string;
  dek: string;
  latestRevision: number;
  firstPublishedAt: Date;
  lastRevisedAt: Date;
}

/** The published briefs of the given authors (all when omitted), as the lists show them. */
export async function loadPublishedBriefs(db: PrismaClient, authorIds?: string[]): Promise<BriefListItem[]> {
  const briefs = await db.brief.findMany({
    where: { status: 'PUBLISHED', revisions: { some: {} }, ...(authorIds ? { authorId: { in: authorIds } } : {}) },
    select: { id: true, slug: true, revisions: { orderBy: { number: 'desc' }, take: 1, select: { number: true, title: true, body: true, publishedAt: true } } },
  });
  const firsts = await db.briefRevision.groupBy({
    by: ['briefId'],
    where: { briefId: { in: briefs.map((b) => b.id) } },
    _min: { publishedAt: true },
  });
  const firstOf = new Map(firsts.map((f) => [f.briefId, f._min.publishedAt]));
  return briefs
    .flatMap((b) => {
      const latest = b.revisions[0];
      if (!latest) return [];
      const first = firstOf.get(b.id) ?? latest.publishedAt;
      return [{ slug: b.slug, title: latest.title, dek: plainDek(latest.body), latestRevision: latest.number, firstPublishedAt: first, lastRevisedAt: latest.publishedAt }];
    })
    .sort((x, y) => y.firstPublishedAt.getTime() - x.firstPublishedAt.getTime() || x.slug.localeCompare(y.slug));
}
