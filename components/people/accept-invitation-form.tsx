'use client';

import { useActionState } from 'react';
import { acceptInvitationAction } from '@/lib/people/actions/accounts';
import type { PeopleFormState } from '@/lib/people/form-state';
import { NewPasswordFields } from './new-password-fields';
import { usePasswordPair } from './password-pair';
import { Field, FormAlert, buttonClass, describedBy, fieldClass } from './form-bits';

export function AcceptInvitationForm({ token, email, suggestedName, passwordRules }: { token: string; email: string; suggestedName: string; passwordRules: string }) {
  const [state, action, pending] = useActionState<PeopleFormState, FormData>(acceptInvitationAction, { ok: true });
  const name = state.values?.name ?? suggestedName;
  const { onSubmit, err } = usePasswordPair(action, state, { password: 'password', confirm: 'confirmPassword' });
  return (
    // Not keyed on what was typed: a remount would empty the password fields the submission kept.
    <form action={action} onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormAlert state={state} />
      <input type="hidden" name="token" value={token} />
      {/* Lets password managers file the new password under the right account. */}
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <Field id="accept-name" label="Your name, as colleagues will see it" error={err('name')}>
        <input name="name" type="text" autoComplete="name" required defaultValue={name} className={fieldClass} {...describedBy('accept-name', err('name'))} />
      </Field>
      <NewPasswordFields idPrefix="accept" name="password" label="Password" confirmLabel="The same password again" passwordRules={passwordRules} err={err} />
      <button type="submit" disabled={pending} className={`${buttonClass} w-full`}>
        {pending ? 'Creating your account…' : 'Accept and sign in'}
      </button>
    </form>
  );
}
