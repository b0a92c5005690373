import { getReaderDb as getDb } from '@/lib/db';
import { env } from '@/lib/env';
import { readDb } from '@/lib/health/read-db';
import { SITEMAP_CONTENT_TYPE, sitemapIndexXml, sitemapParts } from '@/lib/seo/sitemaps';

/** The sitemap index: one entry per part of at most 10,000 URLs (lib/seo/sitemaps.ts). */
export async function GET(): Promise<Response> {
  const parts = await readDb(() => sitemapParts(getDb()));
  return new Response(sitemapIndexXml(env.SITE_URL, parts), {
    headers: { 'content-type': SITEMAP_CONTENT_TYPE, 'cache-control': 'public, max-age=3600' },
  });
}
