import type { Metadata } from 'next';
import { PasswordForm } from '@/components/people/password-form';
import { PASSWORD_RULES } from '@/lib/auth/password';
import { ROLE_LABELS } from '@/lib/auth/roles';
import { requirePageUser } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Your account', robots: { index: false } };

export default async function AccountPage() {
  const user = await requirePageUser('/editor/account');
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
    </div>
  );
}
