import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBrief, saveDraft, transition, type Actor } from '@/lib/briefs/service';
import { createPrismaClient } from '@/lib/platform/db/create-client';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { databaseForFile } from '@/scripts/testing/file-database';
import { jobsOverview } from './admin';
import { startJobQueue, type JobQueue } from './queue';
import { QUEUES } from './queues';

const ARTICLE = 'kazakhstan-and-azerbaijan-hold-military-drills-without-russia-khazri-2023';
const { db, url } = databaseForFile();
let editor: Actor;
let otherProcess: PrismaClient;
/** Tags each of the two instances expired, to tell which one ran what. */
const expired: string[][] = [[], []];
let workers: JobQueue[] = [];

beforeAll(async () => {
  editor = await db.user.create({ data: { email: 'jobs@example.test', name: 'Jobs', role: 'ADMIN' }, select: { id: true, role: true } });
  otherProcess = createPrismaClient(url());
  // Two instances of the server, each with its own pool and workers, on one database.
  workers = await Promise.all(
    [db, otherProcess].map((client, i) =>
      startJobQueue({ connectionString: url(), work: true, db: client, pollingIntervalSeconds: 0.5, expire: (tags) => expired[i]!.push(...tags) }),
    ),
  );
}, 30_000);
afterAll(async () => {
  await Promise.all(workers.map((w) => w.stop()));
  await otherProcess.$disconnect();
}, 30_000);

const queue = () => workers[0]!;
const jobRows = (name: string) =>
  db.$queryRawUnsafe<{ id: string; state: string; retry_count: number; started_on: Date | null; completed_on: Date | null }[]>(
    `SELECT id::text, state::text, retry_count, started_on, completed_on FROM pgboss.job WHERE name = $1 ORDER BY created_on`,
    name,
  );

describe('the job queue with two instances', () => {
  it('publishes a scheduled brief within a second of its time, once', async () => {
    const created = await createBrief(db, editor, { title: 'On the dot' });
    if (!created.ok) throw new Error('brief not created');
    const saved = await saveDraft(db, editor, created.value.id, { title: 'On the dot', body: `A claim.[^${ARTICLE}#p-1]`, baseVersion: 1 });
    expect(saved.ok).toBe(true);
    const at = new Date(Date.now() + 1_500);
    const scheduled = await transition(db, editor, created.value.id, 'SCHEDULED', { reason: 'soon', scheduledFor: at, scheduledTz: 'UTC' });
    expect(scheduled.ok).toBe(true);
    await queue().send(QUEUES.publishDue, { briefId: created.value.id }, { startAfter: at });

    await expect
      .poll(async () => (await db.brief.findUniqueOrThrow({ where: { id: created.value.id }, select: { status: true } })).status, { timeout: 5_000, interval: 100 })
      .toBe('PUBLISHED');
    const publishedAt = (await db.briefRevision.findFirstOrThrow({ where: { briefId: created.value.id }, select: { publishedAt: true } })).publishedAt;
    expect(publishedAt.getTime() - at.getTime()).toBeLessThan(1_000);
    // A second round by either instance finds nothing more to publish.
    await queue().send(QUEUES.publishDue, {});
    await expect.poll(async () => (await jobRows(QUEUES.publishDue)).every((j) => j.state === 'completed'), { timeout: 5_000, interval: 100 }).toBe(true);
    expect(await db.briefRevision.count({ where: { briefId: created.value.id } })).toBe(1);
    expect(expired.flat().filter((t) => t === `brief:${created.value.id}`)).toHaveLength(1);
  });

  it('runs each of many jobs on exactly one of the instances, once', async () => {
    const entities = await db.entity.findMany({ select: { id: true }, take: 30, orderBy: { slug: 'asc' } });
    const rows = await Promise.all(entities.map((e) => db.retagJob.create({ data: { entityId: e.id, articleIds: [] }, select: { id: true, entityId: true } })));
    const before = expired.map((e) => e.length);
    await Promise.all(rows.map((r) => queue().send(QUEUES.retag, { retagJobId: r.id }, { singletonKey: r.id })));

    await expect.poll(async () => db.retagJob.count({ where: { id: { in: rows.map((r) => r.id) }, status: 'done' } }), { timeout: 15_000, interval: 200 }).toBe(rows.length);
    const jobs = await jobRows(QUEUES.retag);
    expect(jobs).toHaveLength(rows.length);
    expect(jobs.every((j) => j.state === 'completed' && j.retry_count === 0)).toBe(true);
    const ran = expired.map((e, i) => e.slice(before[i]));
    for (const row of rows) expect(ran.flat().filter((t) => t === `entity:${row.entityId}`)).toHaveLength(1);
    // Both instances took work: the queue is shared, not owned by the first to start.
    expect(ran.every((tags) => tags.length > 0)).toBe(true);
  });

  it('queues a re-tagging job once however often it is sent while it waits', async () => {
    const entity = await db.entity.findFirstOrThrow({ select: { id: true } });
    const row = await db.retagJob.create({ data: { entityId: entity.id, articleIds: [] }, select: { id: true } });
    const later = new Date(Date.now() + 60_000);
    const ids = await Promise.all([1, 2, 3].map(() => queue().send(QUEUES.retag, { retagJobId: row.id }, { singletonKey: row.id, startAfter: later })));
    expect(ids.filter(Boolean)).toHaveLength(1);
  });

  it('retries a failing job with growing waits, then lists it as failed with its last error', async () => {
    const sent = Date.now();
    const id = await queue().send(QUEUES.retag, { retagJobId: '' }, { retryLimit: 2, retryDelay: 1 });
    const failed = async () => (await jobsOverview(db)).failed.find((j) => j.id === id);
    await expect.poll(failed, { timeout: 15_000, interval: 200 }).toBeDefined();
    const job = await failed();
    expect(job).toMatchObject({ queue: QUEUES.retag, state: 'failed', retryCount: 2, retryLimit: 2 });
    expect(job?.lastError).toMatch(/too_small|at least 1/i);
    // Waits of 1 s then 2 s (backoff); without backoff the three tries would take 2 s.
    expect(Date.now() - sent).toBeGreaterThanOrEqual(3_000);
  });

  it('re-sends a re-tagging job whose message was never sent', async () => {
    const entity = await db.entity.findFirstOrThrow({ select: { id: true }, orderBy: { slug: 'desc' } });
    const row = await db.retagJob.create({ data: { entityId: entity.id, articleIds: [], createdAt: new Date(Date.now() - 120_000) }, select: { id: true } });
    await queue().send(QUEUES.sweep, {});
    await expect.poll(async () => (await db.retagJob.findUniqueOrThrow({ where: { id: row.id } })).status, { timeout: 10_000, interval: 200 }).toBe('done');
  });

  it('runs the search maintenance job', async () => {
    const id = await queue().send(QUEUES.searchMaintenance, {});
    await expect.poll(async () => (await jobRows(QUEUES.searchMaintenance)).find((j) => j.id === id)?.state, { timeout: 10_000, interval: 200 }).toBe('completed');
  });
});
