import type { Metadata } from 'next';
import Link from 'next/link';
import { SummaryQueueList } from '@/components/summaries/summary-queue';
import { requirePageUser } from '@/lib/platform/auth/session';
import { TYPE_LABELS } from '@/lib/entities/paths';
import { getSummaryQueue } from '@/lib/summaries/queries';

export const metadata: Metadata = { title: 'Summaries', robots: { index: false } };

export default async function SummariesPage() {
  await requirePageUser('/editor/summaries');
  const queue = await getSummaryQueue();
  return (
    <div className="space-y-8">
      <header className="space-y-1">
        <h1 className="font-serif text-3xl font-semibold">Summaries</h1>
        <p className="text-muted">
          Summaries of articles and entities. Contributors write and submit drafts; editors approve them. Readers see only approved
          text. Article summaries are written from each <Link href="/editor/articles">article’s editor page</Link>.
        </p>
      </header>
      <section aria-labelledby="review-heading" className="space-y-2">
        <h2 id="review-heading" className="text-sm font-semibold uppercase tracking-wide text-muted">
          In review ({queue.inReview.length})
        </h2>
        <SummaryQueueList items={queue.inReview} empty="Nothing is waiting for review." dateOf="updated" />
      </section>
      <section aria-labelledby="drafts-heading" className="space-y-2">
        <h2 id="drafts-heading" className="text-sm font-semibold uppercase tracking-wide text-muted">
          Drafts ({queue.drafts.length})
        </h2>
        <SummaryQueueList items={queue.drafts} empty="No drafts." dateOf="updated" />
      </section>
      <section aria-labelledby="published-heading" className="space-y-2">
        <h2 id="published-heading" className="text-sm font-semibold uppercase tracking-wide text-muted">
          Recently published
        </h2>
        <SummaryQueueList items={queue.recentlyPublished} empty="No summary has been published yet." dateOf="published" />
      </section>
      <section aria-labelledby="start-heading" className="space-y-2">
        <h2 id="start-heading" className="text-sm font-semibold uppercase tracking-wide text-muted">
          Entities without a summary, most named first
        </h2>
        {queue.entitiesWithout.length > 0 ? (
          <ul className="columns-1 gap-6 text-sm sm:columns-2">
            {queue.entitiesWithout.map((e) => (
              <li key={e.slug} className="py-0.5">
                <Link href={`/editor/summaries/entity/${e.slug}`}>{e.name}</Link>{' '}
                <span className="text-xs text-muted">
                  {TYPE_LABELS[e.type].one.toLowerCase()} · {e.mentions} mentions
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-muted">Every entity has a summary.</p>
        )}
      </section>
    </div>
  );
}
