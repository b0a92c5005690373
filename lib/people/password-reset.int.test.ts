import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '@/lib/platform/auth/password';
import { smtpMailer, type Mailer } from '@/lib/platform/mail/mailer';
import { databaseForFile } from '@/scripts/testing/file-database';
import { startTestSmtpServer, type ReceivedMail, type TestSmtpServer } from '@/scripts/testing/smtp-server';
import { PeopleError } from './errors';
import { RESET_MAX_PER_EMAIL, RESET_MAX_PER_IP, RESET_TTL_MS, findPasswordReset, requestPasswordReset, resetPassword } from './password-reset';

const { db } = databaseForFile({ seeded: false });
const SITE = 'https://briefings.example.test';
const OLD = 'correct horse battery';
const NEW = 'a different, longer passphrase';
let smtp: TestSmtpServer;
let mailer: Mailer;
let ipCounter = 0;
/** Each test asks from its own address, so the per-address limit is tested only where meant. */
const freshIp = () => `192.0.2.${++ipCounter}`;

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  mailer = smtpMailer(smtp.url, 'Caspian Briefings <no-reply@briefings.example.test>');
});
afterAll(async () => {
  await smtp.close();
});

async function account(email: string, options: { active?: boolean; password?: string | null } = {}) {
  const passwordHash = options.password === null ? null : await hashPassword(options.password ?? OLD);
  return db.user.create({ data: { email, name: email.split('@')[0] ?? email, role: 'EDITOR', active: options.active ?? true, passwordHash }, select: { id: true } });
}

function tokenIn(mail: ReceivedMail): string {
  const link = /https:\/\/briefings\.example\.test\/reset-password\/([A-Za-z0-9_-]{43})/.exec(mail.text);
  if (!link?.[1]) throw new Error(`no reset link in: ${mail.text}`);
  return link[1];
}

const mailsTo = (email: string) => smtp.received.filter((m) => m.to.includes(email));

describe('forgot password', () => {
  it('mails an active account a single-use link on SITE_URL, which sets the password and ends its sessions', async () => {
    const user = await account('nadia@example.test');
    const ip = freshIp();
    expect(await requestPasswordReset(db, mailer, { email: ' Nadia@Example.test ', ip, siteUrl: SITE })).toEqual({ status: 'sent' });
    const mail = await smtp.waitFor((m) => m.to.includes('nadia@example.test'));
    expect(mail.subject).toBe('Reset your Caspian Briefings password');
    expect(mail.from).toBe('no-reply@briefings.example.test');
    const token = tokenIn(mail);
    // Only the hash is kept: the database does not hold a usable link.
    const stored = await db.passwordReset.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBe(RESET_TTL_MS);
    expect(await findPasswordReset(db, token)).toEqual({ email: 'nadia@example.test' });

    expect(await resetPassword(db, { token, password: NEW, ip })).toEqual({ email: 'nadia@example.test' });
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(after.passwordHash ?? '', NEW)).toBe(true);
    expect(after.sessionVersion).toBe(1);
    await expect(resetPassword(db, { token, password: 'yet another long passphrase', ip })).rejects.toThrow(/not valid any more/);
    expect(await findPasswordReset(db, token)).toBeNull();
    const audit = await db.auditLog.findMany({ where: { targetId: user.id }, orderBy: { createdAt: 'asc' }, select: { action: true, after: true } });
    expect(audit.map((a) => a.action)).toEqual(['password-reset.requested', 'password-reset.completed']);
    expect(JSON.stringify(audit)).not.toContain(token);
  });

  it('answers the same for an unknown, a deactivated or a password-less address, and mails none of them', async () => {
    await account('gone@example.test', { active: false });
    await account('invited@example.test', { password: null });
    for (const email of ['nobody@example.test', 'gone@example.test', 'invited@example.test']) {
      expect(await requestPasswordReset(db, mailer, { email, ip: freshIp(), siteUrl: SITE })).toEqual({ status: 'sent' });
    }
    // A message sent afterwards arrives after any the three would have caused (one connection each, in order).
    await account('marker@example.test');
    await requestPasswordReset(db, mailer, { email: 'marker@example.test', ip: freshIp(), siteUrl: SITE });
    await smtp.waitFor((m) => m.to.includes('marker@example.test'));
    for (const email of ['nobody@example.test', 'gone@example.test', 'invited@example.test']) expect(mailsTo(email)).toEqual([]);
    const requests = await db.passwordReset.findMany({ where: { email: { in: ['nobody@example.test', 'gone@example.test', 'invited@example.test'] } } });
    expect(requests).toHaveLength(3);
    expect(requests.every((r) => r.tokenHash === null && r.userId === null)).toBe(true);
  });

  it('refuses an expired link, and a link replaced by a newer request', async () => {
    await account('timur@example.test');
    const ip = freshIp();
    const t0 = new Date();
    await requestPasswordReset(db, mailer, { email: 'timur@example.test', ip, siteUrl: SITE }, t0);
    const first = tokenIn(await smtp.waitFor((m) => m.to.includes('timur@example.test')));
    const late = new Date(t0.getTime() + RESET_TTL_MS + 1000);
    expect(await findPasswordReset(db, first, late)).toBeNull();
    await expect(resetPassword(db, { token: first, password: NEW, ip }, late)).rejects.toBeInstanceOf(PeopleError);

    await requestPasswordReset(db, mailer, { email: 'timur@example.test', ip, siteUrl: SITE }, new Date(t0.getTime() + 1000));
    await smtp.waitFor((m) => m.to.includes('timur@example.test') && !m.text.includes(first));
    expect(await findPasswordReset(db, first, new Date(t0.getTime() + 2000))).toBeNull();
  });

  it('keeps the password rules, and a refused password leaves the link usable', async () => {
    await account('weak@example.test');
    const ip = freshIp();
    await requestPasswordReset(db, mailer, { email: 'weak@example.test', ip, siteUrl: SITE });
    const token = tokenIn(await smtp.waitFor((m) => m.to.includes('weak@example.test')));
    await expect(resetPassword(db, { token, password: 'short', ip })).rejects.toMatchObject({ field: 'password' });
    expect(await findPasswordReset(db, token)).not.toBeNull();
  });

  it('limits requests per address asked for and per client address, counting unknown addresses alike', async () => {
    await account('flood@example.test');
    const now = new Date();
    for (let i = 0; i < RESET_MAX_PER_EMAIL; i++) {
      expect(await requestPasswordReset(db, mailer, { email: 'flood@example.test', ip: freshIp(), siteUrl: SITE }, now)).toEqual({ status: 'sent' });
    }
    expect(await requestPasswordReset(db, mailer, { email: 'flood@example.test', ip: freshIp(), siteUrl: SITE }, now)).toEqual({ status: 'limited', retryAfterMinutes: 15 });
    // An unknown address is limited exactly the same way, so the limit tells nothing either.
    for (let i = 0; i < RESET_MAX_PER_EMAIL; i++) await requestPasswordReset(db, mailer, { email: 'ghost@example.test', ip: freshIp(), siteUrl: SITE }, now);
    expect(await requestPasswordReset(db, mailer, { email: 'ghost@example.test', ip: freshIp(), siteUrl: SITE }, now)).toMatchObject({ status: 'limited' });

    const ip = freshIp();
    for (let i = 0; i < RESET_MAX_PER_IP; i++) {
      expect(await requestPasswordReset(db, mailer, { email: `someone-${i}@example.test`, ip, siteUrl: SITE }, now)).toEqual({ status: 'sent' });
    }
    expect(await requestPasswordReset(db, mailer, { email: 'one-more@example.test', ip, siteUrl: SITE }, now)).toMatchObject({ status: 'limited' });
    expect(await db.auditLog.count({ where: { action: 'password-reset.refused' } })).toBe(3);
    // After the window, the address may ask again.
    const later = new Date(now.getTime() + 16 * 60_000);
    expect(await requestPasswordReset(db, mailer, { email: 'flood@example.test', ip: freshIp(), siteUrl: SITE }, later)).toEqual({ status: 'sent' });
  });
});
