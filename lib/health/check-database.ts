import pg from 'pg';
import { env } from '@/lib/env';
import { databaseDownSince, markDatabaseDown, markDatabaseUp } from './db-health';

// While healthy, look again only this often; while down, every request looks (a refused
// connection answers at once), so the portal recovers on the first request after it returns.
const RECHECK_HEALTHY_MS = 5_000;

const state = globalThis as unknown as { caspianDbCheck?: { at: number; inFlight?: Promise<boolean> } };

async function probe(): Promise<boolean> {
  if (!env.DATABASE_URL) return false;
  const client = new pg.Client({ connectionString: env.DATABASE_URL, connectionTimeoutMillis: 2_000 });
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

export async function isDatabaseAvailable(now = Date.now()): Promise<boolean> {
  const check = (state.caspianDbCheck ??= { at: 0 });
  const down = databaseDownSince() !== undefined;
  if (!down && now - check.at < RECHECK_HEALTHY_MS) return true;
  check.inFlight ??= probe().then((ok) => {
    check.at = Date.now();
    check.inFlight = undefined;
    if (ok) markDatabaseUp();
    else markDatabaseDown();
    return ok;
  });
  return check.inFlight;
}
