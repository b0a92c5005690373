import { Timestamp } from '@/components/audit/timestamp';
import { ROLE_LABELS } from '@/lib/platform/auth/roles';
import { PEOPLE_ACTION_LABELS } from '@/lib/people/labels';
import type { PersonRow } from '@/lib/people/queries';
import { ChangeRoleForm } from './change-role-form';
import { DeactivateForm } from './deactivate-form';
import { ResetSecondFactorForm } from './reset-second-factor-form';

const cell = 'border-b border-rule px-2 py-2 align-top';

export function PeopleTable({ people, currentUserId }: { people: PersonRow[]; currentUserId: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">People with an account</caption>
        <thead>
          <tr className="text-left text-muted">
            <th scope="col" className={cell}>Name</th>
            <th scope="col" className={cell}>Email</th>
            <th scope="col" className={cell}>Role</th>
            <th scope="col" className={cell}>Status</th>
            <th scope="col" className={cell}>Last change</th>
            <th scope="col" className={cell}>Manage</th>
          </tr>
        </thead>
        <tbody>
          {people.map((p) => (
            <tr key={p.id} className={p.active ? undefined : 'text-muted'}>
              <th scope="row" className={`${cell} text-left font-medium`}>{p.name}</th>
              <td className={`${cell} [overflow-wrap:anywhere]`}>{p.email}</td>
              <td className={cell}>{ROLE_LABELS[p.role]}</td>
              <td className={cell}>
                {p.active ? 'Active' : 'Deactivated'}
                {p.mfa ? <span className="block text-muted">Two-factor sign-in</span> : null}
              </td>
              <td className={cell}>
                {p.lastChange ? (
                  <>
                    {PEOPLE_ACTION_LABELS[p.lastChange.action] ?? p.lastChange.action}, <Timestamp at={p.lastChange.at} />
                    {p.lastChange.actorName ? <> by {p.lastChange.actorName}</> : null}
                    {p.lastChange.reason ? <span className="block italic">“{p.lastChange.reason}”</span> : null}
                  </>
                ) : (
                  <>
                    Created <Timestamp at={p.createdAt} />
                  </>
                )}
              </td>
              <td className={cell}>
                <Manage person={p} isSelf={p.id === currentUserId} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Manage({ person, isSelf }: { person: PersonRow; isSelf: boolean }) {
  if (isSelf) return <span className="text-muted">You (another admin can change your account)</span>;
  if (!person.active) return <span className="text-muted">Invite again to reactivate</span>;
  return (
    <div className="space-y-2">
      <details>
        <summary className="cursor-pointer text-accent">Change role</summary>
        <div className="mt-2 w-72">
          <ChangeRoleForm userId={person.id} name={person.name} role={person.role} />
        </div>
      </details>
      {person.mfa ? (
        <details>
          <summary className="cursor-pointer text-csto">Reset two-factor sign-in</summary>
          <div className="mt-2 w-72">
            <ResetSecondFactorForm userId={person.id} name={person.name} />
          </div>
        </details>
      ) : null}
      <details>
        <summary className="cursor-pointer text-csto">Deactivate</summary>
        <div className="mt-2 w-72">
          <DeactivateForm userId={person.id} name={person.name} />
        </div>
      </details>
    </div>
  );
}
