import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/sign-in-form';
import { SINGLE_SIGN_ON } from '@/lib/platform/auth';
import { singleSignOnAction } from '@/lib/platform/auth/actions';
import { safeReturnPath } from '@/lib/platform/auth/safe-return';
import { awaitingCodeUser, currentUser } from '@/lib/platform/auth/session';

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } };

export default async function SignInPage({ searchParams }: PageProps<'/sign-in'>) {
  const { callbackUrl, reset, error } = await searchParams;
  const returnTo = safeReturnPath(typeof callbackUrl === 'string' ? callbackUrl : undefined);
  if (await currentUser()) redirect(returnTo ?? '/editor');
  // A single sign-on still owing its second factor finishes there, not with a second sign-in.
  if (await awaitingCodeUser()) redirect(`/sign-in/code${returnTo ? `?callbackUrl=${encodeURIComponent(returnTo)}` : ''}`);
  return (
    <div className="mx-auto max-w-sm py-10">
      <h1 className="mb-2 font-serif text-3xl font-semibold">Sign in</h1>
      <p className="mb-6 text-sm text-muted">For editors and contributors. Readers need no account.</p>
      {reset === 'done' ? (
        <p role="status" className="mb-4 rounded border border-accent/40 bg-accent-soft p-3 text-sm">
          Your password was changed and every session of the account ended. Sign in with the new password.
        </p>
      ) : null}
      {typeof error === 'string' ? (
        <p role="alert" className="mb-4 rounded border border-csto/40 bg-csto-soft px-3 py-2 text-sm text-csto">
          {error === 'AccessDenied' ? 'Single sign-on found no active account here for you. Ask an admin for an invitation.' : 'Single sign-on did not sign you in. Try again, or sign in with your password.'}
        </p>
      ) : null}
      <SignInForm callbackUrl={returnTo} />
      {SINGLE_SIGN_ON ? (
        <form action={singleSignOnAction} className="mt-4">
          <input type="hidden" name="callbackUrl" value={returnTo ?? ''} />
          <button type="submit" className="w-full rounded border border-rule px-3 py-2 font-medium hover:border-accent">
            Continue with single sign-on
          </button>
        </form>
      ) : null}
      <p className="mt-4 text-sm">
        <Link href="/forgot-password">Forgot your password?</Link>
      </p>
    </div>
  );
}
