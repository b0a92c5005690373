import type { PublishedSummary as PublishedSummaryData } from '@/lib/summaries/types';
import { SummaryBody } from './summary-body';
import { SummaryCredit } from './summary-credit';

/** The editor's summary on a reader page: only ever the approved text. */
export function PublishedSummary({ summary }: { summary: PublishedSummaryData }) {
  return (
    <div className="rounded border border-rule bg-accent-soft/40 px-4 py-3">
      <SummaryBody markdown={summary.body} />
      <SummaryCredit authorName={summary.authorName} approverName={summary.approverName} publishedAt={summary.publishedAt} />
    </div>
  );
}
