'use client';

import { useActionState } from 'react';
import { Field, FormAlert, buttonClass, describedBy, errorFor, fieldClass } from '@/components/people/form-bits';
import { requestPasswordResetAction } from '@/lib/people/actions/password-reset';
import type { PeopleFormState } from '@/lib/people/form-state';

export function ForgotPasswordForm() {
  const [state, action, pending] = useActionState<PeopleFormState, FormData>(requestPasswordResetAction, { ok: true });
  const err = errorFor(state, 'email');
  if (state.ok && state.message) {
    return (
      <p role="status" className="rounded border border-accent/40 bg-accent-soft p-3 text-sm">
        {state.message}
      </p>
    );
  }
  return (
    <form key={state.values?.email} action={action} className="space-y-4" noValidate>
      <FormAlert state={state} />
      <Field id="forgot-email" label="Email" error={err}>
        <input name="email" type="email" autoComplete="username" required defaultValue={state.values?.email} className={fieldClass} {...describedBy('forgot-email', err)} />
      </Field>
      <button type="submit" disabled={pending} className={`${buttonClass} w-full`}>
        {pending ? 'Sending…' : 'Send me a reset link'}
      </button>
    </form>
  );
}
