import 'server-only';
import { listSelect, toListItem } from '@/lib/articles/effective';
import { briefHref, getPublishedBrief, listPublishedBriefs } from '@/lib/briefs/reader-queries';
import { getReaderDb as getDb } from '@/lib/platform/db';
import { entityHref } from '@/lib/entities/paths';
import { env } from '@/lib/platform/env';
import { readDb } from '@/lib/platform/health/read-db';
import { scanReferences } from '@/lib/formats/markdown';
import { absoluteUrl, absolutizeHtml } from '@/lib/formats/seo/escape';
import { SITE_NAME } from '@/lib/formats/seo/site';
import { normalizeForMatch } from '@/lib/tagging';
import type { Feed, FeedEntry } from './types';

const FEED_LIMIT = 50;
const url = (path: string) => absoluteUrl(env.SITE_URL, path);

export const briefsFeedUrls = { atom: url('/feeds/briefs.atom'), json: url('/feeds/briefs.json') };
export const entityFeedPath = (slug: string) => `/feeds/entities/${slug}.atom`;

/** Published briefs, latest revision of each, newest revision first, with their rendered text. */
export async function briefsFeed(): Promise<Feed> {
  const briefs = (await listPublishedBriefs())
    .sort((a, b) => b.lastRevisedAt.getTime() - a.lastRevisedAt.getTime())
    .slice(0, FEED_LIMIT);
  const entries = await Promise.all(
    briefs.map(async (b): Promise<FeedEntry> => {
      const page = url(briefHref(b.slug));
      const found = await getPublishedBrief(b.slug);
      const html = found?.kind === 'found' ? absolutizeHtml(found.value.feedHtml, env.SITE_URL, page) : undefined;
      return { url: page, title: b.title, updated: b.lastRevisedAt, published: b.firstPublishedAt, summary: b.dek, ...(html ? { html } : {}) };
    }),
  );
  return {
    title: `${SITE_NAME}: briefs`,
    description: 'Editor-written analyses of security cooperation in Central Asia and the Caspian.',
    homeUrl: url('/briefs'),
    atomUrl: briefsFeedUrls.atom,
    jsonUrl: briefsFeedUrls.json,
    author: SITE_NAME,
    entries,
  };
}

/** "New on Kazakhstan": articles that mention the entity and published briefs that link it; null if unknown. */
export async function entityFeed(slug: string): Promise<Feed | null> {
  return readDb(async () => {
    const db = getDb();
    const entity = await db.entity.findUnique({
      where: { slug },
      select: { id: true, slug: true, type: true, name: true, names: { select: { normalized: true } } },
    });
    if (!entity) return null;
    const [articles, briefs] = await Promise.all([
      db.article.findMany({
        where: { paragraphs: { some: { mentions: { some: { entityId: entity.id, status: { not: 'REJECTED' } } } } } },
        orderBy: [{ publishedAt: { sort: 'desc', nulls: 'last' } }, { importedAt: 'desc' }],
        take: FEED_LIMIT,
        select: { ...listSelect, importedAt: true, publishedAt: true },
      }),
      db.brief.findMany({
        where: { status: 'PUBLISHED', revisions: { some: {} } },
        select: { slug: true, revisions: { orderBy: { number: 'desc' }, take: 1, select: { title: true, body: true, publishedAt: true } } },
      }),
    ]);
    const names = new Set([normalizeForMatch(entity.name), ...entity.names.map((n) => n.normalized)]);
    const briefEntries = briefs.flatMap((b): FeedEntry[] => {
      const latest = b.revisions[0];
      if (!latest || !scanReferences(latest.body).entities.some((n) => names.has(normalizeForMatch(n)))) return [];
      return [{ url: url(briefHref(b.slug)), title: `Brief: ${latest.title}`, updated: latest.publishedAt }];
    });
    const articleEntries = articles.map((row): FeedEntry => {
      const item = toListItem(row);
      const source = item.source?.value.name;
      return {
        url: url(`/articles/${item.slug}`),
        title: item.title?.value ?? `Untitled: “${item.opening}”`,
        // Feeds need a date; an undated article is dated by its import, which is when it was new here.
        updated: row.publishedAt ?? row.importedAt,
        summary: `${source ? `${source}: ` : ''}${item.opening}`,
        ...(item.authors ? { authors: item.authors.value } : {}),
      };
    });
    return {
      title: `${SITE_NAME}: new on ${entity.name}`,
      description: `Articles that mention ${entity.name} and briefs that link it.`,
      homeUrl: url(entityHref(entity.type, entity.slug)),
      atomUrl: url(entityFeedPath(entity.slug)),
      author: SITE_NAME,
      entries: [...briefEntries, ...articleEntries].sort((a, b) => b.updated.getTime() - a.updated.getTime()),
    };
  });
}
