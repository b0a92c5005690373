import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { ForgotPasswordForm } from '@/components/auth/forgot-password-form';
import { mailConfigured } from '@/lib/platform/mail/configured';

export const metadata: Metadata = { title: 'Forgot your password?', robots: { index: false } };

export default async function ForgotPasswordPage() {
  // Read per request: whether mail is set up is the server's setting, not the build's.
  await connection();
  return (
    <div className="mx-auto max-w-sm space-y-4 py-10">
      <h1 className="font-serif text-3xl font-semibold">Forgot your password?</h1>
      {mailConfigured() ? (
        <>
          <p className="text-sm text-muted">Give the address you sign in with. If it has an account, a link to choose a new password is sent to it.</p>
          <ForgotPasswordForm />
        </>
      ) : (
        <p className="text-sm">This portal sends no mail, so a password cannot be reset by link. Ask an admin: they can invite you again.</p>
      )}
      <p className="text-sm">
        <Link href="/sign-in">Back to sign-in</Link>
      </p>
    </div>
  );
}
