import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import compression from 'compression';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { guardOutage, OUTAGE_PASS_HEADER } from './outage-guard';

// What Next would answer: a cached page, a render, or an error page; each as a real HTTP response.
type Answer = { status: number; cache?: 'HIT' | 'MISS'; passed?: boolean; viaWriteHead?: boolean };
let answer: Answer;
let down: boolean;
let server: Server;
let origin: string;

function fakeNext(res: ServerResponse) {
  res.setHeader('content-type', 'text/html; charset=utf-8');
  if (answer.cache) res.setHeader('x-nextjs-cache', answer.cache);
  if (answer.passed) res.setHeader(OUTAGE_PASS_HEADER, '1');
  if (answer.viaWriteHead) res.writeHead(answer.status, { 'x-powered': 'next' });
  else res.statusCode = answer.status;
  res.write('<p>from next</p>');
  res.end('<p>the end</p>');
}

beforeEach(async () => {
  down = false;
  const compress = compression({ threshold: 0 });
  server = createServer((req, res) => {
    compress(req as never, res as never, () => {
      guardOutage(res, () => down);
      fakeNext(res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(() => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))));

async function get(init: RequestInit = {}) {
  const response = await fetch(origin + '/page', init);
  return { status: response.status, headers: response.headers, text: await response.text() };
}

describe('guardOutage', () => {
  it('passes every answer through while the database is up, 500s included', async () => {
    answer = { status: 500 };
    const r = await get();
    expect(r.status).toBe(500);
    expect(r.text).toBe('<p>from next</p><p>the end</p>');
  });

  it('serves a page Next has cached, marked, when the proxy let it through an outage', async () => {
    down = true;
    answer = { status: 200, cache: 'HIT', passed: true };
    const r = await get();
    expect(r.status).toBe(200);
    expect(r.headers.get('x-served-stale')).toBe('database-unavailable');
    expect(r.headers.get(OUTAGE_PASS_HEADER)).toBeNull();
    expect(r.text).toContain('from next');
  });

  it('answers 503 with Retry-After for anything else let through an outage: a render needed the database', async () => {
    down = true;
    for (const a of [{ status: 200, cache: 'MISS', passed: true }, { status: 500, passed: true }, { status: 200, passed: true, viaWriteHead: true }] as Answer[]) {
      answer = a;
      const r = await get();
      expect(r.status, JSON.stringify(a)).toBe(503);
      expect(r.headers.get('retry-after')).toBe('15');
      expect(r.headers.get('cache-control')).toBe('no-store');
      expect(r.headers.get('x-nextjs-cache')).toBeNull();
      expect(r.text).toContain('Caspian Briefings is briefly unavailable');
      expect(r.text).not.toContain('from next');
    }
  });

  it('turns a 500 into a 503 when the database went away during the request', async () => {
    down = true;
    answer = { status: 500, viaWriteHead: true };
    const r = await get({ headers: { 'accept-encoding': 'gzip' } });
    expect(r.status).toBe(503);
    expect(r.text).toContain('briefly unavailable');
  });
});
