'use client';

import type { ReactNode } from 'react';
import { clearAllLocalDrafts } from '@/components/briefs/editor/local-draft';

/**
 * A sign-out form that also forgets the brief text kept in this browser, so the next person at
 * this computer cannot read it. The server revokes the session either way.
 */
export function SignOutForm({ action, className, children }: { action: () => Promise<void>; className?: string; children: ReactNode }) {
  return (
    <form action={action} onSubmit={() => clearAllLocalDrafts()} className={className}>
      {children}
    </form>
  );
}
