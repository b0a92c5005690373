import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/sign-in-form';
import { safeReturnPath } from '@/lib/auth/safe-return';
import { currentUser } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } };

export default async function SignInPage({ searchParams }: PageProps<'/sign-in'>) {
  const { callbackUrl, reset } = await searchParams;
  const returnTo = safeReturnPath(typeof callbackUrl === 'string' ? callbackUrl : undefined);
  if (await currentUser()) redirect(returnTo ?? '/editor');
  return (
    <div className="mx-auto max-w-sm py-10">
      <h1 className="mb-2 font-serif text-3xl font-semibold">Sign in</h1>
      <p className="mb-6 text-sm text-muted">For editors and contributors. Readers need no account.</p>
      {reset === 'done' ? (
        <p role="status" className="mb-4 rounded border border-accent/40 bg-accent-soft p-3 text-sm">
          Your password was changed and every session of the account ended. Sign in with the new password.
        </p>
      ) : null}
      <SignInForm callbackUrl={returnTo} />
      <p className="mt-4 text-sm">
        <Link href="/forgot-password">Forgot your password?</Link>
      </p>
    </div>
  );
}
