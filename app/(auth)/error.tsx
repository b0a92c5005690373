'use client';

import Link from 'next/link';
import { useEffect } from 'react';

/** Sign-in and invitation pages: what was typed is not lost, and reading needs no account. */
export default function AuthError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert" className="mx-auto max-w-sm space-y-3 py-10">
      <h1 className="font-serif text-2xl font-semibold">Signing in is not possible right now</h1>
      <p>The portal could not check your account. It is usually a brief interruption: try again in a moment.</p>
      <p className="text-sm text-muted">
        Reading needs no account: the <Link href="/articles">articles</Link> and <Link href="/briefs">briefs</Link> stay open.
      </p>
      <button type="button" onClick={() => retry()} className="rounded bg-accent px-3 py-1.5 font-medium text-paper">
        Try again
      </button>
    </div>
  );
}
