'use client';

import { useActionState } from 'react';
import { reviewMentionAction, type DecisionState } from '@/lib/curation/actions';
import type { ReviewStatus } from '@/lib/generated/prisma/enums';

const start: DecisionState = { ok: true };
const button = 'rounded border border-rule px-2 py-0.5 text-xs hover:border-accent disabled:opacity-50';

/** Accept or reject one mention; a decision can be changed later. */
export function MentionDecision({ mentionId, status, surface }: { mentionId: string; status: ReviewStatus; surface: string }) {
  const [state, action, pending] = useActionState(reviewMentionAction, start);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="mentionId" value={mentionId} />
      <button type="submit" name="decision" value="ACCEPTED" disabled={pending || status === 'ACCEPTED'} aria-label={`Accept mention “${surface}”`} className={button}>
        Accept
      </button>
      <button type="submit" name="decision" value="REJECTED" disabled={pending || status === 'REJECTED'} aria-label={`Reject mention “${surface}”`} className={button}>
        Reject
      </button>
      {state.message ? (
        <span role={state.ok ? 'status' : 'alert'} className={`text-xs ${state.ok ? 'text-muted' : 'text-csto'}`}>
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
