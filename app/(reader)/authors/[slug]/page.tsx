import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { BriefCard } from '@/components/briefs/reader/brief-card';
import { isValidSlug } from '@/lib/articles/slug-param';
import { getAuthorPage } from '@/lib/briefs/author-pages';
import { authorFeedPath, authorHref } from '@/lib/briefs/paths';
import { env } from '@/lib/platform/env';
import { absoluteUrl } from '@/lib/formats/seo/escape';

// Rendered on first request, then served from the page cache until a brief list changes.
export function generateStaticParams(): { slug: string }[] {
  return [];
}

type Props = PageProps<'/authors/[slug]'>;

async function load({ params }: Props) {
  const { slug } = await params;
  return isValidSlug(slug) ? getAuthorPage(slug) : null;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const page = await load(props);
  if (!page) return { title: 'Author not found' };
  const names = page.names.join(' and ');
  return {
    title: `Briefs by ${names}`,
    description: `Published briefs written by ${names}.`,
    alternates: {
      canonical: authorHref(page.slug),
      types: { 'application/atom+xml': [{ url: absoluteUrl(env.SITE_URL, authorFeedPath(page.slug)), title: `Briefs by ${names} (Atom)` }] },
    },
  };
}

export default async function AuthorPage(props: Props) {
  const page = await load(props);
  if (!page) notFound();
  const names = page.names.join(' and ');
  return (
    <div className="mx-auto max-w-3xl">
      <nav aria-label="Breadcrumb" className="mb-4 text-sm">
        <Link href="/briefs">← All briefs</Link>
      </nav>
      <h1 className="font-serif text-3xl font-semibold">Briefs by {names}</h1>
      <p className="mt-2 text-muted">
        {page.briefs.length} published {page.briefs.length === 1 ? 'brief' : 'briefs'}, newest first. <Link href={authorFeedPath(page.slug)}>Follow the feed (Atom)</Link>
      </p>
      <section aria-label={`Briefs by ${names}`} className="mt-6">
        {page.briefs.map((b) => (
          <BriefCard key={b.slug} brief={b} />
        ))}
      </section>
    </div>
  );
}
