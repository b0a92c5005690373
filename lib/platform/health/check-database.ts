import pg from 'pg';
import { env } from '@/lib/platform/env';
import { databaseDownSince, markDatabaseDown, markDatabaseUp } from './db-health';

// While healthy, no request probes: an idle connection (the sentinel) is told at once when the
// server goes away, and a failing query notes it too (./read-db.ts). Without a sentinel (it could
// not connect), probe again only this often. While down, a request probes (one at a time, shared;
// a refused connection answers at once), so the portal recovers on the first request after it returns.
const RECHECK_HEALTHY_MS = 5_000;

interface CheckState {
  at: number;
  inFlight?: Promise<boolean>;
  /** An idle connection whose loss tells us at once that the server went away. */
  sentinel?: pg.Client;
}

const state = globalThis as unknown as { caspianDbCheck?: CheckState };

function newClient(): pg.Client {
  return new pg.Client({ connectionString: env.DATABASE_URL, connectionTimeoutMillis: 2_000, keepAlive: true });
}

async function probe(): Promise<boolean> {
  if (!env.DATABASE_URL) return false;
  const client = newClient();
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    client.end().catch(() => {});
  }
}

function watch(check: CheckState): void {
  if (check.sentinel || !env.DATABASE_URL) return;
  const client = newClient();
  check.sentinel = client;
  const lost = () => {
    if (check.sentinel !== client) return;
    check.sentinel = undefined;
    markDatabaseDown();
    client.end().catch(() => {});
  };
  client.on('error', lost);
  client.on('end', lost);
  client.connect().catch(lost);
}

export async function isDatabaseAvailable(now = Date.now()): Promise<boolean> {
  const check = (state.caspianDbCheck ??= { at: 0 });
  const down = databaseDownSince() !== undefined;
  if (!down && (check.sentinel || now - check.at < RECHECK_HEALTHY_MS)) return true;
  check.inFlight ??= probe().then((ok) => {
    check.at = Date.now();
    check.inFlight = undefined;
    if (ok) {
      markDatabaseUp();
      watch(check);
    } else {
      markDatabaseDown();
    }
    return ok;
  });
  return check.inFlight;
}
