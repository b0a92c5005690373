'use client';

import { useEffect } from 'react';

export default function EditorError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert" className="space-y-3 py-6">
      <h1 className="font-serif text-2xl font-semibold">This editor page could not be loaded</h1>
      <p>Your drafts are saved on the server and in this browser; nothing is lost. Try again in a moment.</p>
      <button type="button" onClick={() => retry()} className="rounded bg-accent px-3 py-1.5 font-medium text-paper">
        Try again
      </button>
    </div>
  );
}
