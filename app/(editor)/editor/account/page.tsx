import type { Metadata } from 'next';
import { SessionList } from '@/components/auth/session-list';
import { PasswordForm } from '@/components/people/password-form';
import { PASSWORD_RULES } from '@/lib/auth/password';
import { ROLE_LABELS } from '@/lib/auth/roles';
import { mySessions, requirePageUser } from '@/lib/auth/session';
import { env } from '@/lib/env';

export const metadata: Metadata = { title: 'Your account', robots: { index: false } };

const NOTICES: Record<string, string> = { ended: 'That session has ended.', unknown: 'That session had already ended.' };

export default async function AccountPage({ searchParams }: PageProps<'/editor/account'>) {
  const user = await requirePageUser('/editor/account');
  const [{ sessions: notice }, sessions] = await Promise.all([searchParams, mySessions()]);
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
      <section aria-labelledby="sessions-heading" className="space-y-3">
        <h2 id="sessions-heading" className="font-serif text-xl font-semibold">
          Where you are signed in
        </h2>
        <SessionList sessions={sessions} idleMinutes={env.SESSION_IDLE_MINUTES} notice={typeof notice === 'string' ? NOTICES[notice] : undefined} />
      </section>
    </div>
  );
}
