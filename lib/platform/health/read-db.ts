import { connection } from 'next/server';
import { tagPage } from '@/lib/platform/cache/page-tags';
import { isConnectionError, markDatabaseDown } from './db-health';

/**
 * A read that fails on a connection the server dropped (a restart, a failover, an idle connection
 * cut) is tried once more on a new one; when that fails too, the database is noted as down, and the
 * production server answers 503 rather than the error page's 500 (lib/platform/health/outage-guard.ts).
 */
async function reporting<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!isConnectionError(error)) throw error;
  }
  try {
    return await run();
  } catch (error) {
    if (isConnectionError(error)) markDatabaseDown();
    throw error;
  }
}

/**
 * Wraps a page's database read: it happens per request (never at build time), and a failure to
 * reach the database is reported to the health state so the proxy answers 503 until it is back.
 */
export async function readDb<T>(run: () => Promise<T>): Promise<T> {
  await connection();
  return reporting(run);
}

const building = () => process.env.NEXT_PHASE === 'phase-production-build';

/**
 * A read for a page served from Next's cache: the page is rendered once and kept until one of the
 * tags that `tagsOf` names for what was read is expired by a write (lib/platform/cache/invalidate.ts).
 * `atBuild` is what a page without parameters shows when the build prerenders it, so the build needs
 * no database; it is never served, because the page cache starts empty in every server process.
 */
export async function readCached<T>(run: () => Promise<T>, tagsOf: (value: T) => readonly string[], atBuild?: T): Promise<T> {
  if (atBuild !== undefined && building()) return atBuild;
  const value = await reporting(run);
  await tagPage(tagsOf(value));
  return value;
}
