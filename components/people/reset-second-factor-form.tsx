'use client';

import { useActionState } from 'react';
import { resetSecondFactorAction } from '@/lib/platform/auth/mfa/actions';
import type { ActionResult } from '@/lib/platform/auth/session';
import { FormAlert } from './form-bits';

/** For someone who lost their phone: their second factor and recovery codes go; they enrol again. */
export function ResetSecondFactorForm({ userId, name }: { userId: string; name: string }) {
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(resetSecondFactorAction, null);
  return (
    <form action={action} className="space-y-2">
      {state ? <FormAlert state={state} /> : null}
      <input type="hidden" name="userId" value={userId} />
      <p className="text-sm">{name} signs in with the password alone until they set up a new authenticator (at once, if their role requires one).</p>
      <button type="submit" disabled={pending} className="rounded border border-csto px-3 py-2 font-medium text-csto disabled:opacity-60">
        {pending ? 'Resetting…' : `Reset two-factor sign-in of ${name}`}
      </button>
    </form>
  );
}
