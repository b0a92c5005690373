import { getReaderDb as getDb } from '@/lib/platform/db';
import { env } from '@/lib/platform/env';
import { readDb } from '@/lib/platform/health/read-db';
import { SITEMAP_CONTENT_TYPE, sitemapIndexXml, sitemapParts } from '@/lib/formats/seo/sitemaps';

/** The sitemap index: one entry per part of at most 10,000 URLs (lib/formats/seo/sitemaps.ts). */
export async function GET(): Promise<Response> {
  const parts = await readDb(() => sitemapParts(getDb()));
  return new Response(sitemapIndexXml(env.SITE_URL, parts), {
    headers: { 'content-type': SITEMAP_CONTENT_TYPE, 'cache-control': 'public, max-age=3600' },
  });
}
