'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { restoreFromTrashAction, trashBriefAction, type BriefFormState } from '@/lib/briefs/actions/editing';

/** Moves a never-published draft to the trash, or takes it out again. */
export function TrashForm({ briefId, restore }: { briefId: string; restore: boolean }) {
  const [state, action, pending] = useActionState<BriefFormState | null, FormData>(restore ? restoreFromTrashAction : trashBriefAction, null);
  const label = restore ? 'Restore from the trash' : 'Move to trash';
  return (
    <form action={action} aria-label={label} className="space-y-2">
      <input type="hidden" name="briefId" value={briefId} />
      {state && !state.ok ? <FormMessage state={state} /> : null}
      <button
        type="submit"
        disabled={pending}
        className={`rounded px-3 py-1.5 text-sm font-medium disabled:opacity-60 ${restore ? 'bg-accent text-paper' : 'border border-csto/50 text-csto'}`}
      >
        {pending ? 'Working…' : label}
      </button>
    </form>
  );
}
