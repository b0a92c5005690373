// The production server: Next's request handler behind a thin Node HTTP server that gives every
// response a fresh CSP nonce (lib/platform/security/restamp.ts) and compresses it afterwards. Pages are
// rendered with a placeholder nonce known only to this process, which is what lets them be served
// from Next's cache. `npm start` and the end-to-end tests run this; `next start` alone would serve
// cached pages with a nonce their CSP header does not name. Pages Next served from its cache are
// answered again from a front cache that follows Next's entries (lib/platform/cache/front-cache.ts).
// While the database is away it keeps serving cached pages, marked, and answers 503 for the rest
// (lib/platform/health/outage-guard.ts). Behind a proxy that writes the nonce itself (deploy/nginx.conf,
// lib/platform/security/proxy-nonce.ts), pages carry the proxy's token instead, and what the front cache
// serves may be kept by the proxy for a second. It also refuses methods and bodies no page takes (lib/platform/security/request-guard.ts) and decides the
// client's address (TRUSTED_PROXIES, lib/platform/security/client-address.ts) before Next sees the request.
//   PORT (3000), HOSTNAME (all interfaces), PAGE_CACHE_MB (256; the front cache gets a quarter),
//   MAX_BODY_MB (6), TRUSTED_PROXIES (none); needs a `next build`.
import { createServer } from 'node:http';
import compression from 'compression';
import next from 'next';
import { FrontCache } from '@/lib/platform/cache/front-cache';
import { TurnBudget } from '@/lib/platform/cache/turn-budget';
import { env } from '@/lib/platform/env';
import { isDatabaseAvailable } from '@/lib/platform/health/check-database';
import { markDraining } from '@/lib/platform/health/draining';
import { stopRunningQueue } from '@/lib/platform/jobs/instance';
import { databaseDownSince } from '@/lib/platform/health/db-health';
import { guardOutage } from '@/lib/platform/health/outage-guard';
import { CLIENT_ADDRESS_HEADER, clientAddress, parseTrustedProxies } from '@/lib/platform/security/client-address';
import { newNonce } from '@/lib/platform/security/csp';
import { pagePlaceholder } from '@/lib/platform/security/placeholder';
import { PROXY_NONCE_HEADER, PROXY_NONCE_STAMP_HEADER, proxyNonceToken } from '@/lib/platform/security/proxy-nonce';
import { refuseRequest } from '@/lib/platform/security/request-guard';
import { restampResponse } from '@/lib/platform/security/restamp-response';
import { transportHeaders } from '@/lib/platform/security/transport';
import { ROOT } from './lib/run';

const port = Number(process.env.PORT ?? 3000);
const FRONT_BYTES_PER_TURN = 2 * 1024 * 1024;
const hostname = process.env.HOSTNAME || undefined;

// tsx turns on Node's source maps for the TypeScript it runs; left on, Node would read and keep the
// source map of every chunk Next loads (60 MB of .map files on disk, most of what the server grew by
// on its first pages) and map the stack of every Error Next creates while rendering. `next start`
// runs without them; so does this server, from here on.
process.setSourceMapsEnabled(false);

// Read by the proxy through lib/platform/env.ts; set before Next loads anything. The same on every
// instance with the same AUTH_SECRET, for the pages they share through Redis.
const placeholder = pagePlaceholder(env.AUTH_SECRET);
process.env.CSP_NONCE_PLACEHOLDER = placeholder;
(process.env as Record<string, string>).NODE_ENV = 'production';

const app = next({ dev: false, dir: ROOT, port, ...(hostname ? { hostname } : {}) });
const handle = app.getRequestHandler();
const compress = compression();
const front = new FrontCache({
  placeholder,
  maxBytes: (Number(process.env.PAGE_CACHE_MB ?? 256) / 4) * 1024 * 1024,
  available: () => isDatabaseAvailable(),
  // Search pages are rendered per request; a popular one is kept briefly (SEARCH_CACHE_SECONDS).
  keepMs: (pathname) => (pathname === '/search' ? env.SEARCH_CACHE_SECONDS * 1000 : 0),
});

// A turn sends at most about one /compare view (1.9 MB) or fifty 40 KB article pages from the front cache.
const turns = new TurnBudget(FRONT_BYTES_PER_TURN);

const proxies = parseTrustedProxies(env.TRUSTED_PROXIES);
const maxBodyBytes = env.MAX_BODY_MB * 1024 * 1024;
const transport = Object.entries(transportHeaders(env.SITE_URL));

await app.prepare();
let inFlight = 0;
let closing = false;
let drained: (() => void) | undefined;
const server = createServer((req, res) => {
  inFlight++;
  res.once('close', () => {
    if (--inFlight === 0) drained?.();
  });
  // While draining, every response closes its connection, so keep-alive clients move elsewhere.
  if (closing) res.setHeader('connection', 'close');
  for (const [name, value] of transport) res.setHeader(name, value);
  const refusal = refuseRequest(req.method, req.headers, maxBodyBytes, req.url);
  if (refusal) {
    res.writeHead(refusal.status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', connection: 'close', ...refusal.headers });
    res.end(`${refusal.message}\n`);
    return;
  }
  // Whatever a client put in this header is replaced: only this server decides it.
  req.headers[CLIENT_ADDRESS_HEADER] = clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], proxies);
  // A trusted proxy that writes every response's nonce itself sends its token (deploy/nginx.conf).
  const token = proxyNonceToken(req.socket.remoteAddress, req.headers[PROXY_NONCE_HEADER], proxies);
  delete req.headers[PROXY_NONCE_HEADER];
  // Compression wraps the raw response first, so the nonce is replaced before bytes are compressed.
  compress(req as Parameters<typeof compress>[0], res as Parameters<typeof compress>[1], () => {
    const nonce = token ?? newNonce();
    // Tells the proxy that this response's nonce is its token, to be replaced (deploy/nginx.conf).
    if (token) res.setHeader(PROXY_NONCE_STAMP_HEADER, 'proxy');
    restampResponse(res, placeholder, nonce);
    // While the database is away: cached pages still 200 (marked), the rest 503, never a 500.
    guardOutage(res, () => databaseDownSince() !== undefined);
    const respond = () =>
      (async () => {
        if (await front.serve(req, res, nonce, token !== undefined)) return;
        await front.handle(req, res, nonce, () => handle(req, res));
      })().catch((error: unknown) => {
        console.error('[serve] request failed', error);
        if (!res.headersSent) res.statusCode = 500;
        res.end();
      });
    // Pages from the front cache take their turn (lib/platform/cache/turn-budget.ts), so that renders and
    // searches in progress keep moving under many connections.
    const size = front.sizeOf(req);
    if (size === undefined) void respond();
    else turns.run(size, () => void respond());
  });
});
server.keepAliveTimeout = 65_000;
server.listen(port, hostname, () => {
  console.log(`[serve] listening on http://${hostname ?? 'localhost'}:${port}`);
});

/** How long a shutdown waits for requests in flight (and running jobs) before it gives up on them. */
const GRACE_MS = env.SHUTDOWN_GRACE_SECONDS * 1000;

// SIGTERM drains: no new connections, the health route answers 503 (a proxy stops sending), requests
// in flight are answered, running jobs finish (an unfinished one is retried by another instance).
async function close(signal: string) {
  if (closing) return;
  closing = true;
  markDraining();
  console.log(`[serve] ${signal}: draining ${inFlight} request(s) in flight`);
  server.close();
  server.closeIdleConnections();
  const grace = new Promise<void>((resolve) => setTimeout(resolve, GRACE_MS).unref());
  if (inFlight > 0) await Promise.race([new Promise<void>((resolve) => (drained = resolve)), grace]);
  await Promise.race([stopRunningQueue().catch(() => {}), grace]);
  await app.close().catch(() => {});
  console.log('[serve] closed');
  process.exit(0);
}
process.on('SIGINT', () => void close('SIGINT'));
process.on('SIGTERM', () => void close('SIGTERM'));
