'use client';

import { useActionState } from 'react';
import { approveSummaryAction, returnSummaryAction, type SummaryReviewState } from '@/lib/summaries/actions/review';
import { FieldError, FormMessage } from '@/components/ui/form-message';

const initial: SummaryReviewState = { ok: true };

/** Editors' decision on a summary in review: approve the draft as read, or send it back. */
export function SummaryReview({ summaryId, baseUpdatedAt }: { summaryId: string; baseUpdatedAt: string }) {
  const [approved, approve, approving] = useActionState(approveSummaryAction, initial);
  const [returned, sendBack, returning] = useActionState(returnSummaryAction, initial);
  const reasonErrors = returned.ok ? undefined : returned.fieldErrors?.reason;
  return (
    <div className="space-y-4 rounded border border-rule p-4">
      <h3 className="font-semibold">Review</h3>
      <form action={approve} className="space-y-2">
        <FormMessage state={approved} />
        <input type="hidden" name="summaryId" value={summaryId} />
        <input type="hidden" name="baseUpdatedAt" value={baseUpdatedAt} />
        <button type="submit" disabled={approving} className="rounded bg-accent px-3 py-1.5 font-medium text-paper disabled:opacity-60">
          {approving ? 'Publishing…' : 'Approve and publish this draft'}
        </button>
      </form>
      <form action={sendBack} className="space-y-2">
        <FormMessage state={returned} />
        <input type="hidden" name="summaryId" value={summaryId} />
        <input type="hidden" name="baseUpdatedAt" value={baseUpdatedAt} />
        <label htmlFor="return-reason" className="block text-sm font-medium">
          Or send it back to draft, saying why
        </label>
        <textarea
          id="return-reason"
          name="reason"
          rows={3}
          maxLength={2000}
          defaultValue={returned.values?.reason ?? ''}
          aria-invalid={reasonErrors ? true : undefined}
          aria-describedby={reasonErrors ? 'return-reason-error' : undefined}
          className="block w-full rounded border border-rule bg-paper px-3 py-2 text-sm text-ink"
        />
        <FieldError id="return-reason-error" errors={reasonErrors} />
        <button type="submit" disabled={returning} className="rounded border border-rule px-3 py-1.5 hover:border-accent disabled:opacity-60">
          {returning ? 'Sending back…' : 'Send back to draft'}
        </button>
      </form>
    </div>
  );
}
