'use client';

import { useActionState } from 'react';
import { setOwnPasswordAction } from '@/lib/people/actions/accounts';
import type { PeopleFormState } from '@/lib/people/form-state';
import { NewPasswordFields } from './new-password-fields';
import { usePasswordPair } from './password-pair';
import { Field, FormAlert, buttonClass, describedBy, fieldClass } from './form-bits';

export function PasswordForm({ email, passwordRules }: { email: string; passwordRules: string }) {
  const [state, action, pending] = useActionState<PeopleFormState, FormData>(setOwnPasswordAction, { ok: true });
  const { onSubmit, err } = usePasswordPair(action, state, { password: 'newPassword', confirm: 'confirmPassword' });
  return (
    <form action={action} onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormAlert state={state} />
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <Field id="pw-currentPassword" label="Current password" error={err('currentPassword')}>
        <input name="currentPassword" type="password" autoComplete="current-password" required className={fieldClass} {...describedBy('pw-currentPassword', err('currentPassword'))} />
      </Field>
      <NewPasswordFields idPrefix="pw" name="newPassword" label="New password" confirmLabel="The new password again" passwordRules={passwordRules} err={err} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? 'Changing…' : 'Change password and sign out'}
      </button>
    </form>
  );
}
