'use client';

import { useActionState } from 'react';
import { saveSummaryAction, type SummaryFormState } from '@/lib/actions/summaries';
import { SUMMARY_MAX_LENGTH } from '@/lib/summaries/types';
import { FieldError, FormMessage } from './form-message';

interface Props {
  targetKind: 'article' | 'entity';
  targetId: string;
  draftBody: string;
  /** The version the form starts from; empty for a new summary. */
  baseUpdatedAt: string;
  inReview: boolean;
}

const initial: SummaryFormState = { ok: true };

export function SummaryForm({ targetKind, targetId, draftBody, baseUpdatedAt, inReview }: Props) {
  const [state, action, pending] = useActionState(saveSummaryAction, initial);
  const errors = state.ok ? undefined : state.fieldErrors?.body;
  return (
    <form action={action} className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="targetKind" value={targetKind} />
      <input type="hidden" name="targetId" value={targetId} />
      <input type="hidden" name="baseUpdatedAt" value={baseUpdatedAt} />
      <label className="block text-sm font-medium" htmlFor="summary-body">
        Draft (Markdown)
      </label>
      <textarea
        id="summary-body"
        name="body"
        rows={10}
        maxLength={SUMMARY_MAX_LENGTH}
        defaultValue={state.values?.body ?? draftBody}
        aria-invalid={errors ? true : undefined}
        aria-describedby={errors ? 'summary-body-error summary-body-help' : 'summary-body-help'}
        className="block w-full rounded border border-rule bg-paper px-3 py-2 font-mono text-sm text-ink"
      />
      <FieldError id="summary-body-error" errors={errors} />
      <p id="summary-body-help" className="text-xs text-muted">
        Markdown: **bold**, *italic*, lists, links. At most {SUMMARY_MAX_LENGTH.toLocaleString('en')} characters. Readers see the
        published text until an editor approves this draft.
      </p>
      <div className="flex flex-wrap gap-2">
        <button type="submit" name="intent" value="save" disabled={pending} className="rounded border border-rule px-3 py-1.5 hover:border-accent disabled:opacity-60">
          {pending ? 'Saving…' : 'Save draft'}
        </button>
        <button type="submit" name="intent" value="submit" disabled={pending} className="rounded bg-accent px-3 py-1.5 font-medium text-paper disabled:opacity-60">
          {inReview ? 'Save (stays in review)' : 'Save and submit for review'}
        </button>
      </div>
    </form>
  );
}
