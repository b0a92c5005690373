'use client';

import Link from 'next/link';
import { useEffect } from 'react';

export default function ReaderError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <div className="mx-auto max-w-2xl py-10" role="alert">
      <p className="text-sm font-medium uppercase tracking-wide text-muted">Something went wrong</p>
      <h1 className="mt-2 font-serif text-3xl font-semibold">This page could not be loaded</h1>
      <p className="mt-4">
        The portal could not fetch what this page shows. It may be a brief interruption: trying again usually works.
      </p>
      <div className="mt-6 flex gap-4">
        <button
          type="button"
          onClick={() => retry()}
          className="rounded bg-accent px-3 py-1.5 font-medium text-paper hover:opacity-90"
        >
          Try again
        </button>
        <Link href="/">Go to the home page</Link>
      </div>
    </div>
  );
}
