'use client';

import { useSyncExternalStore } from 'react';
import { formatCitation, type CitableWork, type CitationStyle } from '@/lib/formats/citations';
import { CopyCitationButton } from './copy-citation-button';

const noChange = () => () => {};
const today = () => new Date().toISOString().slice(0, 10);

/**
 * One formatted citation with its copy button. Pages are served from a cache, so the day they were
 * rendered is not the day the reader cites them: the server's text carries the render date (what a
 * reader without JavaScript gets), and the browser puts in its own day (UTC, as the server does).
 */
export function CitationEntry({ work, style, label }: { work: CitableWork; style: CitationStyle; label: string }) {
  const day = useSyncExternalStore(noChange, today, () => work.accessed.toISOString().slice(0, 10));
  const text = formatCitation(style, { ...work, accessed: new Date(`${day}T12:00:00Z`) });
  return (
    <div>
      <dt className="flex items-center gap-2 text-xs font-semibold uppercase tracking-wide text-muted">
        {label} <CopyCitationButton text={text} label={label} />
      </dt>
      <dd className="mt-1">
        <pre className="whitespace-pre-wrap break-words font-mono text-xs">{text}</pre>
      </dd>
    </div>
  );
}
