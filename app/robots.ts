import type { MetadataRoute } from 'next';
import { env } from '@/lib/platform/env';
import { absoluteUrl } from '@/lib/formats/seo/escape';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/editor', '/sign-in', '/invite'] },
    sitemap: absoluteUrl(env.SITE_URL, '/sitemap.xml'),
  };
}
