import { spawn, type ChildProcess } from 'node:child_process';
import { connect, createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTagBus, type TagBus } from './tag-bus';

// A Redis of the test's own (the machine's is shared), so that it can be stopped mid-test.
let port = 0;
let redis: ChildProcess | undefined;
const seen: string[][][] = [[], []];
let buses: TagBus[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function startRedis(): Promise<void> {
  redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const deadline = Date.now() + 5_000;
  while (!(await answers())) {
    if (Date.now() > deadline) throw new Error('redis-server did not start');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function answers(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function stopRedis(): Promise<void> {
  return new Promise((resolve) => {
    if (!redis || redis.exitCode !== null) return resolve();
    redis.once('exit', () => resolve());
    redis.kill('SIGTERM');
  });
}

beforeAll(async () => {
  port = await freePort();
  await startRedis();
  buses = await Promise.all(
    [0, 1].map((i) => startTagBus({ url: `redis://127.0.0.1:${port}`, database: 'tag_bus_test', expireLocally: (tags) => seen[i]!.push(tags), everything: ['site'], outageEveryMs: 200 })),
  );
}, 20_000);
afterAll(async () => {
  await Promise.all(buses.map((b) => b.close()));
  await stopRedis();
});

describe('tag expiry across instances', () => {
  it('reaches the other instance within a second, and not the one that published', async () => {
    const before = seen.map((s) => s.length);
    const sent = Date.now();
    await buses[0]!.publish(['brief:abc', 'briefs']);
    await expect.poll(() => seen[1]!.slice(before[1]), { timeout: 1_000, interval: 20 }).toEqual([['brief:abc', 'briefs']]);
    expect(Date.now() - sent).toBeLessThan(1_000);
    expect(seen[0]!.slice(before[0])).toEqual([]);
  });

  it('expires everything while Redis is away and once more when it is back, then carries tags again', async () => {
    expect(buses.every((b) => b.up())).toBe(true);
    await stopRedis();
    const at = seen[1]!.length;
    // Uncached while away: the whole cache goes again and again, as no expiry can arrive.
    await expect.poll(() => seen[1]!.slice(at).filter((t) => t[0] === 'site').length, { timeout: 3_000, interval: 50 }).toBeGreaterThanOrEqual(3);
    expect(buses[1]!.up()).toBe(false);
    await expect(buses[0]!.publish(['entity:x'])).rejects.toThrow();
    await startRedis();
    await expect.poll(() => buses.every((b) => b.up()), { timeout: 5_000, interval: 50 }).toBe(true);
    // Stopped: no more outage rounds once both clients are back.
    const settled = seen[1]!.length;
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(seen[1]!.slice(settled).filter((t) => t[0] === 'site')).toEqual([]);
    await buses[0]!.publish(['entity:y']);
    await expect.poll(() => seen[1]!.at(-1), { timeout: 1_000, interval: 20 }).toEqual(['entity:y']);
  }, 20_000);
});
