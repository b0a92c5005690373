'use client';

import { useActionState } from 'react';
import { Field, FormAlert, describedBy, errorFor, fieldClass } from '@/components/people/form-bits';
import { disableSecondFactorAction } from '@/lib/platform/auth/mfa/actions';
import type { ActionResult } from '@/lib/platform/auth/session';

export function TwoFactorDisableForm() {
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(disableSecondFactorAction, null);
  const err = state ? errorFor(state, 'code') : undefined;
  return (
    <form action={action} className="space-y-3" noValidate>
      {state ? <FormAlert state={state} /> : null}
      <Field id="disable-code" label="A current code or a recovery code" error={err}>
        <input name="code" type="text" autoComplete="one-time-code" required maxLength={32} className={fieldClass} {...describedBy('disable-code', err)} />
      </Field>
      <button type="submit" disabled={pending} className="rounded border border-csto px-3 py-2 font-medium text-csto disabled:opacity-60">
        {pending ? 'Turning off…' : 'Turn off two-factor sign-in'}
      </button>
    </form>
  );
}
