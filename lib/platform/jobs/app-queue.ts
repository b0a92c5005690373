import 'server-only';
import { requireDatabaseUrl } from '@/lib/platform/env';
import { runningQueue, setRunningQueue } from './instance';
import { startJobQueue, type JobQueue } from './queue';
import { QUEUES } from './queues';

/**
 * The server's job queue: the one instrumentation.ts started with its workers, or, where none runs
 * (a build, a dev server without it), one that only sends.
 */
export function getJobQueue(): Promise<JobQueue> {
  const running = runningQueue();
  if (running) return running;
  const queue = startJobQueue({ connectionString: requireDatabaseUrl(), work: false });
  setRunningQueue(queue, false);
  return queue;
}

/**
 * Sends after the write has committed. A message that cannot be sent is not lost work: the
 * minute's sweep re-sends a stranded re-tagging or proposal job, and the minute's publication round publishes
 * any brief that is due, so the failure is logged, not shown to the editor.
 */
async function sendQuietly(what: string, run: (queue: JobQueue) => Promise<unknown>): Promise<void> {
  try {
    await run(await getJobQueue());
  } catch (error) {
    console.error(`[jobs] could not queue ${what}; the minute's round will pick it up`, error instanceof Error ? error.message : error);
  }
}

export function queueRetag(retagJobId: string): Promise<void> {
  return sendQuietly('a re-tagging job', (q) => q.send(QUEUES.retag, { retagJobId }, { singletonKey: retagJobId }));
}

/** An imported article's fact proposals, once its run is recorded (lib/facts/proposals/runs.ts). */
export function queueFactProposals(articleId: string): Promise<void> {
  return sendQuietly('fact proposals', (q) => q.send(QUEUES.proposeFacts, { articleId }, { singletonKey: articleId }));
}

/** A publication round at the brief's time, so it appears within a second or so of it. */
export function queuePublication(briefId: string, at: Date): Promise<void> {
  return sendQuietly('a scheduled publication', (q) => q.send(QUEUES.publishDue, { briefId }, { startAfter: at }));
}
