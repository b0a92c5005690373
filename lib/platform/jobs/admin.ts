import type { PrismaClient } from '@/lib/generated/prisma/client';
import { JOB_SCHEMA } from './queue';

export interface JobRow {
  id: string;
  queue: string;
  /** created (waiting), retry (waiting after a failure), active, failed */
  state: string;
  retryCount: number;
  retryLimit: number;
  createdOn: Date;
  startAfter: Date;
  startedOn: Date | null;
  completedOn: Date | null;
  /** The message of the last failure (a retry's or the final one). */
  lastError: string | null;
  data: string;
}

export interface JobsOverview {
  /** False while no instance has started the queue on this database yet. */
  installed: boolean;
  pending: JobRow[];
  failed: JobRow[];
}

const LIMIT = 200;

interface RawJob {
  id: string;
  name: string;
  state: string;
  retry_count: number;
  retry_limit: number;
  created_on: Date;
  start_after: Date;
  started_on: Date | null;
  completed_on: Date | null;
  error: string | null;
  data: string | null;
}

function row(r: RawJob): JobRow {
  return {
    id: r.id,
    queue: r.name,
    state: r.state,
    retryCount: r.retry_count,
    retryLimit: r.retry_limit,
    createdOn: r.created_on,
    startAfter: r.start_after,
    startedOn: r.started_on,
    completedOn: r.completed_on,
    lastError: r.error,
    data: r.data && r.data !== '{}' ? r.data : '',
  };
}

/**
 * What admins see of the job queue: every job waiting, retrying or running, and the failed ones
 * (kept a week), newest first, each with its last error. Read straight from pg-boss's table,
 * which has no listing call of its own.
 */
export async function jobsOverview(db: PrismaClient): Promise<JobsOverview> {
  const [found] = await db.$queryRaw<{ present: boolean }[]>`SELECT to_regclass(${`${JOB_SCHEMA}.job`}) IS NOT NULL AS present`;
  if (!found?.present) return { installed: false, pending: [], failed: [] };
  const rows = await db.$queryRawUnsafe<RawJob[]>(
    `SELECT id::text, name, state::text, retry_count, retry_limit, created_on, start_after, started_on, completed_on,
            CASE WHEN state IN ('retry', 'failed') THEN COALESCE(output->>'message', output::text) END AS error,
            data::text AS data
       FROM ${JOB_SCHEMA}.job
      WHERE state IN ('created', 'retry', 'active', 'failed')
      ORDER BY created_on DESC
      LIMIT ${LIMIT * 2}`,
  );
  const all = rows.map(row);
  return {
    installed: true,
    pending: all.filter((j) => j.state !== 'failed').slice(0, LIMIT),
    failed: all.filter((j) => j.state === 'failed').slice(0, LIMIT),
  };
}
