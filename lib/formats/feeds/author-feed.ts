import 'server-only';
import { loadAuthorPage } from '@/lib/briefs/authors';
import { authorFeedPath, authorHref, briefHref } from '@/lib/briefs/paths';
import { getDb } from '@/lib/platform/db';
import { env } from '@/lib/platform/env';
import { readDb } from '@/lib/platform/health/read-db';
import { absoluteUrl } from '@/lib/formats/seo/escape';
import { SITE_NAME } from '@/lib/formats/seo/site';
import type { Feed } from './types';

const url = (path: string) => absoluteUrl(env.SITE_URL, path);

/** An author's published briefs, newest revision first; null when nobody with published work has the slug. */
export async function authorFeed(slug: string): Promise<Feed | null> {
  return readDb(async () => {
    const page = await loadAuthorPage(getDb(), slug);
    if (!page) return null;
    const names = page.names.join(' and ');
    return {
      title: `${SITE_NAME}: briefs by ${names}`,
      description: `Briefs written by ${names}.`,
      homeUrl: url(authorHref(slug)),
      atomUrl: url(authorFeedPath(slug)),
      author: SITE_NAME,
      entries: [...page.briefs]
        .sort((a, b) => b.lastRevisedAt.getTime() - a.lastRevisedAt.getTime())
        .map((b) => ({ url: url(briefHref(b.slug)), title: b.title, updated: b.lastRevisedAt, published: b.firstPublishedAt, summary: b.dek, authors: page.names })),
    };
  });
}
