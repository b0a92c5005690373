import type { Metadata } from 'next';
import Link from 'next/link';
import { ResetPasswordForm } from '@/components/people/reset-password-form';
import { PASSWORD_RULES } from '@/lib/platform/auth/password';
import { RESET_MESSAGES } from '@/lib/people/password-reset';
import { lookupPasswordReset } from '@/lib/people/queries';
import { INVITE_TOKEN_PATTERN } from '@/lib/people/tokens';

// The token is in the address: no search engine, and no Referer header to other sites.
export const metadata: Metadata = { title: 'Choose a new password', robots: { index: false, follow: false }, referrer: 'no-referrer' };

export default async function ResetPasswordPage({ params }: PageProps<'/reset-password/[token]'>) {
  const { token } = await params;
  const reset = INVITE_TOKEN_PATTERN.test(token) ? await lookupPasswordReset(token) : null;
  return (
    <div className="mx-auto max-w-sm space-y-4 py-10">
      <h1 className="font-serif text-3xl font-semibold">Choose a new password</h1>
      {reset ? (
        <>
          <p className="text-sm text-muted">
            For <strong className="text-ink">{reset.email}</strong>. Every session of the account ends; you sign in with the new password straight after.
          </p>
          <ResetPasswordForm token={token} email={reset.email} passwordRules={PASSWORD_RULES} />
        </>
      ) : (
        <>
          <p role="alert" className="rounded border border-csto/40 bg-csto-soft px-3 py-2 text-sm text-csto">
            {RESET_MESSAGES.invalid}
          </p>
          <p className="text-sm">
            <Link href="/forgot-password">Ask for a new link</Link>
          </p>
        </>
      )}
    </div>
  );
}
