import Link from 'next/link';
import type { ReactNode } from 'react';
import { SignOutForm } from '@/components/auth/sign-out-form';
import { signOutAction } from '@/lib/platform/auth/actions';
import { ROLE_LABELS, hasRole } from '@/lib/platform/auth/roles';
import { requestedPath, requirePageUser } from '@/lib/platform/auth/session';

export default async function EditorLayout({ children }: { children: ReactNode }) {
  // The page asked for, so that sign-in or a forced enrolment returns there, not to /editor.
  const user = await requirePageUser(await requestedPath('/editor'));
  const links = [
    { href: '/editor', label: 'Overview' },
    { href: '/editor/briefs', label: 'Briefs' },
    { href: '/editor/summaries', label: 'Summaries' },
    { href: '/editor/articles', label: 'Articles' },
    ...(hasRole(user.role, 'EDITOR') ? [{ href: '/editor/entities', label: 'Knowledge base' }] : []),
    ...(hasRole(user.role, 'EDITOR') ? [{ href: '/editor/import', label: 'Import' }] : []),
    ...(hasRole(user.role, 'ADMIN') ? [{ href: '/editor/people', label: 'People' }, { href: '/editor/audit', label: 'Audit log' }, { href: '/editor/jobs', label: 'Jobs' }] : []),
    { href: '/editor/account', label: 'Account' },
  ];
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3 border-b border-rule pb-3 text-sm">
        <nav aria-label="Editor">
          <ul className="flex flex-wrap gap-4">
            {links.map((l) => (
              <li key={l.href}>
                <Link href={l.href}>{l.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <SignOutForm action={signOutAction} className="flex items-center gap-3">
          <span className="text-muted">
            {user.name} · {ROLE_LABELS[user.role]}
          </span>
          <button type="submit" className="rounded border border-rule px-2 py-1 hover:border-accent">
            Sign out
          </button>
        </SignOutForm>
      </div>
      {children}
    </div>
  );
}
