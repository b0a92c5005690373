'use client';

import { useActionState } from 'react';
import { setOwnPasswordAction } from '@/lib/actions/people';
import type { PeopleFormState } from '@/lib/people/form-state';
import { usePasswordPair } from './password-pair';
import { Field, FormAlert, buttonClass, describedBy, errorFor, fieldClass } from './form-bits';

export function PasswordForm({ email, passwordRules }: { email: string; passwordRules: string }) {
  const [state, action, pending] = useActionState<PeopleFormState, FormData>(setOwnPasswordAction, { ok: true });
  const { onSubmit, mismatch } = usePasswordPair(action, { password: 'newPassword', confirm: 'confirmPassword' });
  const err = (field: string) => (field === 'confirmPassword' && mismatch) || errorFor(state, field);
  return (
    <form action={action} onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormAlert state={state} />
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <Field id="pw-currentPassword" label="Current password" error={err('currentPassword')}>
        <input name="currentPassword" type="password" autoComplete="current-password" required className={fieldClass} {...describedBy('pw-currentPassword', err('currentPassword'))} />
      </Field>
      <Field id="pw-newPassword" label="New password" hint={passwordRules} error={err('newPassword')}>
        <input name="newPassword" type="password" autoComplete="new-password" required minLength={12} className={fieldClass} {...describedBy('pw-newPassword', err('newPassword'))} />
      </Field>
      <Field id="pw-confirmPassword" label="The new password again" error={err('confirmPassword')}>
        <input name="confirmPassword" type="password" autoComplete="new-password" required className={fieldClass} {...describedBy('pw-confirmPassword', err('confirmPassword'))} />
      </Field>
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? 'Changing…' : 'Change password and sign out'}
      </button>
    </form>
  );
}
