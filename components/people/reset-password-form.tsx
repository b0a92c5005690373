'use client';

import { useActionState } from 'react';
import { resetPasswordAction } from '@/lib/actions/password-reset';
import type { PeopleFormState } from '@/lib/people/form-state';
import { usePasswordPair } from './password-pair';
import { Field, FormAlert, buttonClass, describedBy, errorFor, fieldClass } from './form-bits';

export function ResetPasswordForm({ token, email, passwordRules }: { token: string; email: string; passwordRules: string }) {
  const [state, action, pending] = useActionState<PeopleFormState, FormData>(resetPasswordAction, { ok: true });
  const { onSubmit, mismatch } = usePasswordPair(action, { password: 'password', confirm: 'confirmPassword' });
  const err = (field: string) => (field === 'confirmPassword' && mismatch) || errorFor(state, field);
  return (
    <form action={action} onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormAlert state={state} />
      <input type="hidden" name="token" value={token} />
      {/* Lets password managers file the new password under the right account. */}
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <Field id="reset-password" label="New password" hint={passwordRules} error={err('password')}>
        <input name="password" type="password" autoComplete="new-password" required minLength={12} className={fieldClass} {...describedBy('reset-password', err('password'))} />
      </Field>
      <Field id="reset-confirmPassword" label="The same password again" error={err('confirmPassword')}>
        <input name="confirmPassword" type="password" autoComplete="new-password" required className={fieldClass} {...describedBy('reset-confirmPassword', err('confirmPassword'))} />
      </Field>
      <button type="submit" disabled={pending} className={`${buttonClass} w-full`}>
        {pending ? 'Saving…' : 'Set the new password'}
      </button>
    </form>
  );
}
