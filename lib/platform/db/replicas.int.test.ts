import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { startStreamingPair, type StreamingPair } from '@/scripts/testing/streaming-replica';
import { createPrismaClient } from './create-client';
import { ReplicaSet } from './replicas';

let pair: StreamingPair;
let primary: PrismaClient;
let replicas: ReplicaSet;

beforeAll(async () => {
  pair = await startStreamingPair();
  primary = createPrismaClient(pair.primaryUrl);
  replicas = new ReplicaSet([pair.replicaUrl], primary);
  await replicas.start(200);
}, 60_000);
afterAll(async () => {
  await replicas?.stop();
  await primary?.$disconnect();
  await pair?.stop();
}, 60_000);

const inRecovery = async (client: PrismaClient) => (await client.$queryRaw<{ r: boolean }[]>`SELECT pg_is_in_recovery() AS r`)[0]?.r;

describe('read replicas', () => {
  it('sends reader queries to the standby, which sees a write on the primary within a second', async () => {
    expect(replicas.statuses()).toEqual([expect.objectContaining({ up: true, error: null })]);
    const reader = replicas.pick();
    expect(reader).not.toBe(primary);
    expect(await inRecovery(reader)).toBe(true);
    await primary.$executeRawUnsafe('CREATE TABLE replicated (id int primary key, note text)');
    await primary.$executeRawUnsafe(`INSERT INTO replicated VALUES (1, 'published')`);
    const written = Date.now();
    await expect
      .poll(async () => (await reader.$queryRawUnsafe<{ note: string }[]>('SELECT note FROM replicated WHERE id = 1').catch(() => []))[0]?.note, { timeout: 1_000, interval: 50 })
      .toBe('published');
    expect(Date.now() - written).toBeLessThan(1_000);
    // The standby refuses writes: whatever must write has to take the primary.
    await expect(reader.$executeRawUnsafe(`INSERT INTO replicated VALUES (2, 'x')`)).rejects.toThrow(/read-only/);
  });

  it('after a write is fenced, readers take the primary until the standby has replayed it, then the standby, which has it', async () => {
    await primary.$executeRawUnsafe('CREATE TABLE fenced (id int primary key)');
    for (let i = 1; i <= 20; i++) {
      await primary.$executeRawUnsafe(`INSERT INTO fenced VALUES (${i})`);
      const fence = replicas.fence();
      // At once, before the fence has even asked the primary where its log is.
      expect(replicas.pick()).toBe(primary);
      await fence;
      const reader = replicas.pick();
      expect(reader).not.toBe(primary);
      expect((await reader.$queryRawUnsafe<{ n: number }[]>('SELECT count(*)::int AS n FROM fenced'))[0]?.n).toBe(i);
    }
  });

  it('falls back to the primary while the standby is down, and returns to it when it is back', async () => {
    await pair.stopReplica();
    await expect.poll(() => replicas.statuses()[0]?.up, { timeout: 5_000, interval: 100 }).toBe(false);
    expect(replicas.pick()).toBe(primary);
    expect(await inRecovery(replicas.pick())).toBe(false);
    await pair.startReplica();
    await expect.poll(() => replicas.statuses()[0]?.up, { timeout: 10_000, interval: 100 }).toBe(true);
    expect(await inRecovery(replicas.pick())).toBe(true);
  }, 30_000);
});
