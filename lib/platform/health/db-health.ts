/**
 * Shared between the proxy (which answers 503 while the database is away) and the data layer
 * (which notices first when a query fails). Both run in the one server process.
 */
const state = globalThis as unknown as { caspianDbDownSince?: number };

export function markDatabaseDown(): void {
  state.caspianDbDownSince ??= Date.now();
}

export function markDatabaseUp(): void {
  state.caspianDbDownSince = undefined;
}

export function databaseDownSince(): number | undefined {
  return state.caspianDbDownSince;
}

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', '57P01', '57P03', 'P1001', 'P1002', 'P1017']);

/** True for failures that mean "cannot reach the database", as opposed to a bad query. */
export function isConnectionError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    if (typeof e !== 'object') break;
    const { code, message, cause } = e as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof code === 'string' && CONNECTION_CODES.has(code)) return true;
    if (typeof message === 'string' && /ECONNREFUSED|Connection terminated|connect ETIMEDOUT|timeout exceeded when trying to connect|Can't reach database|the database system is (starting|shutting) up/i.test(message)) {
      return true;
    }
    e = cause;
  }
  return false;
}
