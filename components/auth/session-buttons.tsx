'use client';

import { useActionState } from 'react';
import { clearAllLocalDrafts } from '@/components/briefs/editor/local-draft';
import { endSessionAction, signOutEverywhereAction } from '@/lib/platform/auth/actions';
import type { ActionResult } from '@/lib/platform/auth/session';

const small = 'rounded border border-rule px-2 py-1 text-sm hover:border-accent disabled:opacity-60';

function Problem({ state }: { state: ActionResult | null }) {
  return state && !state.ok ? (
    <p role="alert" className="text-sm text-csto">
      {state.message}
    </p>
  ) : null;
}

export function EndSessionButton({ sessionId, label }: { sessionId: string; label: string }) {
  const [state, action, pending] = useActionState(endSessionAction, null);
  return (
    <form action={action}>
      <input type="hidden" name="sessionId" value={sessionId} />
      <button type="submit" disabled={pending} className={small} aria-label={label}>
        {pending ? 'Ending…' : 'End session'}
      </button>
      <Problem state={state} />
    </form>
  );
}

/** Also forgets the brief text kept in this browser, as signing out does. */
export function SignOutEverywhereButton() {
  const [state, action, pending] = useActionState(signOutEverywhereAction, null);
  return (
    <form action={action} onSubmit={() => clearAllLocalDrafts()}>
      <button type="submit" disabled={pending} className={small}>
        {pending ? 'Signing out…' : 'Sign out everywhere'}
      </button>
      <Problem state={state} />
    </form>
  );
}
