import { getReaderDb as getDb } from '@/lib/platform/db';
import { env } from '@/lib/platform/env';
import { readDb } from '@/lib/platform/health/read-db';
import { parsePartFile, SITEMAP_CONTENT_TYPE, sitemapPartUrls, urlsetXml } from '@/lib/formats/seo/sitemaps';

// The segment is the whole file name, "articles-3.xml": a dynamic segment cannot carry a suffix.
export async function GET(_request: Request, { params }: RouteContext<'/sitemaps/[file]'>): Promise<Response> {
  const part = parsePartFile((await params).file);
  const urls = part ? await readDb(() => sitemapPartUrls(getDb(), part)) : null;
  if (!urls) {
    return new Response('No such sitemap; /sitemap.xml lists them all.\n', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  return new Response(urlsetXml(env.SITE_URL, urls), {
    headers: { 'content-type': SITEMAP_CONTENT_TYPE, 'cache-control': 'public, max-age=3600' },
  });
}
