'use client';

import { useActionState } from 'react';
import { FailureAlert } from '@/components/ui/form-message';
import { signInAction, type SignInState } from '@/lib/platform/auth/actions';
import { inputClass } from '@/components/ui/field';

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, {});
  if (state.step === 'code') return <CodeStep state={state} action={action} pending={pending} callbackUrl={callbackUrl} />;
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.message ? <FailureAlert message={state.message} /> : null}
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? ''} />
      <label className="block text-sm">
        Email
        <input name="email" type="email" autoComplete="username" required defaultValue={state.email} className={inputClass} />
      </label>
      <label className="block text-sm">
        Password
        <input name="password" type="password" autoComplete="current-password" required className={inputClass} />
      </label>
      <button type="submit" disabled={pending} className="w-full rounded bg-accent px-3 py-2 font-medium text-paper disabled:opacity-60">
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}

/** The second step, once the password was right: the account's authenticator code or a recovery code. */
function CodeStep({ state, action, pending, callbackUrl }: { state: SignInState; action: (data: FormData) => void; pending: boolean; callbackUrl?: string }) {
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.message ? <FailureAlert message={state.message} /> : null}
      <input type="hidden" name="step" value="code" />
      <input type="hidden" name="email" value={state.email ?? ''} />
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? ''} />
      <p className="text-sm">
        Signing in as <strong>{state.email}</strong>. Enter the 6-digit code your authenticator app shows now, or one of your recovery codes.
      </p>
      <label className="block text-sm">
        Authentication code
        <input name="code" type="text" inputMode="text" autoComplete="one-time-code" autoFocus required maxLength={32} className={inputClass} />
      </label>
      <button type="submit" disabled={pending} className="w-full rounded bg-accent px-3 py-2 font-medium text-paper disabled:opacity-60">
        {pending ? 'Checking…' : 'Verify code'}
      </button>
    </form>
  );
}
