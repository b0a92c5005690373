import type { Metadata } from 'next';
import Link from 'next/link';
import { SessionList } from '@/components/auth/session-list';
import { NewRecoveryCodesForm } from '@/components/auth/new-recovery-codes-form';
import { TwoFactorDisableForm } from '@/components/auth/two-factor-disable-form';
import { Timestamp } from '@/components/audit/timestamp';
import { mySecondFactor } from '@/lib/platform/auth/mfa/mine';
import { PasswordForm } from '@/components/people/password-form';
import { PASSWORD_RULES } from '@/lib/platform/auth/password';
import { ROLE_LABELS } from '@/lib/platform/auth/roles';
import { mySessions, requirePageUser } from '@/lib/platform/auth/session';
import { env } from '@/lib/platform/env';

export const metadata: Metadata = { title: 'Your account', robots: { index: false } };

const NOTICES: Record<string, string> = { ended: 'That session has ended.', unknown: 'That session had already ended.' };

export default async function AccountPage({ searchParams }: PageProps<'/editor/account'>) {
  const user = await requirePageUser('/editor/account');
  const [{ sessions: notice, mfa: mfaNotice }, sessions, secondFactor] = await Promise.all([searchParams, mySessions(), mySecondFactor(user)]);
  const required = env.MFA_REQUIRED_ROLES.includes(user.role);
  return (
    <div className="max-w-md space-y-6">
      <div className="space-y-2">
        <h1 className="font-serif text-3xl font-semibold">Your account</h1>
        <p className="text-muted">
          {user.name} · {user.email} · {ROLE_LABELS[user.role]}
        </p>
      </div>
      <section aria-labelledby="password-heading" className="space-y-3">
        <h2 id="password-heading" className="font-serif text-xl font-semibold">
          Change your password
        </h2>
        <p className="text-sm">
          Changing it signs you out everywhere, <strong>including here</strong>: sign in again with the new password afterwards.
        </p>
        <PasswordForm email={user.email} passwordRules={PASSWORD_RULES} />
      </section>
      <section aria-labelledby="mfa-heading" className="space-y-3">
        <h2 id="mfa-heading" className="font-serif text-xl font-semibold">
          Two-factor sign-in
        </h2>
        {mfaNotice === 'off' ? (
          <p role="status" className="rounded border border-accent/40 bg-accent-soft px-3 py-2 text-sm">
            Two-factor sign-in is off.
          </p>
        ) : null}
        {secondFactor.enabledAt ? (
          <>
            <p className="text-sm">
              On since <Timestamp at={secondFactor.enabledAt} />: signing in asks for a code from your authenticator app.{' '}
              {secondFactor.recoveryCodesLeft} recovery codes left.
            </p>
            {required ? (
              <p className="text-sm text-muted">Your role requires it. If you lose your phone, another admin can reset it.</p>
            ) : (
              <TwoFactorDisableForm />
            )}
            <NewRecoveryCodesForm />
          </>
        ) : (
          <p className="text-sm">
            Off: your password alone signs you in.{' '}
            <Link href="/two-factor?callbackUrl=%2Feditor%2Faccount">Set up two-factor sign-in</Link>
          </p>
        )}
      </section>
      <section aria-labelledby="sessions-heading" className="space-y-3">
        <h2 id="sessions-heading" className="font-serif text-xl font-semibold">
          Where you are signed in
        </h2>
        <SessionList sessions={sessions} idleMinutes={env.SESSION_IDLE_MINUTES} notice={typeof notice === 'string' ? NOTICES[notice] : undefined} />
      </section>
    </div>
  );
}
