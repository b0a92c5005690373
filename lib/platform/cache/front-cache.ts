import type { IncomingMessage, OutgoingHttpHeader, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { LRUCache } from 'lru-cache';
import Negotiator from 'negotiator';
import { STALE_HEADER, STALE_VALUE } from '@/lib/platform/health/outage-guard';
import { restampHeader } from '@/lib/platform/security/restamp';
import { gzipTemplate, gzipWithNonce, type GzipTemplate } from './gzip-template';
import { cacheGeneration, isStillServed, pageCacheState, type PageCacheRead } from './page-cache-handler.mjs';

/**
 * The production server's front cache: the bytes of responses Next served from its page cache,
 * answered again without entering Next's request pipeline (proxy, routing, the cache handler, the
 * response renderer), which costs several times what the response itself does.
 *
 * It holds nothing of its own: each response is stored with the page-cache entries Next read to
 * produce it (recorded by lib/platform/cache/page-cache-handler.mjs through an AsyncLocalStorage), and is
 * served only while every one of them is still the entry Next would serve: not replaced, evicted,
 * or expired by a tag. A publish that expires a page's tags therefore reaches this cache in the
 * same instant it reaches Next's.
 *
 * Only what Next answers the same for everyone is kept: GET and HEAD for a document (no RSC,
 * prefetch, action or range headers), without a session cookie, answered 200 from Next's cache
 * (`x-nextjs-cache: HIT`) with no Set-Cookie. Bodies and headers keep the placeholder nonce; the
 * caller restamps every response (lib/platform/security/restamp-response.ts), so each still gets its own.
 * While the database is away, what it holds is still served, marked `x-served-stale`.
 * A reader whose browser takes gzip gets the page compressed once, with the nonce written into it
 * (./gzip-template.ts), rather than compressed again for every response.
 */

type HitRead = Extract<PageCacheRead, { hit: true }>;

interface Stored {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
  reads: HitRead[];
  /** A page kept briefly (keepMs) rather than by Next's entries: until when, and while no tag expires. */
  brief?: { until: number; generation: number };
  /** Made on the first request that takes gzip. */
  gzip?: GzipTemplate;
}

export interface FrontCacheOptions {
  /** The nonce pages are rendered with (see lib/platform/security/restamp.ts). */
  placeholder: string;
  maxBytes: number;
  /** While this says no, stored pages are still served, marked as served stale (STALE_HEADER). */
  available: () => boolean | Promise<boolean>;
  /**
   * Pages Next renders for every request (search) that may be kept briefly all the same: how long
   * (ms) for this path, 0 for never. Such a page is kept from its second request within that time
   * (a popular one), and dropped as soon as any tag is expired (any write, here or elsewhere);
   * while the database is away it is not served (Next answers 503, as for any page needing it).
   */
  keepMs?: (pathname: string) => number;
}

export interface FrontCacheStats {
  hits: number;
  /** Of the hits, those sent compressed. */
  gzipped: number;
  stored: number;
  outdated: number;
}

/** Paths asked once within their keepMs, remembered to tell a popular one (a bounded count of them). */
const SEEN_PATHS = 10_000;

/** Request headers under which Next answers something other than the document (or answers per user). */
const VARYING_HEADERS = [
  'rsc',
  'next-router-prefetch',
  'next-router-state-tree',
  'next-router-segment-prefetch',
  'next-action',
  'next-url',
  'range',
  'authorization',
] as const;
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-|__Host-)?(?:authjs|next-auth)\./;
/** Set by Node per response, or by the compression that follows. */
const PER_RESPONSE_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding']);
/**
 * Until when a proxy that writes the nonce itself may keep what this cache serves: the end of the
 * current second (X-Accel-Expires `@` and a time in seconds), so a publish reaches readers through
 * the proxy within a second. Not `X-Accel-Expires: 1`: nginx counts whole seconds and keeps such a
 * response through the next second too, up to two seconds in all.
 */
export const proxyKeepUntil = (now = Date.now()) => `@${Math.floor(now / 1000)}`;
/** Larger responses are left to Next: a page this size is not the common case worth duplicating. */
const MAX_ENTRY_BYTES = 4 * 1024 * 1024;

/** Whether Next would answer this request with the document everyone gets. */
export function isSharedDocumentRequest(req: IncomingMessage): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const url = req.url ?? '';
  if (!url.startsWith('/') || url.startsWith('/_next/') || url.startsWith('/api/') || /[?&]_rsc=/.test(url)) return false;
  if (VARYING_HEADERS.some((name) => req.headers[name] !== undefined)) return false;
  const cookie = req.headers.cookie;
  return !(cookie && SESSION_COOKIE.test(cookie));
}

function unstamp(value: OutgoingHttpHeader, nonce: string, placeholder: string): OutgoingHttpHeader {
  if (typeof value === 'string') return restampHeader(value, nonce, placeholder);
  if (Array.isArray(value)) return value.map((v) => restampHeader(v, nonce, placeholder));
  return value;
}

export class FrontCache {
  readonly stats: FrontCacheStats = { hits: 0, gzipped: 0, stored: 0, outdated: 0 };
  private readonly entries: LRUCache<string, Stored>;
  private readonly seen = new LRUCache<string, number>({ max: SEEN_PATHS });

  constructor(private readonly options: FrontCacheOptions) {
    this.entries = new LRUCache<string, Stored>({
      maxSize: Math.max(1, options.maxBytes),
      // The compressed parts, once made, take about a fifth more.
      sizeCalculation: (entry) => Math.ceil(entry.body.length * 1.2) + 1024,
    });
  }

  /** Bytes of the body `serve` would send for `req` from what it holds (undefined: Next must answer). */
  sizeOf(req: IncomingMessage): number | undefined {
    if (!isSharedDocumentRequest(req)) return undefined;
    return this.entries.peek(req.url ?? '')?.body.length;
  }

  /**
   * Answers `req` from the front cache when it holds a response that is still current; false when
   * Next must answer. `res` must already restamp the placeholder with `nonce`. With `proxyWritesNonce`
   * (the nonce is a trusted proxy's token, lib/platform/security/proxy-nonce.ts) the proxy is told it
   * may keep the response to the end of the second (proxyKeepUntil): only what is served here, checked current a moment
   * ago and the same for every reader, is ever kept by it.
   */
  async serve(req: IncomingMessage, res: ServerResponse, nonce: string, proxyWritesNonce = false): Promise<boolean> {
    if (!isSharedDocumentRequest(req)) return false;
    const key = req.url ?? '';
    const entry = this.entries.get(key);
    if (!entry) return false;
    const current = entry.brief
      ? entry.brief.until > Date.now() && entry.brief.generation === cacheGeneration()
      : entry.reads.every((read) => isStillServed(read.key, read.lastModified, read.tags));
    if (!current) {
      this.entries.delete(key);
      this.stats.outdated++;
      return false;
    }
    const stale = !(await this.options.available());
    // A search needs the database: while it is away it is answered 503 like any other, not from here.
    if (stale && entry.brief) return false;
    this.stats.hits++;
    let body = entry.body;
    let headers: OutgoingHttpHeaders = entry.headers;
    if (new Negotiator(req).encoding(['gzip', 'identity']) === 'gzip') {
      entry.gzip ??= gzipTemplate(entry.body, this.options.placeholder);
      body = gzipWithNonce(entry.gzip, nonce);
      // The compression that follows leaves an encoded response alone, and adds Vary.
      headers = { ...headers, 'content-encoding': 'gzip' };
      this.stats.gzipped++;
    }
    res.writeHead(entry.status, {
      ...headers,
      'content-length': body.length,
      ...(stale ? { [STALE_HEADER]: STALE_VALUE } : {}),
      ...(proxyWritesNonce ? { 'x-accel-expires': proxyKeepUntil() } : {}),
    });
    if (req.method === 'HEAD') res.end();
    else res.end(body);
    return true;
  }

  /**
   * Runs `handle` (Next) for `req`, and keeps its response when it is a shared document Next served
   * from its cache. `nonce` is the one `res` restamps with, taken out again of what is kept.
   */
  async handle(req: IncomingMessage, res: ServerResponse, nonce: string, handle: () => Promise<unknown>): Promise<unknown> {
    if (req.method !== 'GET' || !isSharedDocumentRequest(req)) return handle();
    const key = req.url ?? '';
    const reads: PageCacheRead[] = [];
    const brief = this.briefly(key);
    this.record(res, (status, headers, body) => {
      if (status !== 200 || body === undefined || headers['set-cookie'] !== undefined) return;
      const hits = reads.filter((read): read is HitRead => read.hit);
      const fromCache = headers['x-nextjs-cache'] === 'HIT' && hits.length > 0 && hits.length === reads.length;
      // A brief page rendered while a tag expired may show what was there before: not kept.
      if (!fromCache && !(brief && brief.generation === cacheGeneration())) return;
      const kept: OutgoingHttpHeaders = {};
      for (const [name, value] of Object.entries(headers)) {
        if (value !== undefined && !PER_RESPONSE_HEADERS.has(name)) kept[name] = unstamp(value, nonce, this.options.placeholder);
      }
      this.entries.set(key, { status, headers: kept, body, reads: hits, ...(fromCache ? {} : { brief }) });
      this.stats.stored++;
    });
    return pageCacheState().reads.run(reads, handle);
  }

  /** For a popular page of a keepMs path: until when it may be kept, and the generation its render starts in. */
  private briefly(url: string): { until: number; generation: number } | undefined {
    const keep = this.options.keepMs?.(url.split('?')[0] ?? url) ?? 0;
    if (keep <= 0) return undefined;
    const now = Date.now();
    const asked = this.seen.get(url);
    if (asked === undefined || now - asked > keep) {
      this.seen.set(url, now);
      return undefined;
    }
    return { until: now + keep, generation: cacheGeneration() };
  }

  /** Calls `done` with the status, the headers as sent and the whole body (undefined when too large). */
  private record(res: ServerResponse, done: (status: number, headers: OutgoingHttpHeaders, body: Buffer | undefined) => void): void {
    type Loose = (this: ServerResponse, ...args: unknown[]) => unknown;
    const writeHead = res.writeHead as unknown as Loose;
    const write = res.write as unknown as Loose;
    const end = res.end as unknown as Loose;
    let status = 0;
    let headers: OutgoingHttpHeaders | undefined;
    const chunks: Buffer[] = [];
    let bytes = 0;
    const take = (chunk: unknown, encoding: unknown) => {
      if (chunk === undefined || chunk === null || typeof chunk === 'function' || bytes > MAX_ENTRY_BYTES) return;
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8') : Buffer.from(chunk as Uint8Array);
      bytes += buffer.length;
      chunks.push(buffer);
    };

    res.writeHead = function (this: ServerResponse, code: number, ...rest: unknown[]) {
      // Before the layers beneath add their own (compression's Content-Encoding and Vary).
      const given = rest.find((r) => r && typeof r === 'object');
      status = code;
      headers = Array.isArray(given) ? undefined : { ...this.getHeaders(), ...(given as OutgoingHttpHeaders | undefined) };
      return writeHead.call(this, code, ...rest);
    } as typeof res.writeHead;
    res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
      take(chunk, rest[0]);
      return write.call(this, chunk, ...rest);
    } as typeof res.write;
    res.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
      take(chunk, rest[0]);
      const result = end.call(this, chunk, ...rest);
      if (headers) {
        const lowered = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
        done(status, lowered, bytes > MAX_ENTRY_BYTES ? undefined : Buffer.concat(chunks));
      }
      return result;
    } as typeof res.end;
  }
}
