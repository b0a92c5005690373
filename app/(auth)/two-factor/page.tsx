import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { TwoFactorEnrolForm } from '@/components/auth/two-factor-enrol-form';
import { mySecondFactor, startMyEnrolment } from '@/lib/platform/auth/mfa/mine';
import { safeReturnPath } from '@/lib/platform/auth/safe-return';
import { currentUser } from '@/lib/platform/auth/session';

export const metadata: Metadata = { title: 'Set up two-factor sign-in', robots: { index: false } };

/**
 * Outside the editor's layout, which sends here anyone whose role requires a second factor and
 * who has none: they set it up before anything else.
 */
export default async function TwoFactorPage({ searchParams }: PageProps<'/two-factor'>) {
  const { callbackUrl } = await searchParams;
  const continueTo = safeReturnPath(typeof callbackUrl === 'string' ? callbackUrl : undefined) ?? '/editor/account';
  const user = await currentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent('/two-factor')}`);
  const status = await mySecondFactor(user);
  if (status.enabledAt) {
    return (
      <div className="mx-auto max-w-md space-y-4 py-10">
        <h1 className="font-serif text-3xl font-semibold">Two-factor sign-in</h1>
        <p>It is already on for your account. Manage it on <Link href="/editor/account">your account page</Link>.</p>
      </div>
    );
  }
  const enrolment = await startMyEnrolment(user);
  return (
    <div className="mx-auto max-w-md space-y-5 py-10">
      <h1 className="font-serif text-3xl font-semibold">Set up two-factor sign-in</h1>
      {user.mustEnrol ? (
        <p role="status" className="rounded border border-accent/40 bg-accent-soft px-3 py-2 text-sm">
          Your role requires a second factor: set it up to continue.
        </p>
      ) : null}
      <p className="text-sm">
        Signing in will then ask, after your password, for the code an authenticator app on your phone shows (any app that reads
        TOTP codes). Scan this with the app:
      </p>
      {/* Drawn on the server as SVG, shown as an image: nothing in it can run. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img
        src={`data:image/svg+xml;base64,${Buffer.from(enrolment.qrSvg).toString('base64')}`}
        alt="QR code to scan with your authenticator app"
        width={220}
        height={220}
        className="rounded border border-rule bg-white"
      />
      <p className="text-sm">
        Or type this key into it: <code aria-label="Setup key" className="break-all font-mono">{enrolment.secret}</code>
      </p>
      <TwoFactorEnrolForm sealed={enrolment.sealed} continueTo={continueTo} />
    </div>
  );
}
