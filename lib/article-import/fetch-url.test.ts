import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPage } from './fetch-url';

const PAGE = '<!doctype html><html><body><article><p>Navies met off Baku.</p></article></body></html>';
const LIMITS = { timeoutMs: 400, maxBytes: 1024 };

const routes: Record<string, (res: ServerResponse) => void> = {
  '/page': (res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(PAGE);
  },
  '/declared-large': (res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(LIMITS.maxBytes * 4) });
    res.end('x'.repeat(LIMITS.maxBytes * 4));
  },
  // No length announced: the cap has to be enforced while reading.
  '/streamed-large': (res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    const chunk = 'x'.repeat(512);
    let sent = 0;
    const more = () => {
      if (res.destroyed || sent++ > 20) return res.end();
      res.write(chunk, () => setTimeout(more, 5));
    };
    more();
  },
  '/silent': () => {},
  // Never idle long enough for a socket timeout, never finished: only a deadline for the whole exchange stops it.
  '/trickle': (res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    const tick = setInterval(() => (res.destroyed ? clearInterval(tick) : res.write('x')), 50);
  },
  '/to-page': (res) => {
    res.writeHead(302, { location: '/page' });
    res.end();
  },
  '/to-ftp': (res) => {
    res.writeHead(302, { location: 'ftp://example.org/file.html' });
    res.end();
  },
  '/loop': (res) => {
    res.writeHead(302, { location: '/loop' });
    res.end();
  },
  '/gone': (res) => {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  },
};

let server: Server;
let base = '';
let port = 0;

beforeAll(async () => {
  server = createServer((req, res) => (routes[req.url ?? ''] ?? routes['/gone'])?.(res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('fetchPage', () => {
  it('fetches a page, following a redirect, when private addresses are allowed (tests)', async () => {
    const page = await fetchPage(`${base}/to-page`, true, LIMITS);
    expect(page).toMatchObject({ url: `${base}/page`, contentType: 'text/html; charset=utf-8' });
    expect(new TextDecoder().decode(page.bytes)).toBe(PAGE);
  });

  it('never reaches loopback or private addresses otherwise, whether written as numbers or as a name', async () => {
    await expect(fetchPage(`${base}/page`, false, LIMITS)).rejects.toThrow('That address (127.0.0.1) is on a private or local network');
    await expect(fetchPage(`http://[::1]:${port}/page`, false, LIMITS)).rejects.toThrow('That address (::1) is on a private or local network');
    await expect(fetchPage('http://169.254.169.254/latest/meta-data', false, LIMITS)).rejects.toThrow(/private or local network/);
    // The name is resolved and every address it gives is checked before connecting.
    await expect(fetchPage(`http://localhost:${port}/page`, false, LIMITS)).rejects.toThrow('That address (localhost) is on a private or local network');
  });

  it('takes http and https addresses only, without credentials, checking each redirect again', async () => {
    await expect(fetchPage('ftp://example.org/a.html', true, LIMITS)).rejects.toThrow('Only http and https addresses can be imported.');
    await expect(fetchPage('file:///etc/passwd', true, LIMITS)).rejects.toThrow('Only http and https addresses can be imported.');
    await expect(fetchPage('not an address', true, LIMITS)).rejects.toThrow('That is not a web address.');
    await expect(fetchPage(`http://user:secret@127.0.0.1:${port}/page`, true, LIMITS)).rejects.toThrow('Addresses with a user name or password cannot be imported.');
    await expect(fetchPage(`${base}/to-ftp`, true, LIMITS)).rejects.toThrow('Only http and https addresses can be imported.');
    await expect(fetchPage(`${base}/loop`, true, LIMITS)).rejects.toThrow('The address redirects too many times.');
  });

  it('refuses a page over the size cap, whether it says so or not', async () => {
    await expect(fetchPage(`${base}/declared-large`, true, LIMITS)).rejects.toThrow('The page is larger than');
    await expect(fetchPage(`${base}/streamed-large`, true, LIMITS)).rejects.toThrow('The page is larger than');
  });

  it('gives up on a site that does not answer, or answers too slowly, within the time limit', async () => {
    await expect(fetchPage(`${base}/silent`, true, LIMITS)).rejects.toThrow('The site did not answer within 0.4 seconds.');
    const started = Date.now();
    await expect(fetchPage(`${base}/trickle`, true, { timeoutMs: 400, maxBytes: 1_000_000 })).rejects.toThrow('The site did not answer within 0.4 seconds.');
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('says what the site answered when it is not a page', async () => {
    await expect(fetchPage(`${base}/gone`, true, LIMITS)).rejects.toThrow('The site answered 404; nothing was imported.');
  });
});
