import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '@/lib/db/create-client';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { databaseForFile } from '@/lib/testing/file-database';
import { startScheduledPublishing } from './scheduler';
import { createBrief, saveDraft, transition, type Actor } from './service';

const ARTICLE = 'kazakhstan-and-azerbaijan-hold-military-drills-without-russia-khazri-2023';
const { db, url } = databaseForFile();
let editor: Actor;
let otherProcess: PrismaClient;

beforeAll(async () => {
  editor = await db.user.create({ data: { email: 'sched@example.test', name: 'Scheduler', role: 'ADMIN' }, select: { id: true, role: true } });
  otherProcess = createPrismaClient(url());
});
afterAll(async () => {
  await otherProcess.$disconnect();
});

describe('scheduled publication', () => {
  it('publishes a scheduled brief within seconds of its time, once, with two schedulers running', async () => {
    const created = await createBrief(db, editor, { title: 'On the dot' });
    if (!created.ok) throw new Error('brief not created');
    const saved = await saveDraft(db, editor, created.id, { title: 'On the dot', body: `A claim.[^${ARTICLE}#p-1]`, baseVersion: 1 });
    expect(saved.ok).toBe(true);
    const at = new Date(Date.now() + 1_500);
    const scheduled = await transition(db, editor, created.id, 'SCHEDULED', { reason: 'soon', scheduledFor: at, scheduledTz: 'UTC' });
    expect(scheduled.ok).toBe(true);

    const seen: string[][] = [];
    const stops = [db, otherProcess].map((client) => startScheduledPublishing({ db: client, everyMs: 100, onPublished: (ids) => seen.push(ids) }));
    try {
      await expect
        .poll(async () => (await db.brief.findUniqueOrThrow({ where: { id: created.id }, select: { status: true } })).status, { timeout: 5_000, interval: 100 })
        .toBe('PUBLISHED');
      const publishedAt = (await db.briefRevision.findFirstOrThrow({ where: { briefId: created.id }, select: { publishedAt: true } })).publishedAt;
      expect(publishedAt.getTime() - at.getTime()).toBeLessThan(1_000);
      // Give the other scheduler a few more rounds: it must not publish the brief again.
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(await db.briefRevision.count({ where: { briefId: created.id } })).toBe(1);
      expect(seen.flat()).toEqual([created.id]);
    } finally {
      for (const stop of stops) stop();
    }
  });
});
