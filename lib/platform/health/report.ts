import 'server-only';
import { sharedTagBus } from '@/lib/platform/cache/shared-tags';
import { getDb, getReplicas } from '@/lib/platform/db';
import { env } from '@/lib/platform/env';
import { queueWorkerState } from '@/lib/platform/jobs/instance';
import { JOB_SCHEMA } from '@/lib/platform/jobs/queue';
import { isDatabaseAvailable } from './check-database';
import { isDraining } from './draining';

type Part = 'up' | 'down' | 'not configured';

export interface HealthReport {
  status: 'ok' | 'degraded' | 'draining';
  database: 'up' | 'down';
  /** Up when every replica answers; readers use the primary while one is down. */
  replica: Part;
  replicas: { up: boolean; lagBytes: number | null }[];
  /** Tag expiry across instances (REDIS_URL); while down, this instance serves uncached. */
  redis: Part;
  queue: 'up' | 'down';
  /** Jobs past their time and not yet taken, and jobs that failed every try in the last day. */
  jobs: { overdue: number; failed: number } | null;
}

async function jobCounts(): Promise<HealthReport['jobs']> {
  try {
    const [row] = await getDb().$queryRawUnsafe<{ overdue: number; failed: number }[]>(
      `SELECT count(*) FILTER (WHERE state IN ('created', 'retry') AND start_after < now() - interval '1 minute')::int AS overdue,
              count(*) FILTER (WHERE state = 'failed' AND completed_on > now() - interval '1 day')::int AS failed
         FROM ${JOB_SCHEMA}.job`,
    );
    return row ?? null;
  } catch {
    return null;
  }
}

/**
 * Each part on its own: the database (the only one without which the instance cannot serve, so
 * the only one that makes it 503), the replicas, the shared cache, and this instance's job worker.
 */
export async function healthReport(): Promise<HealthReport> {
  const database = await isDatabaseAvailable();
  const replicaSet = database ? getReplicas() : null;
  const replicas = (replicaSet?.statuses() ?? []).map(({ up, lagBytes }) => ({ up, lagBytes }));
  const worker = queueWorkerState();
  const jobs = database ? await jobCounts() : null;
  const queue = database && worker.working && jobs ? 'up' : 'down';
  const replica: Part = !replicaSet ? 'not configured' : replicas.every((r) => r.up) ? 'up' : 'down';
  const redis: Part = !env.REDIS_URL ? 'not configured' : sharedTagBus()?.up() ? 'up' : 'down';
  const allUp = database && queue === 'up' && replica !== 'down' && redis !== 'down';
  return {
    status: isDraining() ? 'draining' : allUp ? 'ok' : 'degraded',
    database: database ? 'up' : 'down',
    replica,
    replicas,
    redis,
    queue,
    jobs,
  };
}
