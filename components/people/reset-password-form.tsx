'use client';

import { useActionState } from 'react';
import { resetPasswordAction } from '@/lib/people/actions/password-reset';
import type { PeopleFormState } from '@/lib/people/form-state';
import { NewPasswordFields } from './new-password-fields';
import { usePasswordPair } from './password-pair';
import { FormAlert, buttonClass } from './form-bits';

export function ResetPasswordForm({ token, email, passwordRules }: { token: string; email: string; passwordRules: string }) {
  const [state, action, pending] = useActionState<PeopleFormState, FormData>(resetPasswordAction, { ok: true });
  const { onSubmit, err } = usePasswordPair(action, state, { password: 'password', confirm: 'confirmPassword' });
  return (
    <form action={action} onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormAlert state={state} />
      <input type="hidden" name="token" value={token} />
      {/* Lets password managers file the new password under the right account. */}
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <NewPasswordFields idPrefix="reset" name="password" label="New password" confirmLabel="The same password again" passwordRules={passwordRules} err={err} />
      <button type="submit" disabled={pending} className={`${buttonClass} w-full`}>
        {pending ? 'Saving…' : 'Set the new password'}
      </button>
    </form>
  );
}
