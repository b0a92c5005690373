import Link from 'next/link';
import { INVITATION_MESSAGES } from '@/lib/people/invitations';

export default function InvitationNotFound() {
  return (
    <div className="mx-auto max-w-sm space-y-4 py-10">
      <h1 className="font-serif text-3xl font-semibold">Invitation not found</h1>
      <p>{INVITATION_MESSAGES.unknown}</p>
      <p className="text-sm">
        Already have an account? <Link href="/sign-in">Sign in</Link>.
      </p>
    </div>
  );
}
