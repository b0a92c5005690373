import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { BriefArticle } from '@/components/briefs/reader/brief-article';
import { BriefExtras } from '@/components/seo/brief-extras';
import { isValidSlug } from '@/lib/articles/slug-param';
import { briefWork } from '@/lib/formats/citations';
import { accessedNow } from '@/lib/formats/citations/request';
import { env } from '@/lib/platform/env';
import { briefsFeedAlternates } from '@/lib/formats/seo/alternates';
import { citationMeta } from '@/lib/formats/seo/citation-meta';
import { briefHref, getPublishedBrief } from '@/lib/briefs/reader-queries';

// Rendered on first request, then served from the page cache until one of its tags expires.
export function generateStaticParams(): { slug: string }[] {
  return [];
}

type Props = PageProps<'/briefs/[slug]'>;

async function load({ params }: Props) {
  const { slug } = await params;
  return isValidSlug(slug) ? getPublishedBrief(slug) : null;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const found = await load(props);
  if (found?.kind !== 'found') return { title: 'Brief not found' };
  const { value } = found;
  return {
    title: value.revision.title,
    description: value.dek,
    alternates: { canonical: briefHref(value.slug), types: briefsFeedAlternates },
    other: citationMeta(briefWork(value, env.SITE_URL, accessedNow()), 'brief'),
    openGraph: { type: 'article', title: value.revision.title, description: value.dek, publishedTime: value.revisions[0]?.publishedAt.toISOString(), modifiedTime: value.latest.publishedAt.toISOString() },
  };
}

export default async function BriefPage(props: Props) {
  const found = await load(props);
  if (found?.kind === 'redirect') permanentRedirect(found.to);
  if (!found) notFound();
  return (
    <>
      <BriefArticle view={found.value} />
      <BriefExtras view={found.value} path={briefHref(found.value.slug)} />
    </>
  );
}
