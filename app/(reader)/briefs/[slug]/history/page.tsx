import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { CompareForm } from '@/components/briefs/reader/compare-form';
import { RevisionList } from '@/components/briefs/reader/revision-list';
import { isValidSlug } from '@/lib/articles/slug-param';
import { briefHref, getBriefHistory, historyHref } from '@/lib/briefs/reader-queries';

// Rendered on first request, then served from the page cache until one of its tags expires.
export function generateStaticParams(): { slug: string }[] {
  return [];
}

type Props = PageProps<'/briefs/[slug]/history'>;

async function load({ params }: Props) {
  const { slug } = await params;
  return isValidSlug(slug) ? getBriefHistory(slug) : null;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const found = await load(props);
  if (found?.kind !== 'found') return { title: 'Brief not found' };
  const { value } = found;
  const count = value.revisions.length;
  return {
    title: `History: ${value.latest.title}`,
    description: `${count} published ${count === 1 ? 'revision' : 'revisions'} of the brief “${value.latest.title}”, with dates, publishers and correction notes.`,
    alternates: { canonical: historyHref(value.slug) },
    ...(value.withdrawn ? { robots: { index: false, follow: true } } : {}),
  };
}

export default async function BriefHistoryPage(props: Props) {
  const found = await load(props);
  if (found?.kind === 'redirect') permanentRedirect(found.to);
  if (!found) notFound();
  const history = found.value;
  const { slug, latest, revisions } = history;

  return (
    <div className="mx-auto max-w-3xl">
      <nav aria-label="Breadcrumb" className="mb-4 flex flex-wrap gap-x-2 text-sm">
        <Link href="/briefs">← All briefs</Link>
        {history.withdrawn ? null : (
          <>
            <span aria-hidden="true">›</span>
            <Link href={briefHref(slug)}>The brief</Link>
          </>
        )}
      </nav>
      <header className="mb-6">
        <p className="text-sm font-medium uppercase tracking-wide text-muted">Revision history</p>
        <h1 className="mt-1 font-serif text-3xl font-semibold leading-tight">{latest.title}</h1>
        <p className="mt-2 text-muted">
          {revisions.length} published {revisions.length === 1 ? 'revision' : 'revisions'}. Each stays readable at its own
          address and never changes; corrections are published as new revisions.
          {history.withdrawn ? ' The editors have since withdrawn this brief.' : ''}
        </p>
      </header>
      <section aria-labelledby="compare-heading" className="mb-8 rounded border border-rule px-4 py-4">
        <h2 id="compare-heading" className="mb-3 font-semibold">
          Compare two revisions
        </h2>
        {revisions.length > 1 ? (
          <CompareForm slug={slug} revisions={revisions} from={latest.number - 1} to={latest.number} />
        ) : (
          <p className="text-sm text-muted">Only one revision has been published, so there is nothing to compare yet.</p>
        )}
      </section>
      <section aria-labelledby="revisions-heading">
        <h2 id="revisions-heading" className="sr-only">
          Revisions, newest first
        </h2>
        <RevisionList history={history} />
      </section>
    </div>
  );
}
