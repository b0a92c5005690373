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
import { getRevision, parseRevisionNumber, revisionHref } from '@/lib/briefs/reader-queries';

// Rendered on first request, then served from the page cache until one of its tags expires.
export function generateStaticParams(): { n: string }[] {
  return [];
}

type Props = PageProps<'/briefs/[slug]/v/[n]'>;

async function load({ params }: Props) {
  const { slug, n } = await params;
  const number = parseRevisionNumber(n);
  return isValidSlug(slug) && number !== null ? getRevision(slug, number) : null;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const found = await load(props);
  if (found?.kind !== 'found') return { title: 'Revision not found' };
  const { value } = found;
  const superseded = value.withdrawn || value.revision.number !== value.latest.number;
  return {
    title: `${value.revision.title} (revision ${value.revision.number})`,
    description: value.dek,
    alternates: { canonical: revisionHref(value.slug, value.revision.number), types: briefsFeedAlternates },
    other: citationMeta(briefWork(value, env.SITE_URL, accessedNow()), 'brief'),
    // Kept for links and citations; search engines should send readers to the current text.
    ...(superseded ? { robots: { index: false, follow: true } } : {}),
  };
}

export default async function RevisionPage(props: Props) {
  const found = await load(props);
  if (found?.kind === 'redirect') permanentRedirect(found.to);
  if (!found) notFound();
  return (
    <>
      <BriefArticle view={found.value} permalink />
      <BriefExtras view={found.value} path={revisionHref(found.value.slug, found.value.revision.number)} />
    </>
  );
}
