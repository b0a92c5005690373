'use client';

import { useState } from 'react';

/** Copies a text to the clipboard. Without JavaScript the text beside it can still be selected. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
    window.setTimeout(() => setState('idle'), 2000);
  }

  return (
    <button type="button" onClick={copy} aria-label={label} className="shrink-0 rounded border border-rule px-3 py-2 text-sm hover:border-accent">
      <span aria-live="polite">{state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed: select the link' : 'Copy'}</span>
    </button>
  );
}
