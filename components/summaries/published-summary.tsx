import type { PublishedSummary as PublishedSummaryData } from '@/lib/summaries/types';
import { SummaryBody } from './summary-body';
import { SummaryCredit } from './summary-credit';

/** The editor's summary on a reader page: only ever the approved text. */
export function PublishedSummary({ summary }: { summary: PublishedSummaryData }) {
  if (summary.retraction) {
    return (
      <p role="note" className="rounded border border-csto/40 bg-csto-soft px-4 py-3 text-sm">
        The editors retracted their summary on <time dateTime={summary.retraction.at}>{summary.retraction.at.slice(0, 10)}</time>: {summary.retraction.reason}
      </p>
    );
  }
  return (
    <div className="rounded border border-rule bg-accent-soft/40 px-4 py-3">
      <SummaryBody markdown={summary.body} />
      <SummaryCredit authorName={summary.authorName} approverName={summary.approverName} publishedAt={summary.publishedAt} />
    </div>
  );
}
