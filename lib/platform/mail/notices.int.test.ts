import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBrief, saveDraft, transition, type Actor } from '@/lib/briefs/service';
import type { Role } from '@/lib/generated/prisma/enums';
import { acceptInvitation, inviteUser } from '@/lib/people/invitations';
import { databaseForFile } from '@/scripts/testing/file-database';
import { startTestSmtpServer, type TestSmtpServer } from '@/scripts/testing/smtp-server';
import { briefNotices, isNoticeVerb, sendAll } from './brief-notices';
import { smtpMailer, type Mailer } from './mailer';
import { invitationMessage } from './messages';

const SITE = 'https://briefings.example.test';
const ARTICLE = 'kazakhstan-and-azerbaijan-hold-military-drills-without-russia-khazri-2023';
const BODY = `Azerbaijan and Kazakhstan drilled without Russia.[^${ARTICLE}#p-2]`;

const { db } = databaseForFile();
let smtp: TestSmtpServer;
let mailer: Mailer;
let author: Actor;
let editor: Actor;
let admin: Actor;

async function person(name: string, role: Role, active = true): Promise<Actor> {
  return db.user.create({ data: { email: `${name.toLowerCase()}@example.test`, name, role, active }, select: { id: true, role: true } });
}

function ok<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result)}`);
  return result as Extract<T, { ok: true }>;
}

/** What the brief action does after a step: the notices for it, through SMTP. */
async function step(actor: Actor, briefId: string, to: 'IN_REVIEW' | 'DRAFT' | 'PUBLISHED', reason: string) {
  const result = ok(await transition(db, actor, briefId, to, { reason }));
  if (!result.value.verb || !isNoticeVerb(result.value.verb)) return [];
  const messages = await briefNotices(db, { briefId, verb: result.value.verb, actorId: actor.id, reason, siteUrl: SITE });
  await sendAll(mailer, messages);
  return messages;
}

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  mailer = smtpMailer(smtp.url, 'Caspian Briefings <no-reply@briefings.example.test>');
  author = await person('Aigerim', 'CONTRIBUTOR');
  editor = await person('Nadia', 'EDITOR');
  admin = await person('Timur', 'ADMIN');
  await person('Retired', 'EDITOR', false);
});
afterAll(async () => {
  await smtp.close();
});

describe('brief notices by mail', () => {
  let briefId = '';

  it('tells every active editor and admin, not the submitter, that a brief awaits review', async () => {
    const created = ok(await createBrief(db, author, { title: 'Drills without Russia' }));
    briefId = created.value.id;
    ok(await saveDraft(db, author, briefId, { title: 'Drills without Russia', body: BODY, baseVersion: created.value.version }));
    const sent = await step(author, briefId, 'IN_REVIEW', 'ready, please check the sourcing');
    const to = sent.map((m) => m.to);
    expect(to).toEqual(expect.arrayContaining(['nadia@example.test', 'timur@example.test']));
    expect(to).not.toContain('aigerim@example.test');
    expect(to).not.toContain('retired@example.test');
    const mail = await smtp.waitFor((m) => m.to.includes('nadia@example.test'));
    expect(mail.subject).toBe('A brief awaits your review: Drills without Russia');
    expect(mail.text).toContain('Aigerim submitted');
    expect(mail.text).toContain('ready, please check the sourcing');
    expect(mail.text).toContain(`${SITE}/editor/briefs/${briefId}`);
  });

  it('tells the author when the brief is returned, with what to change', async () => {
    const sent = await step(editor, briefId, 'DRAFT', 'cite the second paragraph too');
    expect(sent.map((m) => m.to)).toEqual(['aigerim@example.test']);
    const mail = await smtp.waitFor((m) => m.to.includes('aigerim@example.test') && m.subject.startsWith('Your brief was returned'));
    expect(mail.text).toContain('Nadia returned “Drills without Russia”');
    expect(mail.text).toContain('What to change: cite the second paragraph too');
  });

  it('tells the author when the brief is published, with its public address', async () => {
    await step(author, briefId, 'IN_REVIEW', 'done');
    const sent = await step(admin, briefId, 'PUBLISHED', 'good to go');
    expect(sent.map((m) => m.to)).toEqual(['aigerim@example.test']);
    const mail = await smtp.waitFor((m) => m.to.includes('aigerim@example.test') && m.subject.startsWith('Your brief was published'));
    expect(mail.text).toContain(`${SITE}/briefs/drills-without-russia`);
    expect(mail.text).toContain('Timur published');
  });

  it('tells nobody when the author takes the step themselves', async () => {
    const own = ok(await createBrief(db, editor, { title: 'An editor’s own brief' }));
    ok(await saveDraft(db, editor, own.value.id, { title: 'An editor’s own brief', body: BODY, baseVersion: own.value.version }));
    expect(await step(editor, own.value.id, 'PUBLISHED', 'mine')).toEqual([]);
  });
});

describe('invitations by mail', () => {
  it('sends the invitee a link that makes the account', async () => {
    const invited = await inviteUser(db, admin, { email: 'Lena@Example.test', role: 'EDITOR' });
    const url = new URL(invited.path, SITE).toString();
    await mailer.send(invitationMessage({ to: invited.email, role: 'Editor', url, expiresAt: invited.expiresAt, invitedBy: 'Timur' }));
    const mail = await smtp.waitFor((m) => m.to.includes('lena@example.test'));
    expect(mail.subject).toBe('Your invitation to Caspian Briefings');
    expect(mail.text).toContain('Timur invites you to join Caspian Briefings as editor.');
    const token = /\/invite\/([A-Za-z0-9_-]{43})/.exec(mail.text)?.[1] ?? '';
    const account = await acceptInvitation(db, { token, name: 'Lena', password: 'a long and fine passphrase' });
    expect(account).toMatchObject({ email: 'lena@example.test', role: 'EDITOR' });
  });

  it('reports a server that refuses the message, so the admin is shown the link instead', async () => {
    const closed = await startTestSmtpServer();
    await closed.close();
    const unreachable = smtpMailer(closed.url, 'Caspian Briefings <no-reply@briefings.example.test>');
    await expect(unreachable.send({ to: 'x@example.test', subject: 's', text: 't' })).rejects.toThrow();
  });
});
