import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AcceptInvitationForm } from '@/components/people/accept-invitation-form';
import { PASSWORD_RULES } from '@/lib/platform/auth/password';
import { ROLE_LABELS } from '@/lib/platform/auth/roles';
import { INVITATION_MESSAGES } from '@/lib/people/invitations';
import { lookupInvitation } from '@/lib/people/queries';
import { INVITE_TOKEN_PATTERN } from '@/lib/people/tokens';

// The token is in the address: no search engine, and no Referer header to other sites.
export const metadata: Metadata = { title: 'Accept your invitation', robots: { index: false, follow: false }, referrer: 'no-referrer' };

export default async function InvitePage({ params }: PageProps<'/invite/[token]'>) {
  const { token } = await params;
  if (!INVITE_TOKEN_PATTERN.test(token)) notFound();
  const invitation = await lookupInvitation(token);
  if (invitation.status === 'unknown') notFound();
  return (
    <div className="mx-auto max-w-sm space-y-4 py-10">
      <h1 className="font-serif text-3xl font-semibold">Join Caspian Briefings</h1>
      {invitation.status === 'valid' ? (
        <>
          <p className="text-sm text-muted">
            You are invited as {ROLE_LABELS[invitation.role].toLowerCase()} with <strong className="text-ink">{invitation.email}</strong>. Choose your
            name and a password; you are signed in straight after. The link works once.
          </p>
          <AcceptInvitationForm token={token} email={invitation.email} suggestedName={invitation.suggestedName} passwordRules={PASSWORD_RULES} />
        </>
      ) : (
        <>
          <p role="alert" className="rounded border border-csto/40 bg-csto-soft px-3 py-2 text-sm text-csto">
            {INVITATION_MESSAGES[invitation.status]}
          </p>
          <p className="text-sm">
            <Link href="/sign-in">Go to sign-in</Link>
          </p>
        </>
      )}
    </div>
  );
}
