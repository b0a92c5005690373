'use client';

import { useActionState } from 'react';
import { changeRoleAction } from '@/lib/people/actions/accounts';
import { ROLE_LABELS } from '@/lib/platform/auth/roles';
import type { Role } from '@/lib/generated/prisma/enums';
import type { PeopleFormState } from '@/lib/people/form-state';
import { Field, FormAlert, buttonClass, describedBy, errorFor, fieldClass } from './form-bits';

const ROLES = ['CONTRIBUTOR', 'EDITOR', 'ADMIN'] as const;

export function ChangeRoleForm({ userId, name, role }: { userId: string; name: string; role: Role }) {
  const [state, action, pending] = useActionState<PeopleFormState, FormData>(changeRoleAction, { ok: true });
  const v = state.values ?? {};
  const err = (field: string) => errorFor(state, field);
  const id = (field: string) => `role-${userId}-${field}`;
  return (
    <form key={JSON.stringify(v)} action={action} className="space-y-3" noValidate>
      <FormAlert state={state} />
      <input type="hidden" name="id" value={userId} />
      <Field id={id('role')} label={`New role for ${name}`} error={err('role')}>
        <select name="role" defaultValue={v.role || role} className={fieldClass} {...describedBy(id('role'), err('role'))}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
              {r === role ? ' (current)' : ''}
            </option>
          ))}
        </select>
      </Field>
      <Field id={id('reason')} label="Reason" hint="kept in the audit log" error={err('reason')}>
        <input name="reason" type="text" required defaultValue={v.reason} className={fieldClass} {...describedBy(id('reason'), err('reason'))} />
      </Field>
      <p className="text-sm text-muted">The new role applies from their next page load.</p>
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? 'Changing…' : 'Change role'}
      </button>
    </form>
  );
}
