'use client';

import { useActionState } from 'react';
import { Timestamp } from '@/components/audit/timestamp';
import { inviteAction, type InviteLink } from '@/lib/people/actions/accounts';
import { ROLE_LABELS } from '@/lib/platform/auth/roles';
import type { PeopleFormState } from '@/lib/people/form-state';
import { CopyButton } from './copy-button';
import { Field, FormAlert, buttonClass, describedBy, errorFor, fieldClass } from './form-bits';

const ROLES = ['CONTRIBUTOR', 'EDITOR', 'ADMIN'] as const;

export function InviteForm() {
  const [state, action, pending] = useActionState<PeopleFormState<InviteLink>, FormData>(inviteAction, { ok: true });
  const v = state.values ?? {};
  const link = state.ok ? state.data : undefined;
  const err = (name: string) => errorFor(state, name);
  return (
    <div className="space-y-4">
      {link ? <InviteResult link={link} /> : null}
      <FormAlert state={state} />
      {/* Keyed on what was typed, so a refused submission comes back with its values. */}
      <form key={JSON.stringify(v)} action={action} className="grid gap-4 sm:grid-cols-[2fr_2fr_1fr_auto] sm:items-start" noValidate>
        <Field id="invite-email" label="Email" error={err('email')}>
          <input name="email" type="email" autoComplete="off" required defaultValue={v.email} className={fieldClass} {...describedBy('invite-email', err('email'))} />
        </Field>
        <Field id="invite-name" label="Name" hint="optional" error={err('name')}>
          <input name="name" type="text" autoComplete="off" defaultValue={v.name} className={fieldClass} {...describedBy('invite-name', err('name'))} />
        </Field>
        <Field id="invite-role" label="Role" error={err('role')}>
          <select name="role" defaultValue={v.role || 'CONTRIBUTOR'} className={fieldClass} {...describedBy('invite-role', err('role'))}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        </Field>
        <button type="submit" disabled={pending} className={`${buttonClass} sm:mt-5`}>
          {pending ? 'Inviting…' : 'Invite'}
        </button>
      </form>
    </div>
  );
}

function InviteResult({ link }: { link: InviteLink }) {
  const created = (
    <>
      Invitation for <strong>{link.email}</strong> created{link.reactivates ? ' (accepting it reactivates their deactivated account)' : ''}.{' '}
    </>
  );
  if (!link.url) {
    return (
      <p role="status" className="rounded border border-accent/40 bg-accent-soft p-3 text-sm">
        {created}It was sent to them by e-mail; the link works once and expires on <Timestamp at={new Date(link.expiresAt)} />.
      </p>
    );
  }
  return (
    <div role="status" className="space-y-2 rounded border border-accent/40 bg-accent-soft p-3 text-sm">
      <p>
        {created}
        <strong>{link.mail === 'failed' ? 'The e-mail could not be sent:' : 'No e-mail is sent:'}</strong> send them this link yourself. It is shown only
        this once, works once, and expires on <Timestamp at={new Date(link.expiresAt)} />.
      </p>
      <div className="flex gap-2">
        <input readOnly value={link.url} aria-label="Invitation link" className="block w-full rounded border border-rule bg-paper px-3 py-2 font-mono text-xs text-ink" onFocus={(e) => e.currentTarget.select()} />
        <CopyButton text={link.url} label="Copy the invitation link" />
      </div>
    </div>
  );
}
