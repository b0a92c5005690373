import { isConnectionError, markDatabaseDown } from '@/lib/platform/health/db-health';
import { failure, type Failure } from '@/lib/platform/result';

/**
 * Runs an editor's write. When the database cannot be reached the action answers with `message`
 * (the form keeps what was typed, and the site notes the outage); any other error is a fault: it
 * goes on to the error boundary and the log, never relabelled as an outage.
 */
export async function unlessDatabaseAway<R>(message: string, run: () => Promise<R>): Promise<R | Failure> {
  try {
    return await run();
  } catch (error) {
    if (!isConnectionError(error)) throw error;
    markDatabaseDown();
    console.error(error);
    return failure(message, { code: 'unavailable' });
  }
}
