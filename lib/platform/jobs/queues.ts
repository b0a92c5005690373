/**
 * Every background job of the portal, one queue each, in PostgreSQL (pg-boss's own schema). A job
 * is fetched by one worker at a time (SELECT … FOR UPDATE SKIP LOCKED), whatever the number of
 * instances; a job that throws is retried with exponential backoff, then stays failed with its
 * last error for admins to see (/editor/jobs).
 */
export const QUEUES = {
  /** Publishes the scheduled briefs whose time has come (sent for each brief's time, and every minute). */
  publishDue: 'briefs.publish-due',
  /** Mails a brief's author what the timer did with it: published on schedule, or back to draft. */
  briefNotice: 'mail.brief-notice',
  /** Deletes drafts trashed 30 days ago. */
  purgeTrash: 'briefs.purge-trash',
  /** Re-tags the articles a change of names could affect (one RetagJob row). */
  retag: 'kb.retag',
  /** Proposes the facts an imported article states (one FactProposalRun row). */
  proposeFacts: 'facts.propose',
  /** Keeps the search table's statistics and free space current after bulk imports. */
  searchMaintenance: 'search.maintain',
  /** Finds re-tagging and proposal jobs whose queue message was never sent (the sender died after its commit). */
  sweep: 'jobs.sweep',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export interface QueueSpec {
  name: QueueName;
  /** 'short': at most one waiting job per singleton key (a retag job is queued once). */
  policy: 'standard' | 'short';
  retryLimit: number;
  /** Seconds before the first retry; doubled on each (retryBackoff). */
  retryDelay: number;
  /** A job still active after this long is taken as lost (its worker died) and retried. */
  expireInSeconds: number;
  /** Cron (UTC) for queues that also run on a clock; pg-boss sends each slot once across instances. */
  cron?: string;
}

export const QUEUE_SPECS: readonly QueueSpec[] = [
  { name: QUEUES.publishDue, policy: 'standard', retryLimit: 5, retryDelay: 2, expireInSeconds: 300, cron: '* * * * *' },
  { name: QUEUES.briefNotice, policy: 'standard', retryLimit: 6, retryDelay: 30, expireInSeconds: 120 },
  { name: QUEUES.purgeTrash, policy: 'standard', retryLimit: 3, retryDelay: 60, expireInSeconds: 600, cron: '7 * * * *' },
  { name: QUEUES.retag, policy: 'short', retryLimit: 4, retryDelay: 5, expireInSeconds: 1800 },
  { name: QUEUES.proposeFacts, policy: 'short', retryLimit: 4, retryDelay: 5, expireInSeconds: 600 },
  { name: QUEUES.searchMaintenance, policy: 'standard', retryLimit: 3, retryDelay: 300, expireInSeconds: 1800, cron: '23 3 * * *' },
  { name: QUEUES.sweep, policy: 'standard', retryLimit: 1, retryDelay: 30, expireInSeconds: 120, cron: '* * * * *' },
];
