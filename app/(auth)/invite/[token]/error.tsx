'use client';

import { useEffect } from 'react';

export default function InvitationError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert" className="mx-auto max-w-sm space-y-3 py-10">
      <h1 className="font-serif text-2xl font-semibold">This invitation could not be opened</h1>
      <p>Nothing was used up: the link still works once the portal answers again. Try again in a moment.</p>
      <button type="button" onClick={() => retry()} className="rounded bg-accent px-3 py-1.5 font-medium text-paper">
        Try again
      </button>
    </div>
  );
}
