'use client';

import { useActionState } from 'react';
import { decideProposalAction, type ProposalDecisionState } from '@/lib/facts/proposals/actions';

const start: ProposalDecisionState = { ok: true };
const button = 'rounded border border-rule px-2 py-0.5 text-xs hover:border-accent disabled:opacity-50';

function Message({ state }: { state: ProposalDecisionState }) {
  return state.message ? (
    <span role={state.ok ? 'status' : 'alert'} className={`text-xs ${state.ok ? 'text-muted' : 'text-csto'}`}>
      {state.message}
    </span>
  ) : null;
}

/** Accept or reject one proposed fact. */
export function ProposalDecision({ articleId, proposalId, label }: { articleId: string; proposalId: string; label: string }) {
  const [state, action, pending] = useActionState(decideProposalAction, start);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="proposalId" value={proposalId} />
      <button type="submit" name="decision" value="ACCEPTED" disabled={pending} aria-label={`Accept: ${label}`} className={button}>
        Accept
      </button>
      <button type="submit" name="decision" value="REJECTED" disabled={pending} aria-label={`Reject: ${label}`} className={button}>
        Reject
      </button>
      <Message state={state} />
    </form>
  );
}

/** Accept every proposal of the article still waiting, in one step. */
export function AcceptAllProposals({ articleId, waiting }: { articleId: string; waiting: number }) {
  const [state, action, pending] = useActionState(decideProposalAction, start);
  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="articleId" value={articleId} />
      <button
        type="submit"
        name="decision"
        value="ACCEPT_ALL"
        disabled={pending || waiting === 0}
        className="rounded bg-accent px-3 py-1.5 text-sm font-medium text-white hover:opacity-90 disabled:opacity-50"
      >
        {pending ? 'Accepting…' : `Accept all ${waiting} waiting`}
      </button>
      <Message state={state} />
    </form>
  );
}
