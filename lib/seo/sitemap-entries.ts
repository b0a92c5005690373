import 'server-only';
import type { MetadataRoute } from 'next';
import { briefHref, revisionHref } from '@/lib/briefs/reader-queries';
import { getDb } from '@/lib/db';
import { ENTITY_TYPES, entityHref, TYPE_SEGMENTS } from '@/lib/entities/paths';
import { env } from '@/lib/env';
import { readDb } from '@/lib/health/read-db';
import { absoluteUrl } from './escape';

const STATIC_PATHS = ['/', '/articles', '/briefs', '/entities', '/compare'];

/** Every public page a search engine should know: listings, articles, entities, briefs and their revisions. */
export async function sitemapEntries(): Promise<MetadataRoute.Sitemap> {
  return readDb(async () => {
    const db = getDb();
    const [articles, entities, briefs] = await Promise.all([
      db.article.findMany({ orderBy: { slug: 'asc' }, select: { slug: true, importedAt: true } }),
      db.entity.findMany({ orderBy: [{ type: 'asc' }, { slug: 'asc' }], select: { slug: true, type: true, updatedAt: true } }),
      db.brief.findMany({
        where: { status: 'PUBLISHED', revisions: { some: {} } },
        orderBy: { slug: 'asc' },
        select: { slug: true, revisions: { orderBy: { number: 'asc' }, select: { number: true, publishedAt: true } } },
      }),
    ]);
    const url = (path: string) => absoluteUrl(env.SITE_URL, path);
    return [
      ...STATIC_PATHS.map((path) => ({ url: url(path) })),
      ...ENTITY_TYPES.map((type) => ({ url: url(`/${TYPE_SEGMENTS[type]}`) })),
      ...articles.map((a) => ({ url: url(`/articles/${a.slug}`), lastModified: a.importedAt })),
      ...entities.map((e) => ({ url: url(entityHref(e.type, e.slug)), lastModified: e.updatedAt })),
      ...briefs.flatMap((b) => {
        const latest = b.revisions.at(-1);
        return [
          { url: url(briefHref(b.slug)), ...(latest ? { lastModified: latest.publishedAt } : {}) },
          ...b.revisions.map((r) => ({ url: url(revisionHref(b.slug, r.number)), lastModified: r.publishedAt })),
        ];
      }),
    ];
  });
}
