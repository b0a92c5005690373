'use client';

import { useActionState } from 'react';
import { deactivateAction } from '@/lib/people/actions/accounts';
import type { PeopleFormState } from '@/lib/people/form-state';
import { Field, FieldError, FormAlert, describedBy, errorFor, fieldClass } from './form-bits';

export function DeactivateForm({ userId, name }: { userId: string; name: string }) {
  const [state, action, pending] = useActionState<PeopleFormState, FormData>(deactivateAction, { ok: true });
  const v = state.values ?? {};
  const err = (field: string) => errorFor(state, field);
  const id = (field: string) => `deactivate-${userId}-${field}`;
  return (
    <form key={JSON.stringify(v)} action={action} className="space-y-3" noValidate>
      <FormAlert state={state} />
      <input type="hidden" name="id" value={userId} />
      <Field id={id('reason')} label="Reason" hint="kept in the audit log" error={err('reason')}>
        <input name="reason" type="text" required defaultValue={v.reason} className={fieldClass} {...describedBy(id('reason'), err('reason'))} />
      </Field>
      <div className="text-sm">
        <label className="flex items-start gap-2">
          <input name="confirm" type="checkbox" value="yes" required defaultChecked={v.confirm === 'yes'} className="mt-1" {...describedBy(id('confirm'), err('confirm'))} />
          <span>I understand: {name} is signed out everywhere at once, and can come back only through a new invitation.</span>
        </label>
        <FieldError id={id('confirm')} error={err('confirm')} />
      </div>
      <button type="submit" disabled={pending} className="rounded border border-csto px-3 py-2 font-medium text-csto disabled:opacity-60">
        {pending ? 'Deactivating…' : `Deactivate ${name}`}
      </button>
    </form>
  );
}
