'use client';

import { useState } from 'react';
import { useHydrated } from '@/components/ui/use-hydrated';

/** Copies the paragraph's permalink. Without JavaScript the ¶ anchor beside it still works. */
export function CopyLinkButton({ anchor, label }: { anchor: string; label: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const hydrated = useHydrated();

  async function copy() {
    const url = new URL(window.location.href);
    url.hash = anchor;
    try {
      await navigator.clipboard.writeText(url.toString());
      setState('copied');
    } catch {
      setState('failed');
    }
    window.setTimeout(() => setState('idle'), 2000);
  }

  return (
    <button
      type="button"
      hidden={!hydrated}
      onClick={copy}
      aria-label={`Copy link to ${label}`}
      className="rounded px-1 text-xs text-muted hover:text-accent focus-visible:text-accent"
    >
      <span aria-live="polite">{state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : 'Copy link'}</span>
    </button>
  );
}
