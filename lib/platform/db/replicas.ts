import type { PrismaClient } from '@/lib/generated/prisma/client';
import { createPrismaClient } from './create-client';

export interface ReplicaStatus {
  /** The replica's address without its password. */
  host: string;
  up: boolean;
  /** Bytes of the primary's log not yet replayed (null until both answered). */
  lagBytes: number | null;
  error: string | null;
}

interface Replica {
  client: PrismaClient;
  status: ReplicaStatus;
  /** Writes readers must see (fence) that this replica has not replayed yet: readers skip it meanwhile. */
  fences: number;
}

/** A replica this far behind is skipped until it catches up (reads would look stale). */
const MAX_LAG_BYTES = 16 * 1024 * 1024;
/** How often a fenced replica is asked how far it has replayed, and for how long at most. */
const FENCE_POLL_MS = 20;
const FENCE_MAX_MS = 10_000;

const hostOf = (url: string) => {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
};

const message = (error: unknown) => (error instanceof Error ? error.message.split('\n')[0]! : String(error));

/**
 * The read replicas of DATABASE_REPLICA_URLS, one client each. Reader queries take one in turn
 * among those that answered the last check and are not far behind; with none, they go to the
 * primary, so a lost replica costs load, never errors. Writes and editors' reads never come here.
 */
export class ReplicaSet {
  private readonly replicas: Replica[];
  private next = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    urls: readonly string[],
    private readonly primary: PrismaClient,
  ) {
    this.replicas = urls.map((url) => ({ client: createPrismaClient(url), status: { host: hostOf(url), up: false, lagBytes: null, error: 'not checked yet' }, fences: 0 }));
  }

  /** A healthy replica's client, or the primary's. */
  pick(): PrismaClient {
    const usable = this.replicas.filter((r) => r.status.up && r.fences === 0 && (r.status.lagBytes ?? 0) <= MAX_LAG_BYTES);
    if (!usable.length) return this.primary;
    this.next = (this.next + 1) % usable.length;
    return usable[this.next]!.client;
  }

  /**
   * After a write readers must see (a tag expired, here or on another instance): from now on,
   * readers skip each replica until it has replayed the primary's log as far as it reaches now,
   * which is past the write. Without it, a page rendered at once from a replica a few
   * milliseconds behind would show the old data, and be kept as current.
   */
  async fence(): Promise<void> {
    const fenced = this.replicas.filter((r) => r.status.up);
    for (const replica of fenced) replica.fences++;
    try {
      const [row] = await this.primary.$queryRaw<{ lsn: string }[]>`SELECT pg_current_wal_lsn()::text AS lsn`;
      const deadline = Date.now() + FENCE_MAX_MS;
      await Promise.all(fenced.map((replica) => this.replayed(replica, row!.lsn, deadline)));
    } catch (error) {
      console.error('[db] a replica fence could not be checked; its readers went to the primary meanwhile:', message(error));
    } finally {
      for (const replica of fenced) replica.fences--;
    }
  }

  /** Resolves once the replica has replayed past `lsn`; by the deadline it is left to the lag check. */
  private async replayed(replica: Replica, lsn: string, deadline: number): Promise<void> {
    while (Date.now() < deadline) {
      const [row] = await replica.client.$queryRaw<{ done: boolean }[]>`SELECT pg_last_wal_replay_lsn() >= ${lsn}::text::pg_lsn AS done`;
      if (row?.done) return;
      await new Promise((resolve) => setTimeout(resolve, FENCE_POLL_MS));
    }
    console.warn(`[db] replica ${replica.status.host} had not replayed ${lsn} after ${FENCE_MAX_MS} ms`);
  }

  statuses(): ReplicaStatus[] {
    return this.replicas.map((r) => ({ ...r.status }));
  }

  /** Asks every replica whether it answers, is a standby, and how far it has replayed. */
  async check(): Promise<void> {
    const primaryLsn = await this.primary
      .$queryRaw<{ lsn: string }[]>`SELECT pg_current_wal_lsn()::text AS lsn`
      .then((rows) => rows[0]?.lsn ?? null)
      .catch(() => null);
    await Promise.all(
      this.replicas.map(async (replica) => {
        try {
          const [row] = await replica.client.$queryRaw<{ standby: boolean; lag: number | null }[]>`
            SELECT pg_is_in_recovery() AS standby,
                   CASE WHEN ${primaryLsn}::text IS NULL THEN NULL
                        ELSE GREATEST(pg_wal_lsn_diff(${primaryLsn}::text::pg_lsn, pg_last_wal_replay_lsn()), 0)::float8 END AS lag`;
          replica.status = row?.standby
            ? { host: replica.status.host, up: true, lagBytes: row.lag, error: null }
            : { host: replica.status.host, up: false, lagBytes: null, error: 'not a standby (pg_is_in_recovery() is false)' };
        } catch (error) {
          replica.status = { host: replica.status.host, up: false, lagBytes: null, error: message(error) };
        }
      }),
    );
  }

  /** Checks now and then every `everyMs`, so a replica that stops is left within that long. */
  async start(everyMs = 2_000): Promise<void> {
    await this.check();
    this.timer ??= setInterval(() => void this.check(), everyMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await Promise.all(this.replicas.map((r) => r.client.$disconnect()));
  }
}
