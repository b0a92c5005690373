import { spawn, type ChildProcess } from 'node:child_process';
import { connect, createServer } from 'node:net';
import { createClient } from 'redis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import PageCacheHandler, { expireTags, pageCacheState } from './page-cache-handler.mjs';
import { createRedisPageStore, pageStoreKeys, type RemotePageStore } from './page-store';

// A Redis of the test's own (the machine's is shared), so that it can be stopped mid-test. One
// process holds one page cache state, so "another instance" is this one with its memory emptied:
// what it then serves can only have come from Redis.
let port = 0;
let redis: ChildProcess | undefined;
const stores: RemotePageStore[] = [];
const DATABASE = 'page_store_test';
const BUILD = 'build-1';
const url = () => `redis://127.0.0.1:${port}`;
const page = (tags: string, html = '<p>hello</p>') => ({
  kind: 'APP_PAGE',
  html,
  rscData: Buffer.from('rsc payload'),
  segmentData: new Map([['/_tree', Buffer.from('segment')]]),
  headers: { 'x-next-cache-tags': tags },
  status: 200,
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const answers = () =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

async function startRedis(): Promise<void> {
  redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const deadline = Date.now() + 5_000;
  while (!(await answers())) {
    if (Date.now() > deadline) throw new Error('redis-server did not start');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const stopRedis = () =>
  new Promise<void>((resolve) => {
    if (!redis || redis.exitCode !== null) return resolve();
    redis.once('exit', () => resolve());
    redis.kill('SIGTERM');
  });

const openStore = (buildId = BUILD) => createRedisPageStore({ url: url(), database: DATABASE, buildId, ttlSeconds: 60, everything: ['site'] }).then((s) => (stores.push(s), s));

/** This process as an instance that has rendered nothing and heard of no expiry. */
function freshInstance(remote: RemotePageStore | undefined): PageCacheHandler {
  const state = pageCacheState();
  state.entries.clear();
  state.expiredAt.clear();
  state.derived.clear();
  state.remote = remote;
  return new PageCacheHandler();
}

beforeAll(async () => {
  port = await freePort();
  await startRedis();
}, 20_000);
beforeEach(() => {
  pageCacheState().stats.remoteHits = 0;
});
afterAll(async () => {
  pageCacheState().remote = undefined;
  await Promise.all(stores.map((s) => s.close()));
  await stopRedis();
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

describe('pages shared through Redis', () => {
  it('serves a page another instance rendered, Buffers and Maps intact, with a TTL on its key', async () => {
    const a = freshInstance(await openStore());
    await a.set('/articles/shared', page('site,article:s,_N_T_/articles/shared'), { cacheControl: { revalidate: false } });
    await settle();
    const b = freshInstance(await openStore());
    const got = (await b.get('/articles/shared', { softTags: ['_N_T_/layout'] })) as { value: ReturnType<typeof page>; cacheControl: unknown } | null;
    expect(got?.value.html).toBe('<p>hello</p>');
    expect(got?.value.rscData.toString()).toBe('rsc payload');
    expect(got?.value.segmentData.get('/_tree')?.toString()).toBe('segment');
    expect(got?.cacheControl).toEqual({ revalidate: false });
    expect(pageCacheState().stats.remoteHits).toBe(1);
    // Kept in memory from then on: the second read does not go to Redis.
    await b.get('/articles/shared');
    expect(pageCacheState().stats.remoteHits).toBe(1);
    const raw = createClient({ url: url() });
    await raw.connect();
    const ttl = await raw.ttl(pageStoreKeys(DATABASE, BUILD).page('/articles/shared'));
    await raw.close();
    expect(ttl).toBeGreaterThan(50);
    expect(ttl).toBeLessThanOrEqual(60);
  });

  it('never serves a page whose tag an instance expired, even to one that did not hear of it', async () => {
    const a = freshInstance(await openStore());
    await a.set('/briefs', page('site,briefs'));
    await settle();
    expireTags(['briefs'], { again: false });
    await settle();
    const b = freshInstance(await openStore());
    expect(await b.get('/briefs')).toBeNull();
    // Expired here but not shared (heard from the bus): Redis still has it for the others, not for this one.
    const c = freshInstance(await openStore());
    await c.set('/entities', page('site,entities'));
    await settle();
    expireTags(['entities'], { again: false, share: false });
    pageCacheState().entries.clear();
    expect(await c.get('/entities')).toBeNull();
    pageCacheState().expiredAt.clear();
    expect(await c.get('/entities')).not.toBeNull();
  });

  it('keeps pages of another build apart, and drops a page that now answers 404', async () => {
    const a = freshInstance(await openStore());
    await a.set('/authors/x', page('site,authors'));
    await settle();
    expect(await freshInstance(await openStore('build-2')).get('/authors/x')).toBeNull();
    const b = freshInstance(await openStore());
    expect(await b.get('/authors/x')).not.toBeNull();
    await b.set('/authors/x', { ...page('site,authors'), status: 404 });
    await settle();
    expect(await freshInstance(await openStore()).get('/authors/x')).toBeNull();
  });

  it('outdates every stored page when the record of expired tags is lost', async () => {
    const a = freshInstance(await openStore());
    await a.set('/articles/lost', page('site,article:l'));
    await settle();
    const raw = createClient({ url: url() });
    await raw.connect();
    await raw.del(pageStoreKeys(DATABASE, BUILD).tags);
    await raw.close();
    expect(await freshInstance(await openStore()).get('/articles/lost')).toBeNull();
  });

  it('renders locally while Redis is away, and distrusts what was stored before once it is back', async () => {
    const store = await openStore();
    const a = freshInstance(store);
    await a.set('/before', page('site,article:b'));
    await settle();
    await stopRedis();
    await expect.poll(() => store.up(), { timeout: 3_000, interval: 50 }).toBe(false);
    pageCacheState().entries.clear();
    const started = Date.now();
    expect(await a.get('/before')).toBeNull();
    expect(Date.now() - started).toBeLessThan(100);
    await a.set('/during', page('site,article:d'));
    expect(await a.get('/during')).not.toBeNull();
    // A restarted Redis keeps nothing here; a Redis that was only unreachable would keep '/before',
    // which the reconnected store outdates by recording `site` as expired.
    await startRedis();
    await expect.poll(() => store.up(), { timeout: 5_000, interval: 50 }).toBe(true);
    const raw = createClient({ url: url() });
    await raw.connect();
    await expect.poll(() => raw.hGet(pageStoreKeys(DATABASE, BUILD).tags, 'site'), { timeout: 2_000, interval: 20 }).not.toBeNull();
    await raw.close();
    await settle();
    await a.set('/after', page('site,article:a'));
    await settle();
    expect(await freshInstance(await openStore()).get('/after')).not.toBeNull();
  }, 20_000);
});
