import type { Metadata } from 'next';
import Link from 'next/link';
import { InviteForm } from '@/components/people/invite-form';
import { PeopleTable } from '@/components/people/people-table';
import { PendingInvitations } from '@/components/people/pending-invitations';
import { ROLE_LABELS } from '@/lib/platform/auth/roles';
import { requirePageUser } from '@/lib/platform/auth/session';
import { listPeople, listPendingInvitations, type PersonRow } from '@/lib/people/queries';

export const metadata: Metadata = { title: 'People', robots: { index: false } };

function notice(done: unknown, person: PersonRow | undefined): string | null {
  if (!person) return null;
  if (done === 'deactivated') return `${person.name} is deactivated; their sessions have ended.`;
  if (done === 'role') return `${person.name} is now ${ROLE_LABELS[person.role].toLowerCase()}; it applies from their next page load.`;
  if (done === 'mfa-reset') return `${person.name}’s two-factor sign-in is reset; they set up a new authenticator when they next need one.`;
  if (done === 'mfa-none') return `${person.name} had no two-factor sign-in to reset.`;
  return null;
}

export default async function PeoplePage({ searchParams }: PageProps<'/editor/people'>) {
  const user = await requirePageUser('/editor/people', 'ADMIN');
  const [{ done, who }, people, invitations] = await Promise.all([searchParams, listPeople(), listPendingInvitations()]);
  const message = notice(done, people.find((p) => p.id === who));
  return (
    <div className="space-y-10">
      <div className="space-y-2">
        <h1 className="font-serif text-3xl font-semibold">People</h1>
        <p className="text-muted">
          Invite contributors, editors and admins, change roles and deactivate accounts. Every change is in the{' '}
          <Link href="/editor/audit?targetType=User">audit log</Link>.
        </p>
        {message ? (
          <p role="status" className="rounded border border-accent/40 bg-accent-soft px-3 py-2 text-sm">
            {message}
          </p>
        ) : null}
      </div>

      <section aria-labelledby="invite-heading" className="space-y-3">
        <h2 id="invite-heading" className="font-serif text-xl font-semibold">
          Invite someone
        </h2>
        <p className="text-sm text-muted">
          You get a single-use link, valid for 7 days, to send them yourself: the portal sends no e-mail. Inviting a deactivated
          account&apos;s address reactivates it when accepted; inviting an address again replaces its earlier link.
        </p>
        <InviteForm />
        <h3 className="pt-2 font-medium">Waiting to be accepted</h3>
        <PendingInvitations invitations={invitations} />
      </section>

      <section aria-labelledby="people-heading" className="space-y-3">
        <h2 id="people-heading" className="font-serif text-xl font-semibold">
          Accounts
        </h2>
        <PeopleTable people={people} currentUserId={user.id} />
      </section>
    </div>
  );
}
