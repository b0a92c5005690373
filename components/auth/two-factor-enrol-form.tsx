'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { Field, FormAlert, buttonClass, describedBy, errorFor, fieldClass } from '@/components/people/form-bits';
import { enrolSecondFactorAction } from '@/lib/platform/auth/mfa/actions';
import { RecoveryCodeList } from './recovery-code-list';
import type { ActionResult } from '@/lib/platform/auth/session';

type State = ActionResult<{ recoveryCodes: string[] }> | null;

/** Confirms the authenticator with a code; then shows the recovery codes, this once only. */
export function TwoFactorEnrolForm({ sealed, continueTo }: { sealed: string; continueTo: string }) {
  const [state, action, pending] = useActionState<State, FormData>(enrolSecondFactorAction, null);
  if (state?.ok && state.data) {
    return (
      <section aria-labelledby="recovery-heading" className="space-y-3">
        <p role="status" className="rounded border border-accent/40 bg-accent-soft px-3 py-2 text-sm">
          Two-factor sign-in is on.
        </p>
        <RecoveryCodeList codes={state.data.recoveryCodes} />
        <Link href={continueTo} className={`inline-block ${buttonClass}`}>
          I have kept them: continue
        </Link>
      </section>
    );
  }
  const err = state ? errorFor({ ...state }, 'code') : undefined;
  return (
    <form action={action} className="space-y-4" noValidate>
      {state ? <FormAlert state={state} /> : null}
      <input type="hidden" name="sealed" value={sealed} />
      <Field id="enrol-code" label="Code from the app" hint="6 digits" error={err}>
        <input name="code" type="text" inputMode="numeric" autoComplete="one-time-code" required maxLength={8} className={fieldClass} {...describedBy('enrol-code', err)} />
      </Field>
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? 'Checking…' : 'Turn on two-factor sign-in'}
      </button>
    </form>
  );
}
