'use client';

import { useActionState } from 'react';
import { retractSummaryAction, type SummaryReviewState } from '@/lib/summaries/actions/review';
import { FieldError, FormMessage } from '@/components/ui/form-message';

const initial: SummaryReviewState = { ok: true };

/** Editors withdraw a published summary, saying why; the reason is shown to readers. */
export function RetractSummaryForm({ summaryId, baseUpdatedAt }: { summaryId: string; baseUpdatedAt: string }) {
  const [state, action, pending] = useActionState(retractSummaryAction, initial);
  const errors = state.ok ? undefined : state.fieldErrors?.reason;
  return (
    <details className="rounded border border-rule px-3 py-2">
      <summary className="cursor-pointer text-sm font-medium">Retract the published summary</summary>
      <form action={action} className="mt-2 space-y-2">
        <FormMessage state={state} />
        <input type="hidden" name="summaryId" value={summaryId} />
        <input type="hidden" name="baseUpdatedAt" value={baseUpdatedAt} />
        <label htmlFor="retract-reason" className="block text-sm font-medium">
          Why (readers see this in its place)
        </label>
        <textarea
          id="retract-reason"
          name="reason"
          rows={2}
          maxLength={1000}
          defaultValue={state.values?.reason ?? ''}
          aria-invalid={errors ? true : undefined}
          aria-describedby={errors ? 'retract-reason-error' : undefined}
          className="block w-full rounded border border-rule bg-paper px-3 py-2 text-sm text-ink"
        />
        <FieldError id="retract-reason-error" errors={errors} />
        <button type="submit" disabled={pending} className="rounded border border-csto/50 px-3 py-1.5 text-sm text-csto disabled:opacity-60">
          {pending ? 'Retracting…' : 'Retract'}
        </button>
      </form>
    </details>
  );
}
