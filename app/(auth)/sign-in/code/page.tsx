import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { PendingCodeForm } from '@/components/auth/pending-code-form';
import { SignOutForm } from '@/components/auth/sign-out-form';
import { signOutAction } from '@/lib/platform/auth/actions';
import { safeReturnPath } from '@/lib/platform/auth/safe-return';
import { awaitingCodeUser, currentUser } from '@/lib/platform/auth/session';

export const metadata: Metadata = { title: 'Enter your code', robots: { index: false } };

/**
 * Where a single sign-on session waits for its second factor: every page sends it here, and
 * nothing else runs for it until the code is given.
 */
export default async function PendingCodePage({ searchParams }: PageProps<'/sign-in/code'>) {
  const { callbackUrl } = await searchParams;
  const returnTo = safeReturnPath(typeof callbackUrl === 'string' ? callbackUrl : undefined);
  const user = await awaitingCodeUser();
  if (!user) redirect((await currentUser()) ? (returnTo ?? '/editor') : '/sign-in');
  return (
    <div className="mx-auto max-w-sm space-y-5 py-10">
      <h1 className="font-serif text-3xl font-semibold">Enter your code</h1>
      <p className="text-sm">
        Signed in as <strong>{user.email}</strong> through single sign-on. Your account also signs in with a second factor: enter the
        6-digit code your authenticator app shows now, or one of your recovery codes.
      </p>
      <PendingCodeForm callbackUrl={returnTo} />
      <SignOutForm action={signOutAction}>
        <button type="submit" className="text-sm underline">
          Sign out
        </button>
      </SignOutForm>
    </div>
  );
}
