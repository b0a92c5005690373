import type { JobQueue } from './queue';

/**
 * This process's job queue, shared on globalThis between Next's bundles (instrumentation, actions,
 * the health route) and the production server (scripts/serve.ts), which stops it on shutdown.
 */
interface QueueState {
  caspianJobs?: Promise<JobQueue>;
  /** Set once this process's workers have started. */
  caspianJobsWorking?: boolean;
  caspianJobsError?: string;
}

const state = globalThis as unknown as QueueState;

export const runningQueue = (): Promise<JobQueue> | undefined => state.caspianJobs;

export function setRunningQueue(queue: Promise<JobQueue>, working: boolean): void {
  state.caspianJobs = queue;
  state.caspianJobsError = undefined;
  queue.then(
    () => {
      state.caspianJobsWorking = working;
    },
    (error: unknown) => {
      state.caspianJobsWorking = false;
      state.caspianJobsError = error instanceof Error ? error.message : String(error);
    },
  );
}

export const queueWorkerState = () => ({ working: state.caspianJobsWorking === true, error: state.caspianJobsError ?? null });

/** Lets running jobs finish, then closes the queue's connections (a no-op when none started). */
export async function stopRunningQueue(): Promise<void> {
  const queue = await state.caspianJobs?.catch(() => undefined);
  await queue?.stop();
}
