'use client';

import { useActionState } from 'react';
import { Field, FormAlert, buttonClass, describedBy, errorFor, fieldClass } from '@/components/people/form-bits';
import { newRecoveryCodesAction } from '@/lib/platform/auth/mfa/actions';
import type { ActionResult } from '@/lib/platform/auth/session';
import { RecoveryCodeList } from './recovery-code-list';

type State = ActionResult<{ recoveryCodes: string[] }> | null;

/** New recovery codes after a current code; the old ones stop working. */
export function NewRecoveryCodesForm() {
  const [state, action, pending] = useActionState<State, FormData>(newRecoveryCodesAction, null);
  if (state?.ok && state.data) {
    return (
      <section aria-labelledby="recovery-heading" className="space-y-3">
        <p role="status" className="rounded border border-accent/40 bg-accent-soft px-3 py-2 text-sm">
          New recovery codes are ready; the old ones no longer work.
        </p>
        <RecoveryCodeList codes={state.data.recoveryCodes} />
      </section>
    );
  }
  const err = state ? errorFor({ ...state }, 'code') : undefined;
  return (
    <form action={action} className="space-y-3" noValidate>
      {state ? <FormAlert state={state} /> : null}
      <p className="text-sm">New recovery codes replace all the old ones, used or not.</p>
      <Field id="recovery-code" label="A current code, to get new recovery codes" error={err}>
        <input name="code" type="text" autoComplete="one-time-code" required maxLength={32} className={fieldClass} {...describedBy('recovery-code', err)} />
      </Field>
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? 'Making new codes…' : 'Get new recovery codes'}
      </button>
    </form>
  );
}
