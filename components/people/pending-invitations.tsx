import { Timestamp } from '@/components/audit/timestamp';
import { ROLE_LABELS } from '@/lib/platform/auth/roles';
import type { PendingInvitation } from '@/lib/people/queries';

export function PendingInvitations({ invitations }: { invitations: PendingInvitation[] }) {
  if (invitations.length === 0) return <p className="text-sm text-muted">No invitation is waiting to be accepted.</p>;
  return (
    <ul className="space-y-1 text-sm">
      {invitations.map((i) => (
        <li key={i.id}>
          <strong>{i.email}</strong> as {ROLE_LABELS[i.role].toLowerCase()}, invited by {i.invitedByName} on <Timestamp at={i.createdAt} />; expires{' '}
          <Timestamp at={i.expiresAt} />.
        </li>
      ))}
    </ul>
  );
}
