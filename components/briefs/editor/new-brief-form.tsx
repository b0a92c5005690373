'use client';

import { useActionState } from 'react';
import { createBriefAction, type BriefFormState } from '@/lib/briefs/actions/editing';
import { MAX_TITLE } from '@/lib/briefs/service/limits';

/** Starts a brief from its title; the editor opens on it. */
export function NewBriefForm() {
  const [state, action, pending] = useActionState<BriefFormState | null, FormData>(createBriefAction, null);
  const error = state && !state.ok ? (state.fieldErrors?.title?.[0] ?? state.message) : null;
  return (
    <form action={action} className="flex flex-wrap items-end gap-3 rounded border border-rule p-4" noValidate>
      <label className="block min-w-0 flex-1 basis-64 text-sm font-medium">
        Title of a new brief
        <input
          name="title"
          required
          maxLength={MAX_TITLE}
          defaultValue={state?.values?.title ?? ''}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'new-brief-error' : undefined}
          className="mt-1 block w-full rounded border border-rule bg-paper px-3 py-2 font-normal text-ink"
        />
      </label>
      <button type="submit" disabled={pending} className="rounded bg-accent px-4 py-2 font-medium text-paper disabled:opacity-60">
        {pending ? 'Creating…' : 'New brief'}
      </button>
      {error ? (
        <p id="new-brief-error" role="alert" className="basis-full text-sm text-csto">
          {error}
        </p>
      ) : null}
    </form>
  );
}
