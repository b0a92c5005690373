import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SummaryEditor } from '@/components/summaries/summary-editor';
import { isValidSlug } from '@/lib/articles/slug-param';
import { hasRole } from '@/lib/platform/auth/roles';
import { currentUser, requirePageUser } from '@/lib/platform/auth/session';
import { TYPE_LABELS } from '@/lib/entities/paths';
import { getEntitySummaryForEditor } from '@/lib/summaries/queries';

type Props = PageProps<'/editor/summaries/entity/[slug]'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  if (!(await currentUser())) return { title: 'Sign in', robots: { index: false } };
  const data = isValidSlug(slug) ? await getEntitySummaryForEditor(slug) : null;
  return { title: data ? `Summary: ${data.target.label ?? slug}` : 'Entity not found', robots: { index: false } };
}

export default async function EntitySummaryPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const user = await requirePageUser(`/editor/summaries/entity/${slug}`);
  const data = isValidSlug(slug) ? await getEntitySummaryForEditor(slug) : null;
  if (!data) notFound();
  const { done } = await searchParams;
  const { target } = data;
  return (
    <div className="max-w-3xl space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/editor/summaries">← Summaries</Link>
      </nav>
      <header className="space-y-1">
        <p className="text-sm text-muted">{target.entityType ? TYPE_LABELS[target.entityType].one : 'Entity'}</p>
        <h1 className="font-serif text-3xl font-semibold">{target.label}</h1>
        <p className="text-sm">
          <Link href={target.readerHref}>Open the reader page</Link>
        </p>
      </header>
      <section id="summary" aria-labelledby="summary-heading" className="space-y-3">
        <h2 id="summary-heading" className="text-sm font-semibold uppercase tracking-wide text-muted">
          Summary
        </h2>
        <SummaryEditor data={data} canReview={hasRole(user.role, 'EDITOR')} done={typeof done === 'string' ? done : undefined} />
      </section>
    </div>
  );
}
