import pg from 'pg';
import PgBoss from 'pg-boss';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Mailer } from '@/lib/platform/mail/mailer';
import { jobHandlers } from './handlers';
import { QUEUE_SPECS, QUEUES, type QueueName } from './queues';

/** pg-boss keeps its tables here, apart from the portal's own (Prisma's migrations never see it). */
export const JOB_SCHEMA = 'pgboss';

export interface SendOptions {
  startAfter?: Date;
  singletonKey?: string;
  /** Instead of the queue's own (QUEUE_SPECS). */
  retryLimit?: number;
  retryDelay?: number;
}

export interface JobQueue {
  /** Returns the job's id, or null when a 'short' queue already has one waiting with this key. */
  send(name: QueueName, data: object, options?: SendOptions): Promise<string | null>;
  stop(): Promise<void>;
}

export interface StartOptions {
  connectionString: string;
  /** Run this instance's workers and clocks; false: only send jobs (a tool, a test's sender). */
  work: boolean;
  db?: PrismaClient;
  expire?: (tags: string[]) => void;
  /** Where the timer's notices to authors go; none without one. */
  mailer?: Mailer | null;
  /** The origin of links in those notices (SITE_URL). */
  siteUrl?: string;
  /** How often an idle worker looks for a job (seconds, at least 0.5). */
  pollingIntervalSeconds?: number;
}

/** Any constant: the key of the advisory lock under which instances create the queues. */
const CREATE_LOCK = 7_318_042;

/**
 * Creates the queues that do not exist yet. Two instances creating the same queue at once deadlock
 * inside pg-boss (each attaches a partition), so creation is serialized by an advisory lock.
 */
async function createQueues(connectionString: string, boss: PgBoss): Promise<void> {
  const existing = new Set((await boss.getQueues()).map((q) => q.name));
  const missing = QUEUE_SPECS.filter((spec) => !existing.has(spec.name));
  if (!missing.length) return;
  const lock = new pg.Client({ connectionString, connectionTimeoutMillis: 3_000 });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [CREATE_LOCK]);
    for (const spec of missing) {
      await boss.createQueue(spec.name, { name: spec.name, policy: spec.policy, retryLimit: spec.retryLimit, retryDelay: spec.retryDelay, retryBackoff: true, expireInSeconds: spec.expireInSeconds });
    }
  } finally {
    await lock.end();
  }
}

/**
 * Starts pg-boss on the portal's database: creates its schema and queues on first use (under its
 * own advisory lock, so instances starting together do not collide), and with `work` registers one
 * worker per queue and the clock-driven jobs. Returns what the app uses to send and to stop.
 */
export async function startJobQueue({ connectionString, work, db, expire = () => {}, mailer = null, siteUrl = 'http://localhost:3000', pollingIntervalSeconds = 1 }: StartOptions): Promise<JobQueue> {
  const boss = new PgBoss({
    connectionString,
    schema: JOB_SCHEMA,
    max: work ? 4 : 2,
    application_name: 'caspian-jobs',
    supervise: work,
    schedule: work,
    // Failed jobs stay listed for admins for a week; completed ones a day.
    archiveCompletedAfterSeconds: 86_400,
    archiveFailedAfterSeconds: 7 * 86_400,
  });
  boss.on('error', (error: Error) => console.error('[jobs]', error.message));
  await boss.start();
  await createQueues(connectionString, boss);
  const send: JobQueue['send'] = (name, data, options = {}) => boss.send(name, data, options);

  if (work) {
    if (!db) throw new Error('startJobQueue: a worker needs the database client');
    const handlers = jobHandlers({
      db,
      expire,
      mailer,
      siteUrl,
      sendRetag: async (retagJobId) => void (await send(QUEUES.retag, { retagJobId }, { singletonKey: retagJobId })),
      sendProposals: async (articleId) => void (await send(QUEUES.proposeFacts, { articleId }, { singletonKey: articleId })),
      sendBriefNotice: async (briefId) => void (await send(QUEUES.briefNotice, { briefId })),
    });
    for (const spec of QUEUE_SPECS) {
      const handle = handlers[spec.name];
      await boss.work<object>(spec.name, { pollingIntervalSeconds, batchSize: 1 }, async ([job]) => (job ? handle(job.data) : null));
      if (spec.cron) await boss.schedule(spec.name, spec.cron, {}, { tz: 'UTC' });
    }
  }
  return {
    send,
    // graceful: an active job is let finish (up to the timeout) before the connections close.
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 20_000 }),
  };
}
