import type { SummaryEditorData } from '@/lib/summaries/types';
import { SummaryBody } from './summary-body';
import { SummaryCredit } from './summary-credit';
import { SummaryForm } from './summary-form';
import { RetractSummaryForm } from './retract-summary-form';
import { SummaryReview } from './summary-review';
import { SummaryStatusBadge } from './summary-status-badge';

const DONE: Record<string, string> = {
  saved: 'Draft saved.',
  submitted: 'Saved and submitted for review.',
  approved: 'Approved: readers now see this summary.',
  returned: 'Sent back to draft with your reason.',
  retracted: 'Retracted: readers now see your reason instead of the summary.',
};

/** Everything about one summary for editors: status, credits, published text, draft and review. */
export function SummaryEditor({ data, canReview, done }: { data: SummaryEditorData; canReview: boolean; done?: string }) {
  const { target, summary } = data;
  const notice = done && Object.hasOwn(DONE, done) ? DONE[done] : undefined;
  return (
    <div className="space-y-4">
      {notice ? (
        <p role="status" className="rounded border border-post/40 bg-post-soft px-3 py-2 text-sm text-post">
          {notice}
        </p>
      ) : null}
      {summary ? (
        <div className="space-y-1 text-sm">
          <SummaryStatusBadge status={summary.status} unpublishedChanges={summary.hasUnpublishedChanges} />
          <p className="text-muted">
            Started by {summary.author.name}
            {summary.approvedBy ? `; the published text was approved by ${summary.approvedBy.name}` : '; never published'}.
          </p>
        </div>
      ) : (
        <p className="text-sm text-muted">No summary yet. Write one below; an editor approves it before readers see it.</p>
      )}
      {summary?.returnReason ? (
        <div role="note" className="rounded border border-csto/40 bg-csto-soft px-3 py-2 text-sm text-csto">
          <strong>Sent back by the reviewer:</strong> {summary.returnReason}
        </div>
      ) : null}
      {summary?.publishedBody ? (
        <details className="rounded border border-rule px-3 py-2" open={!summary.hasUnpublishedChanges}>
          <summary className="cursor-pointer text-sm font-medium">What readers see now</summary>
          <div className="mt-2">
            <SummaryBody markdown={summary.publishedBody} />
            <SummaryCredit authorName={summary.author.name} approverName={summary.approvedBy?.name ?? null} publishedAt={summary.publishedAt} />
          </div>
        </details>
      ) : null}
      {summary?.publishedBody && canReview ? <RetractSummaryForm summaryId={summary.id} baseUpdatedAt={summary.updatedAt} /> : null}
      {summary?.retraction && !summary.publishedBody ? (
        <p role="note" className="rounded border border-csto/40 bg-csto-soft px-3 py-2 text-sm text-csto">
          Retracted on {new Date(summary.retraction.at).toISOString().slice(0, 10)}: {summary.retraction.reason}. Readers see this reason until a new text is
          approved.
        </p>
      ) : null}
      {summary?.status === 'IN_REVIEW' ? (
        <div className="rounded border border-rule px-3 py-2">
          <p className="mb-2 text-sm font-medium">The draft in review, as readers would see it</p>
          <SummaryBody markdown={summary.draftBody} />
        </div>
      ) : null}
      {summary?.status === 'IN_REVIEW' && canReview ? <SummaryReview summaryId={summary.id} baseUpdatedAt={summary.updatedAt} /> : null}
      <SummaryForm
        // A new version from the server replaces what the form started from.
        key={summary?.updatedAt ?? 'new'}
        targetKind={target.kind}
        targetId={target.id}
        draftBody={summary?.draftBody ?? ''}
        baseUpdatedAt={summary?.updatedAt ?? ''}
        inReview={summary?.status === 'IN_REVIEW'}
      />
    </div>
  );
}
