import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { UNAVAILABLE_HTML } from './unavailable-page';

/** Set by the proxy on a request it let through to Next while the database was down (see proxy.ts). */
export const OUTAGE_PASS_HEADER = 'x-caspian-outage-pass';
/** Tells a reader's tools that this page came from the cache because the database is away. */
export const STALE_HEADER = 'x-served-stale';
export const STALE_VALUE = 'database-unavailable';
export const RETRY_AFTER_SECONDS = 15;

export const UNAVAILABLE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'retry-after': String(RETRY_AFTER_SECONDS),
  'cache-control': 'no-store',
} as const;

/** Headers the server itself sets on every response (lib/platform/security/transport.ts), kept on a 503. */
const KEPT = new Set(['strict-transport-security', 'content-security-policy', 'x-content-type-options', 'referrer-policy', 'x-frame-options']);

/**
 * The production server's answer to an outage, decided when Next writes its status line:
 * - a request the proxy let through while the database was down (OUTAGE_PASS_HEADER) is answered
 *   from Next's page cache when Next has the page (`x-nextjs-cache: HIT`, status 200), marked
 *   STALE_HEADER; anything else it answers (a render that needed the database) becomes the 503 page;
 * - any other 5xx while the database is down (a search whose query failed on a dropped connection,
 *   after its one retry, lib/platform/health/read-db.ts) becomes the 503 page, with Retry-After: never a 500.
 */
export function guardOutage(res: ServerResponse, databaseDown: () => boolean): void {
  type Loose = (this: ServerResponse, ...args: unknown[]) => unknown;
  const writeHead = res.writeHead as unknown as Loose;
  const write = res.write as unknown as Loose;
  const end = res.end as unknown as Loose;
  let replaced = false;
  let decided = false;
  // Otherwise Node writes the status line itself (and, for a body in one piece, its length).
  const mayReplace = (r: ServerResponse) => r.getHeader(OUTAGE_PASS_HEADER) !== undefined || databaseDown();

  res.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    decided = true;
    const given = rest.find((r) => r && typeof r === 'object' && !Array.isArray(r)) as OutgoingHttpHeaders | undefined;
    const header = (name: string) => given?.[name] ?? this.getHeader(name);
    const passed = header(OUTAGE_PASS_HEADER) !== undefined;
    if (given) delete given[OUTAGE_PASS_HEADER];
    this.removeHeader(OUTAGE_PASS_HEADER);
    if (passed && status === 200 && header('x-nextjs-cache') === 'HIT') {
      this.setHeader(STALE_HEADER, STALE_VALUE);
      return writeHead.call(this, status, ...rest);
    }
    if (!passed && !(status >= 500 && databaseDown())) return writeHead.call(this, status, ...rest);
    replaced = true;
    for (const name of this.getHeaderNames()) if (!KEPT.has(name)) this.removeHeader(name);
    const csp = given?.['content-security-policy'];
    writeHead.call(this, 503, { ...UNAVAILABLE_HEADERS, ...(csp ? { 'content-security-policy': csp } : {}) });
    end.call(this, this.req?.method === 'HEAD' ? undefined : UNAVAILABLE_HTML);
    return this;
  } as typeof res.writeHead;
  // A body written without writeHead, when it may be replaced, gets its status line decided first
  // (Node would call writeHead from inside write, too late to drop the chunk). What Next writes after its status line was
  // replaced goes nowhere: the 503 page is complete.
  res.write = function (this: ServerResponse, ...args: unknown[]) {
    if (!decided && !this.headersSent && mayReplace(this)) this.writeHead(this.statusCode);
    if (replaced) {
      const callback = args.find((a) => typeof a === 'function') as (() => void) | undefined;
      callback?.();
      return true;
    }
    return write.call(this, ...args);
  } as typeof res.write;
  res.end = function (this: ServerResponse, ...args: unknown[]) {
    if (!decided && !this.headersSent && mayReplace(this)) this.writeHead(this.statusCode);
    if (replaced) {
      const callback = args.find((a) => typeof a === 'function') as (() => void) | undefined;
      callback?.();
      return this;
    }
    return end.call(this, ...args);
  } as typeof res.end;
}
