import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import compression from 'compression';
import { afterEach, describe, expect, it } from 'vitest';
import { privateCacheControl, restampResponse } from './restamp-response';

const P = 'PLACEHOLDERxxxxxxxxxxx==';
let server: Server | undefined;

afterEach(() => new Promise<void>((resolve) => (server ? (server.closeAllConnections(), server.close(() => resolve())) : resolve())));

async function serve(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const compress = compression({ threshold: 0 });
  let n = 0;
  server = createServer((req, res) => {
    compress(req as never, res as never, () => {
      restampResponse(res, P, `fresh-${String(++n).padStart(2, '0')}-yyyyyyyyyyyyy==`);
      handler?.(req, res);
    });
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('restampResponse', () => {
  it('puts a fresh nonce in the CSP header and the body, streamed and compressed', async () => {
    const url = await serve((_req, res) => {
      res.setHeader('content-security-policy', `script-src 'nonce-${P}'`);
      res.setHeader('content-type', 'text/html');
      const body = `<script nonce="${P}">1</script>`.repeat(50);
      res.write(body.slice(0, 33));
      res.write(Buffer.from(body.slice(33, 100)));
      res.end(body.slice(100));
    });
    for (const n of ['01', '02']) {
      const response = await fetch(url, { headers: { 'accept-encoding': 'gzip' } });
      const nonce = `fresh-${n}-yyyyyyyyyyyyy==`;
      expect(response.headers.get('content-encoding')).toBe('gzip');
      expect(response.headers.get('content-security-policy')).toBe(`script-src 'nonce-${nonce}'`);
      const text = await response.text();
      expect(text).not.toContain(P);
      expect(text.split(nonce).length - 1).toBe(50);
    }
  });

  it('restamps headers given to writeHead and keeps Content-Length right', async () => {
    const body = `<p nonce="${P}">x</p>`;
    const url = await serve((_req, res) => {
      res.writeHead(200, { 'content-security-policy': `'nonce-${P}'`, 'content-length': Buffer.byteLength(body), 'content-type': 'text/plain' });
      res.end(body);
    });
    const response = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
    expect(response.headers.get('content-security-policy')).toBe(`'nonce-fresh-01-yyyyyyyyyyyyy=='`);
    expect(await response.text()).toBe(`<p nonce="fresh-01-yyyyyyyyyyyyy==">x</p>`);
  });

  it('sends one Location when a handler set the same one twice', async () => {
    const url = await serve((_req, res) => {
      res.setHeader('location', ['/exercises/birlestik-2024', '/exercises/birlestik-2024']);
      res.statusCode = 308;
      res.end();
    });
    const response = await fetch(url, { redirect: 'manual' });
    expect(response.headers.get('location')).toBe('/exercises/birlestik-2024');
  });
});

describe('shared caches', () => {
  it('rewrites Next’s cache lifetime to private on responses that carry a nonce', async () => {
    const url = await serve((req, res) => {
      if (req.url === '/image') {
        res.setHeader('cache-control', 's-maxage=31536000');
        res.end('png');
        return;
      }
      res.setHeader('content-security-policy', `script-src 'nonce-${P}'`);
      res.setHeader('cache-control', 's-maxage=31536000');
      res.end(`<script nonce="${P}">1</script>`);
    });
    expect((await fetch(url)).headers.get('cache-control')).toBe('private, no-cache');
    expect((await fetch(`${url}/image`)).headers.get('cache-control')).toBe('s-maxage=31536000');
  });

  it('also when the headers come with writeHead, as the front cache replays them', async () => {
    const url = await serve((_req, res) => {
      res.writeHead(200, { 'content-security-policy': `script-src 'nonce-${P}'`, 'cache-control': 'public, s-maxage=60, stale-while-revalidate=30, max-age=0' });
      res.end('x');
    });
    expect((await fetch(url)).headers.get('cache-control')).toBe('private, no-cache, max-age=0');
  });

  it('leaves private policies alone', () => {
    expect(privateCacheControl('private, no-cache, no-store, max-age=0, must-revalidate')).toBe('private, no-cache, no-store, max-age=0, must-revalidate');
  });
});

describe('HEAD', () => {
  it('answers a HEAD that Next ends with end(null)', async () => {
    const url = await serve((_req, res) => {
      res.setHeader('content-security-policy', `script-src 'nonce-${P}'`);
      (res.end as (chunk: null) => void)(null);
    });
    const response = await fetch(url, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(`script-src 'nonce-fresh-01-yyyyyyyyyyyyy=='`);
  });
});
