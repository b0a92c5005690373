'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { restoreRevisionAction, type BriefFormState } from '@/lib/briefs/actions/editing';

/** Opens a published revision for editing; the action decides between the draft and a new brief. */
export function RestoreRevisionForm({ briefId, number, version }: { briefId: string; number: number; version: number }) {
  const [state, action, pending] = useActionState<BriefFormState | null, FormData>(restoreRevisionAction, null);
  return (
    <form action={action} aria-label={`Restore revision ${number}`} className="inline">
      <input type="hidden" name="briefId" value={briefId} />
      <input type="hidden" name="number" value={number} />
      <input type="hidden" name="baseVersion" value={version} />
      <button type="submit" disabled={pending} className="rounded border border-rule px-2 py-0.5 text-xs disabled:opacity-60">
        {pending ? 'Opening…' : 'Restore as draft'}
      </button>
      {state && !state.ok ? <FormMessage state={state} /> : null}
    </form>
  );
}
