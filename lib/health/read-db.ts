import { connection } from 'next/server';
import { isConnectionError, markDatabaseDown } from './db-health';

/**
 * Wraps a page's database read: it happens per request (never at build time), and a failure to
 * reach the database is reported to the health state so the proxy answers 503 until it is back.
 */
export async function readDb<T>(run: () => Promise<T>): Promise<T> {
  await connection();
  try {
    return await run();
  } catch (error) {
    if (isConnectionError(error)) markDatabaseDown();
    throw error;
  }
}
