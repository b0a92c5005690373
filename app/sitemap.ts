import type { MetadataRoute } from 'next';
import { sitemapEntries } from '@/lib/seo/sitemap-entries';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return sitemapEntries();
}
