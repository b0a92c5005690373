'use client';

import { useState } from 'react';
import { useHydrated } from '@/components/ui/use-hydrated';

/** Copies one formatted citation; without JavaScript the text stays selectable beside it. */
export function CopyCitationButton({ text, label }: { text: string; label: string }) {
  const [copied, setCopied] = useState(false);
  const hydrated = useHydrated();
  return (
    <button
      type="button"
      hidden={!hydrated}
      className="rounded border border-current/20 px-2 py-0.5 text-xs text-muted hover:text-accent"
      aria-label={`Copy ${label} citation`}
      onClick={async () => {
        try {
          await navigator.clipboard.writeText(text);
          setCopied(true);
          setTimeout(() => setCopied(false), 2000);
        } catch {
          setCopied(false);
        }
      }}
    >
      <span aria-live="polite">{copied ? 'Copied' : 'Copy'}</span>
    </button>
  );
}
