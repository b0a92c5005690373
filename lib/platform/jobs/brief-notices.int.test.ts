import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBrief, saveDraft, transition, type Actor } from '@/lib/briefs/service';
import { createPrismaClient } from '@/lib/platform/db/create-client';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { smtpMailer } from '@/lib/platform/mail/mailer';
import { databaseForFile } from '@/scripts/testing/file-database';
import { startTestSmtpServer, type TestSmtpServer } from '@/scripts/testing/smtp-server';
import { startJobQueue, type JobQueue } from './queue';
import { QUEUES } from './queues';

const SITE = 'https://briefings.example.test';
const ARTICLE = 'kazakhstan-and-azerbaijan-hold-military-drills-without-russia-khazri-2023';
const { db, url } = databaseForFile();
let smtp: TestSmtpServer;
let author: Actor;
let editor: Actor;
let otherProcess: PrismaClient;
let workers: JobQueue[] = [];

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  const mailer = smtpMailer(smtp.url, 'Caspian Briefings <no-reply@briefings.example.test>');
  author = await db.user.create({ data: { email: 'scheduled-author@example.test', name: 'Aigerim', role: 'CONTRIBUTOR' }, select: { id: true, role: true } });
  editor = await db.user.create({ data: { email: 'scheduling-editor@example.test', name: 'Nadia', role: 'EDITOR' }, select: { id: true, role: true } });
  otherProcess = createPrismaClient(url());
  // Two instances with their workers, as in production: each notice must still go out once.
  workers = await Promise.all(
    [db, otherProcess].map((client) => startJobQueue({ connectionString: url(), work: true, db: client, mailer, siteUrl: SITE, pollingIntervalSeconds: 0.5 })),
  );
}, 30_000);
afterAll(async () => {
  await Promise.all(workers.map((w) => w.stop()));
  await otherProcess.$disconnect();
  await smtp.close();
}, 30_000);

/** A brief by the author, submitted, and scheduled by the editor a moment from now. */
async function scheduled(title: string, body: string): Promise<{ id: string; slug: string; at: Date }> {
  const created = await createBrief(db, author, { title });
  if (!created.ok) throw new Error('brief not created');
  expect((await saveDraft(db, author, created.value.id, { title, body, baseVersion: created.value.version })).ok).toBe(true);
  expect((await transition(db, author, created.value.id, 'IN_REVIEW', { reason: 'ready' })).ok).toBe(true);
  const at = new Date(Date.now() + 1_000);
  const result = await transition(db, editor, created.value.id, 'SCHEDULED', { reason: 'for the morning', scheduledFor: at, scheduledTz: 'UTC' });
  expect(result).toMatchObject({ ok: true });
  return { id: created.value.id, slug: created.value.slug, at };
}

const noticeJobs = () => db.$queryRawUnsafe<{ state: string; data: { briefId: string } }[]>(`SELECT state::text, data FROM pgboss.job WHERE name = $1`, QUEUES.briefNotice);

describe('notices of what the timer did', () => {
  it('mails the author once when the brief is published on schedule', async () => {
    const brief = await scheduled('Published by the timer', `A claim.[^${ARTICLE}#p-1]`);
    await workers[0]!.send(QUEUES.publishDue, { briefId: brief.id }, { startAfter: brief.at });

    const mail = await smtp.waitFor((m) => m.to.includes('scheduled-author@example.test') && m.subject.includes('Published by the timer'), 10_000);
    expect(mail.subject).toBe('Your brief was published on schedule: Published by the timer');
    expect(mail.text).toMatch(/^“Published by the timer” was published at \d{4}-\d\d-\d\d \d\d:\d\d UTC, as Nadia scheduled it \(revision 1\)\./);
    expect(mail.text).toContain(`${SITE}/briefs/${brief.slug}`);

    // Another round on either instance publishes nothing more, and so tells nobody again.
    await workers[1]!.send(QUEUES.publishDue, {});
    await expect.poll(async () => (await noticeJobs()).filter((j) => j.data.briefId === brief.id).map((j) => j.state), { timeout: 5_000, interval: 100 }).toEqual(['completed']);
    expect(smtp.received.filter((m) => m.subject.includes('Published by the timer'))).toHaveLength(1);
  });

  it('mails the author why, when the brief could not be published and is a draft again', async () => {
    const country = await db.entity.create({ data: { slug: 'short-lived-land', type: 'COUNTRY', name: 'Short-lived Land' } });
    const brief = await scheduled('Sent back by the timer', `A claim.[^${ARTICLE}#p-1]\n\n::figure{kind="table" countries="short-lived-land"}`);
    // Retired after scheduling: at its time the figure names a country the knowledge base lacks.
    await db.entity.update({ where: { id: country.id }, data: { retiredAt: new Date(), retiredReason: 'a test' } });
    await workers[1]!.send(QUEUES.publishDue, { briefId: brief.id }, { startAfter: brief.at });

    const mail = await smtp.waitFor((m) => m.subject.includes('Sent back by the timer'), 10_000);
    expect(mail.to).toEqual(['scheduled-author@example.test']);
    expect(mail.subject).toBe('Your scheduled brief was not published: Sent back by the timer');
    expect(mail.text).toContain('so it is a draft again.');
    expect(mail.text).toContain('Scheduled publication failed: The brief cannot be published while it has 1 problem. First: line 3:1, Unknown country "short-lived-land"');
    expect(mail.text).toContain(`${SITE}/editor/briefs/${brief.id}`);
    expect((await db.brief.findUniqueOrThrow({ where: { id: brief.id } })).status).toBe('DRAFT');
  });

  it('tells nobody of a brief an editor published by hand', async () => {
    const created = await createBrief(db, author, { title: 'Published by hand' });
    if (!created.ok) throw new Error('brief not created');
    await saveDraft(db, author, created.value.id, { title: 'Published by hand', body: `A claim.[^${ARTICLE}#p-1]`, baseVersion: created.value.version });
    expect((await transition(db, editor, created.value.id, 'PUBLISHED', { reason: 'now' })).ok).toBe(true);
    await workers[0]!.send(QUEUES.publishDue, {});
    await expect.poll(async () => (await noticeJobs()).every((j) => j.state === 'completed'), { timeout: 5_000, interval: 100 }).toBe(true);
    expect((await noticeJobs()).some((j) => j.data.briefId === created.value.id)).toBe(false);
  });
});
