import type { ArticleListItem } from '@/lib/articles/dto';
import { absoluteUrl } from '@/lib/formats/seo/escape';
import { SITE_NAME } from '@/lib/formats/seo/site';
import type { CitableWork, CiteDate } from './types';

type ArticleFields = Pick<ArticleListItem, 'slug' | 'title' | 'opening' | 'authors' | 'source' | 'published'>;

/** A source article, or one paragraph of it (a single claim), as a citable work. */
export function articleWork(article: ArticleFields, siteUrl: string, accessed: Date, paragraph?: number): CitableWork {
  const published = article.published?.value;
  // A time-stamped date is read in the source's own time zone, so the day is the source's day.
  const date: CiteDate | null = published
    ? {
        iso: new Date(new Date(published.iso).getTime() + (published.precision === 'MINUTE' ? (published.tzOffsetMinutes ?? 0) : 0) * 60_000).toISOString(),
        precision: published.precision,
      }
    : null;
  const path = `/articles/${article.slug}${paragraph ? `#p-${paragraph}` : ''}`;
  return {
    title: article.title?.value ?? null,
    description: `Untitled article beginning “${article.opening}”`,
    authors: article.authors?.value ?? [],
    publisher: article.source?.value.name ?? null,
    date,
    url: absoluteUrl(siteUrl, path),
    accessed,
    ...(paragraph ? { paragraph } : {}),
  };
}

/** A brief's revision, cited at its permanent address; briefs are published by the site itself. */
export function briefWork(
  brief: { slug: string; revision: { number: number; title: string; publishedAt: Date } },
  siteUrl: string,
  accessed: Date,
): CitableWork {
  return {
    title: brief.revision.title,
    description: 'Untitled brief',
    authors: [],
    publisher: SITE_NAME,
    date: { iso: brief.revision.publishedAt.toISOString(), precision: 'DAY' },
    url: absoluteUrl(siteUrl, `/briefs/${brief.slug}/v/${brief.revision.number}`),
    accessed,
    revision: brief.revision.number,
  };
}
