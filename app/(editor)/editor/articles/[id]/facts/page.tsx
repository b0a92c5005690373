import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AcceptAllProposals } from '@/components/facts/proposal-decision';
import { ProposalProgress } from '@/components/facts/proposal-progress';
import { ProposalReviewList } from '@/components/facts/proposal-review';
import { factProposalProgressAction } from '@/lib/facts/proposals/actions';
import { hasRole } from '@/lib/platform/auth/roles';
import { requirePageUser } from '@/lib/platform/auth/session';
import { getProposalProgress, getProposalReview } from '@/lib/facts/proposals/queries';
import { rowId } from '@/lib/summaries/schema';

type Props = PageProps<'/editor/articles/[id]/facts'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const review = rowId.safeParse(id).success ? await getProposalReview(id) : null;
  return { title: review ? `Proposed facts: ${review.article.title}` : 'Article not found', robots: { index: false } };
}

export default async function ProposedFactsPage({ params }: Props) {
  const { id } = await params;
  const user = await requirePageUser(`/editor/articles/${id}/facts`);
  if (!rowId.safeParse(id).success) notFound();
  const review = await getProposalReview(id);
  if (!review) notFound();
  const canDecide = hasRole(user.role, 'EDITOR');
  const progress = await getProposalProgress(review.article.id);
  return (
    <div className="max-w-4xl space-y-8">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={`/editor/articles/${review.article.id}`}>← {review.article.title}</Link>
      </nav>
      <header className="space-y-2">
        <h1 className="font-serif text-3xl font-semibold leading-tight">Proposed facts</h1>
        <p className="text-sm text-muted">
          What the text of <Link href={`/articles/${review.article.slug}`}>{review.article.title}</Link> states about exercises. Nothing here is
          public until accepted; an accepted fact cites its paragraph and these words, and shows in /compare at once.
        </p>
        {progress && progress.status !== 'done' ? (
          <ProposalProgress article={{ id: review.article.id }} initial={progress} load={factProposalProgressAction} refreshWhenDone />
        ) : null}
        {canDecide ? <AcceptAllProposals articleId={review.article.id} waiting={review.waiting} /> : <p className="text-sm text-muted">Editors accept or reject proposals.</p>}
      </header>
      <ProposalReviewList review={review} canDecide={canDecide} />
    </div>
  );
}
