'use client';

import { useActionState } from 'react';
import { signInAction, type SignInState } from '@/lib/actions/auth';

const field = 'mt-1 block w-full rounded border border-rule bg-paper px-3 py-2 text-ink';

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.message ? (
        <p role="alert" className="rounded border border-csto/40 bg-csto-soft px-3 py-2 text-sm text-csto">
          {state.message}
        </p>
      ) : null}
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? ''} />
      <label className="block text-sm">
        Email
        <input name="email" type="email" autoComplete="username" required defaultValue={state.email} className={field} />
      </label>
      <label className="block text-sm">
        Password
        <input name="password" type="password" autoComplete="current-password" required className={field} />
      </label>
      <button type="submit" disabled={pending} className="w-full rounded bg-accent px-3 py-2 font-medium text-paper disabled:opacity-60">
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
