'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import type { ActionResult } from '@/lib/platform/auth/session';
import type { ProposalProgress as Progress } from '@/lib/facts/proposals/runs';

const POLL_MS = 1000;

export interface ProposalProgressProps {
  /** The article, by id (its proposals page) or by slug (the import page, which knows only that). */
  article: { id: string } | { slug: string };
  initial: Progress | null;
  /** The server call that reads the progress (factProposalProgressAction); a test gives its own. */
  load: (article: { id: string } | { slug: string }) => Promise<ActionResult<Progress | null>>;
  /** On the proposals page: refresh it once they are in. */
  refreshWhenDone?: boolean;
}

const finished = (p: Progress | null) => p !== null && (p.status === 'done' || p.status === 'failed');

/** Where the job queue stands with an imported article's fact proposals, polled until it is done. */
export function ProposalProgress({ article, initial, load, refreshWhenDone = false }: ProposalProgressProps) {
  const [progress, setProgress] = useState(initial);
  const router = useRouter();
  const waiting = !finished(progress);
  const byId = 'id' in article;
  const key = 'id' in article ? article.id : article.slug;
  useEffect(() => {
    if (!waiting) return;
    const target = byId ? { id: key } : { slug: key };
    const timer = window.setInterval(async () => {
      const result = await load(target).catch(() => null);
      const next = result?.ok ? result.data : null;
      if (!next) return;
      setProgress(next);
      if (finished(next) && refreshWhenDone) router.refresh();
    }, POLL_MS);
    return () => window.clearInterval(timer);
  }, [byId, key, waiting, load, refreshWhenDone, router]);
  if (!progress && !waiting) return null;
  const label = !progress || progress.status === 'queued'
    ? 'Facts: waiting for the job queue…'
    : progress.status === 'running'
      ? 'Facts: proposing from the text…'
      : progress.status === 'failed'
        ? `Facts could not be proposed: ${progress.error ?? 'unknown error'}. The job queue tries again.`
        : `Facts proposed: ${progress.proposed ?? 0}.`;
  return (
    <p aria-live="polite" className="text-sm">
      {label}
      {progress?.status === 'done' && !refreshWhenDone ? <> · <Link href={`/editor/articles/${progress.articleId}/facts`}>Review them</Link></> : null}
    </p>
  );
}
