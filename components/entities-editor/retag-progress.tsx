'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { retagProgressAction } from '@/lib/knowledge-base/actions/entities';
import type { RetagProgress as Progress } from '@/lib/knowledge-base/retag-jobs';

const POLL_MS = 1000;

/** The latest re-tagging job's progress, polled while it runs; the page refreshes when it ends. */
export function RetagProgress({ entityId, initial }: { entityId: string; initial: Progress | null }) {
  const [job, setJob] = useState(initial);
  const router = useRouter();
  const running = job !== null && (job.status === 'queued' || job.status === 'running');
  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(async () => {
      const result = await retagProgressAction(entityId).catch(() => null);
      const next = result?.ok ? result.data : null;
      if (!next) return;
      setJob(next);
      if (next.status === 'done' || next.status === 'failed') router.refresh();
    }, POLL_MS);
    return () => window.clearInterval(timer);
  }, [entityId, running, router]);
  if (!job) return null;
  const label =
    job.status === 'failed'
      ? `Re-tagging failed: ${job.error ?? 'unknown error'}. Change a name again to retry.`
      : job.status === 'done'
        ? `Articles re-tagged: ${job.done} of ${job.total}.`
        : `Re-tagging the articles that could name it: ${job.done} of ${job.total}…`;
  return (
    <div role="status" aria-live="polite" className="space-y-1 text-sm">
      <p>{label}</p>
      {running ? <progress max={Math.max(job.total, 1)} value={job.done} aria-label="Re-tagging progress" className="w-full" /> : null}
    </div>
  );
}
