import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import compression from 'compression';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { restampResponse } from '@/lib/platform/security/restamp-response';
import { FrontCache, isSharedDocumentRequest } from './front-cache';
import PageCacheHandler, { expireTags, pageCacheState } from './page-cache-handler.mjs';

const P = 'PLACEHOLDERxxxxxxxxxxx==';
let server: Server | undefined;
let origin = '';
let nextCalls = 0;
let version = 1;
let databaseUp = true;
let front: FrontCache;
/** Runs inside a render of /search, as a write elsewhere would while Next renders. */
let duringSearch: (() => void) | undefined;

/** Stands in for Next: renders on a miss, stores the page with its tags, and says HIT or MISS. */
async function fakeNext(req: IncomingMessage, res: ServerResponse): Promise<void> {
  nextCalls++;
  const cache = new PageCacheHandler();
  const key = new URL(req.url ?? '/', 'http://x').pathname;
  if (key === '/search') {
    // Rendered for every request, as Next renders /search: no cache entry, no x-nextjs-cache.
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.setHeader('content-security-policy', `script-src 'nonce-${P}'`);
    duringSearch?.();
    res.end(`<script nonce="${P}">v${version} ${req.url}</script>`);
    return;
  }
  const hit = (await cache.get(key, { softTags: [`_N_T_${key}`] })) as { value: { html: string } } | null;
  const html = hit?.value.html ?? `<script nonce="${P}">v${version}</script>${'<p>text</p>'.repeat(200)}`;
  if (!hit) await cache.set(key, { kind: 'APP_PAGE', html, headers: { 'x-next-cache-tags': `site,article:${key.slice(1)}` }, status: 200 });
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.setHeader('content-security-policy', `script-src 'nonce-${P}'`);
  res.setHeader('x-nextjs-cache', hit ? 'HIT' : 'MISS');
  if (key === '/with-cookie') res.setHeader('set-cookie', 'a=b');
  res.statusCode = key === '/missing' ? 404 : 200;
  res.write(html.slice(0, 10));
  res.end(html.slice(10));
}

beforeEach(async () => {
  pageCacheState().entries.clear();
  pageCacheState().expiredAt.clear();
  nextCalls = 0;
  duringSearch = undefined;
  version = 1;
  databaseUp = true;
  front = new FrontCache({ placeholder: P, maxBytes: 1024 * 1024, available: () => databaseUp });
  const compress = compression({ threshold: 0 });
  let n = 0;
  server = createServer((req, res) => {
    compress(req as never, res as never, () => {
      const nonce = `fresh-${String(++n).padStart(2, '0')}-yyyyyyyyyyyyy==`;
      restampResponse(res, P, nonce);
      void (async () => {
        if (await front.serve(req, res, nonce, req.headers['x-test-proxy'] === '1')) return;
        await front.handle(req, res, nonce, () => fakeNext(req, res));
      })();
    });
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(() => new Promise<void>((resolve) => (server ? (server.closeAllConnections(), server.close(() => resolve())) : resolve())));

async function get(path: string, init: RequestInit = {}) {
  const response = await fetch(origin + path, init);
  const text = await response.text();
  const nonce = /'nonce-([^']+)'/.exec(response.headers.get('content-security-policy') ?? '')?.[1];
  return { response, text, nonce };
}

describe('FrontCache', () => {
  it('answers a page Next served from its cache without asking Next again, each time with a fresh nonce', async () => {
    expect((await get('/a')).response.headers.get('x-nextjs-cache')).toBe('MISS');
    expect((await get('/a')).response.headers.get('x-nextjs-cache')).toBe('HIT');
    expect(nextCalls).toBe(2);
    const nonces = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const { response, text, nonce } = await get('/a', { headers: { 'accept-encoding': i === 1 ? 'gzip' : 'identity' } });
      expect(response.status).toBe(200);
      expect(response.headers.get('x-nextjs-cache')).toBe('HIT');
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(nonce).toMatch(/^fresh-/);
      expect(text).toContain(`<script nonce="${nonce}">v1</script>`);
      expect(text).not.toContain(P);
      nonces.add(nonce ?? '');
    }
    expect(nonces.size).toBe(3);
    expect(nextCalls).toBe(2);
    expect(front.stats).toMatchObject({ hits: 3, stored: 1 });
  });

  it('tells a proxy that writes the nonce that it may keep what is served from here, for a second, and nothing else', async () => {
    const proxy = { headers: { 'x-test-proxy': '1' } };
    // Rendered, then served by Next from its cache: the proxy may keep neither.
    expect((await get('/a', proxy)).response.headers.get('x-accel-expires')).toBeNull();
    expect((await get('/a', proxy)).response.headers.get('x-accel-expires')).toBeNull();
    // Kept by the proxy to the end of this second: nginx counts whole seconds.
    const second = Math.floor(Date.now() / 1000);
    expect((await get('/a', proxy)).response.headers.get('x-accel-expires')).toMatch(new RegExp(`^@(${second}|${second + 1})$`));
    // Asked directly, the same page says nothing of it.
    expect((await get('/a')).response.headers.get('x-accel-expires')).toBeNull();
    expect((await get('/with-cookie', proxy)).response.headers.get('x-accel-expires')).toBeNull();
    expect((await get('/with-cookie', proxy)).response.headers.get('x-accel-expires')).toBeNull();
  });

  it('stops answering the moment a tag of the page is expired, as Next does', async () => {
    await get('/a');
    await get('/a');
    version = 2;
    expireTags(['article:a'], { again: false });
    const after = await get('/a');
    expect(after.response.headers.get('x-nextjs-cache')).toBe('MISS');
    expect(after.text).toContain('v2');
    expect(nextCalls).toBe(3);
    // A page whose tags were not expired is unaffected.
    await get('/b');
    await get('/b');
    expireTags(['article:a'], { again: false });
    await get('/b');
    expect(nextCalls).toBe(5);
  });

  it('follows an entry Next replaced or dropped', async () => {
    await get('/a');
    await get('/a');
    pageCacheState().entries.clear();
    expect((await get('/a')).response.headers.get('x-nextjs-cache')).toBe('MISS');
    expect(nextCalls).toBe(3);
  });

  it('sends the stored page gzipped, compressed once, with each response’s nonce', async () => {
    await get('/a');
    await get('/a');
    for (let i = 0; i < 2; i++) {
      const { response, text, nonce } = await get('/a', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
      expect(response.headers.get('content-encoding')).toBe('gzip');
      expect(response.headers.get('vary')).toMatch(/accept-encoding/i);
      expect(text).toContain(`<script nonce="${nonce}">v1</script>`);
      expect(text).toContain('<p>text</p>'.repeat(200));
    }
    // A client that refuses gzip gets the page as it is.
    const plain = await get('/a', { headers: { 'accept-encoding': 'gzip;q=0, identity' } });
    expect(plain.response.headers.get('content-encoding')).toBeNull();
    expect(plain.text).toContain(`<script nonce="${plain.nonce}">v1</script>`);
    expect(front.stats).toMatchObject({ hits: 3, gzipped: 2 });
    expect(nextCalls).toBe(2);
  });

  it('answers HEAD from a stored GET, without a body', async () => {
    await get('/a');
    await get('/a');
    const head = await fetch(`${origin}/a`, { method: 'HEAD', headers: { 'accept-encoding': 'identity' } });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect(Number(head.headers.get('content-length'))).toBeGreaterThan(1000);
    expect(nextCalls).toBe(2);
  });

  it('leaves to Next what is not the same for everyone, and what it did not serve from its cache', async () => {
    const variants: RequestInit[] = [
      { headers: { rsc: '1' } },
      { headers: { cookie: 'theme=dark; authjs.session-token=x' } },
      { headers: { 'next-router-prefetch': '1' } },
    ];
    for (const init of variants) {
      await get('/a', init);
      await get('/a', init);
      await get('/a', init);
    }
    expect(nextCalls).toBe(9);
    for (const path of ['/with-cookie', '/missing', '/a?_rsc=1']) {
      nextCalls = 0;
      for (let i = 0; i < 3; i++) await get(path);
      expect(nextCalls).toBe(3);
    }
  });

  it('keeps serving what it holds while the database is unavailable, saying so', async () => {
    await get('/a');
    await get('/a');
    expect((await get('/a')).response.headers.get('x-served-stale')).toBeNull();
    databaseUp = false;
    const stale = await get('/a');
    expect(stale.response.status).toBe(200);
    expect(stale.response.headers.get('x-served-stale')).toBe('database-unavailable');
    expect(stale.text).toContain('<p>text</p>');
    expect(nextCalls).toBe(2);
  });
});

describe('isSharedDocumentRequest', () => {
  const req = (url: string, headers: Record<string, string> = {}, method = 'GET') => ({ url, headers, method }) as unknown as IncomingMessage;
  it('takes plain document GETs and HEADs, with or without unrelated cookies', () => {
    expect(isSharedDocumentRequest(req('/articles/x?cite=2'))).toBe(true);
    expect(isSharedDocumentRequest(req('/', {}, 'HEAD'))).toBe(true);
    expect(isSharedDocumentRequest(req('/', { cookie: 'theme=dark' }))).toBe(true);
  });
  it('refuses other methods, Next internals, API routes and sessions', () => {
    expect(isSharedDocumentRequest(req('/', {}, 'POST'))).toBe(false);
    expect(isSharedDocumentRequest(req('/_next/static/x.css'))).toBe(false);
    expect(isSharedDocumentRequest(req('/api/health'))).toBe(false);
    expect(isSharedDocumentRequest(req('/', { cookie: '__Secure-authjs.session-token=x' }))).toBe(false);
    expect(isSharedDocumentRequest(req('/', { 'next-action': 'abc' }))).toBe(false);
  });
});

describe('FrontCache, pages kept briefly', () => {
  it('keeps a popular page of a brief path from its second request, until its time is up or any tag expires', async () => {
    let now = 1_000_000;
    const realNow = Date.now;
    Date.now = () => now;
    try {
      front = new FrontCache({ placeholder: P, maxBytes: 1024 * 1024, available: () => databaseUp, keepMs: (path) => (path === '/search' ? 30_000 : 0) });
      expect((await get('/search?q=a')).text).toContain('v1 /search?q=a');
      version = 2;
      expect((await get('/search?q=a')).text).toContain('v2 /search?q=a');
      expect(nextCalls).toBe(2);
      version = 3;
      const kept = await get('/search?q=a');
      expect(nextCalls).toBe(2);
      expect(kept.text).toContain(`<script nonce="${kept.nonce}">v2 /search?q=a</script>`);
      // Another query is its own page, asked once: not kept.
      expect((await get('/search?q=b')).text).toContain('v3 /search?q=b');
      expect((await get('/search?q=b')).text).toContain('v3 /search?q=b');
      expect(nextCalls).toBe(4);
      // Any expired tag (a write anywhere) drops it.
      expireTags(['entity:unrelated'], { again: false });
      expect((await get('/search?q=a')).text).toContain('v3 /search?q=a');
      expect(nextCalls).toBe(5);
      expect((await get('/search?q=a')).text).toContain('v3 /search?q=a');
      expect(nextCalls).toBe(5);
      // While the database is away it is left to Next (which answers 503 there), and kept for after.
      databaseUp = false;
      expect((await get('/search?q=a')).text).toContain('v3 /search?q=a');
      expect(nextCalls).toBe(6);
      databaseUp = true;
      expect((await get('/search?q=a')).text).toContain('v3 /search?q=a');
      expect(nextCalls).toBe(6);
      // And so does time.
      now += 30_001;
      version = 4;
      expect((await get('/search?q=a')).text).toContain('v4 /search?q=a');
      // A path without keepMs is never kept unless Next served it from its cache.
      version = 5;
      await get('/missing');
      await get('/missing');
      expect((await get('/missing')).response.status).toBe(404);
    } finally {
      Date.now = realNow;
    }
  });

  it('does not keep a brief page whose render saw a tag expire', async () => {
    front = new FrontCache({ placeholder: P, maxBytes: 1024 * 1024, available: () => databaseUp, keepMs: () => 30_000 });
    await get('/search?q=c');
    duringSearch = () => expireTags(['site'], { again: false });
    await get('/search?q=c');
    duringSearch = undefined;
    await get('/search?q=c');
    expect(nextCalls).toBe(3);
    await get('/search?q=c');
    expect(nextCalls).toBe(3);
  });
});
