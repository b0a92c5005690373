'use client';

import { useActionState } from 'react';
import { Field, FormAlert, buttonClass, describedBy, errorFor, fieldClass } from '@/components/people/form-bits';
import { verifyPendingCodeAction } from '@/lib/platform/auth/mfa/actions';
import type { ActionResult } from '@/lib/platform/auth/session';

/** The code step after single sign-on; on success the action goes on to `callbackUrl`. */
export function PendingCodeForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(verifyPendingCodeAction, null);
  const err = state ? errorFor(state, 'code') : undefined;
  return (
    <form action={action} className="space-y-4" noValidate>
      {state ? <FormAlert state={state} /> : null}
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? ''} />
      <Field id="pending-code" label="Authentication code" hint="6 digits from your app, or a recovery code" error={err}>
        <input name="code" type="text" autoComplete="one-time-code" autoFocus required maxLength={32} className={fieldClass} {...describedBy('pending-code', err)} />
      </Field>
      <button type="submit" disabled={pending} className={`w-full ${buttonClass}`}>
        {pending ? 'Checking…' : 'Verify code'}
      </button>
    </form>
  );
}
