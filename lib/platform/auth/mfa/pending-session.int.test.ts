import { Secret, TOTP } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { databaseForFile } from '@/scripts/testing/file-database';
import type { Role } from '@/lib/generated/prisma/enums';
import { MAX_PER_PAIR } from '../rate-limit';
import { CODE_STEP_MS, checkSession } from '../user-sessions';
import { completePendingSession, openSingleSignOnSession } from './pending-session';
import { confirmEnrolment, replaceRecoveryCodes, startEnrolment, verifySecondFactor } from './second-factor';

const { db } = databaseForFile({ seeded: false });
const KEY = 'p'.repeat(40);
const REQUIRED: Role[] = ['ADMIN'];
const limits = { idleMs: 30 * 60_000, maxMs: 8 * 3_600_000 };
const code = (secret: string, at = Date.now()) => TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: at });

async function person(email: string, role: Role) {
  return db.user.create({ data: { email, name: email, role } });
}
async function enrol(user: { id: string; email: string }, sessionId?: string) {
  const enrolment = await startEnrolment(user, KEY);
  // The step before's code, so that the current one is still unused for the test's own use.
  const done = await confirmEnrolment(db, { userId: user.id, sealed: enrolment.sealed, code: code(enrolment.secret, Date.now() - 30_000), authSecret: KEY, sessionId });
  if (!done.ok) throw new Error('enrolment failed');
  return { secret: enrolment.secret, recoveryCodes: done.value.recoveryCodes };
}
const account = (id: string) => db.user.findUniqueOrThrow({ where: { id }, select: { id: true, email: true, role: true, totpEnabledAt: true, sessionVersion: true } });
const open = async (userId: string) => openSingleSignOnSession(db, await account(userId), REQUIRED, { userAgent: 'Test browser' });
const awaiting = async (sessionId: string) => (await checkSession(db, sessionId, 0, limits))?.awaitingCode;
const complete = (sessionId: string, userId: string, c: string, address = '192.0.2.7') => completePendingSession(db, { sessionId, userId, code: c, address, authSecret: KEY });

describe('single sign-on for an account with a second factor', () => {
  it('opens a session that waits for the code, refuses a wrong one, and opens fully on the right one', async () => {
    const user = await person('sso-totp@example.test', 'EDITOR');
    const { secret } = await enrol(user);
    const { sessionId, awaitingCode } = await open(user.id);
    expect(awaitingCode).toBe(true);
    expect(await awaiting(sessionId)).toBe(true);
    expect(await complete(sessionId, user.id, '000000')).toMatchObject({ ok: false, code: 'invalid' });
    expect(await awaiting(sessionId)).toBe(true);
    // Another person's session cannot be completed with one's own code.
    const other = await person('sso-other@example.test', 'EDITOR');
    expect(await complete(sessionId, other.id, code(secret))).toMatchObject({ ok: false, code: 'expired' });
    expect(await complete(sessionId, user.id, code(secret))).toEqual({ ok: true, value: undefined });
    expect(await awaiting(sessionId)).toBe(false);
    const events = await db.auditLog.findMany({ where: { targetId: user.id, action: { startsWith: 'sign-in.' } }, orderBy: { createdAt: 'asc' }, select: { action: true, reason: true } });
    expect(events).toEqual([
      { action: 'sign-in.code-requested', reason: 'after single sign-on' },
      { action: 'sign-in.failed', reason: 'wrong or used authentication code after single sign-on' },
      { action: 'sign-in.succeeded', reason: 'with single sign-on and authenticator' },
    ]);
  });

  it('ends a session left waiting for its code longer than the code step allows', async () => {
    const user = await person('sso-late@example.test', 'EDITOR');
    await enrol(user);
    const { sessionId } = await open(user.id);
    const later = new Date(Date.now() + CODE_STEP_MS + 1000);
    expect(await checkSession(db, sessionId, 0, limits, later)).toBeNull();
  });

  it('takes a recovery code once, and throttles code guesses as passwords are', async () => {
    const user = await person('sso-recovery@example.test', 'CONTRIBUTOR');
    const { secret, recoveryCodes } = await enrol(user);
    const [spare] = recoveryCodes as [string];
    const first = await open(user.id);
    expect(await complete(first.sessionId, user.id, spare)).toEqual({ ok: true, value: undefined });
    const second = await open(user.id);
    expect(await complete(second.sessionId, user.id, spare)).toMatchObject({ ok: false, code: 'invalid' });
    for (let i = 1; i < MAX_PER_PAIR; i++) expect(await complete(second.sessionId, user.id, String(200000 + i))).toMatchObject({ ok: false, code: 'invalid' });
    const refused = await complete(second.sessionId, user.id, code(secret));
    expect(refused).toMatchObject({ ok: false, code: 'limited' });
    expect('retryAfterMs' in refused && refused.retryAfterMs).toBeGreaterThan(0);
    expect(await awaiting(second.sessionId)).toBe(true);
  });
});

describe('single sign-on for a role that requires a second factor', () => {
  it('waits for the enrolment; enrolling in that session ends the wait, while another such session then owes the code', async () => {
    const admin = await person('sso-admin@example.test', 'ADMIN');
    const here = await open(admin.id);
    const elsewhere = await open(admin.id);
    expect(here.awaitingCode).toBe(false);
    expect(await db.userSession.findUniqueOrThrow({ where: { id: here.sessionId }, select: { secondFactorPending: true } })).toEqual({ secondFactorPending: true });
    await enrol(admin, here.sessionId);
    expect(await awaiting(here.sessionId)).toBe(false);
    expect(await awaiting(elsewhere.sessionId)).toBe(true);
  });

  it('opens a full session for a role that requires none, without a factor', async () => {
    const editor = await person('sso-plain@example.test', 'EDITOR');
    const opened = await open(editor.id);
    expect(opened.awaitingCode).toBe(false);
    expect(await db.userSession.findUniqueOrThrow({ where: { id: opened.sessionId }, select: { secondFactorPending: true } })).toEqual({ secondFactorPending: false });
    expect(await awaiting(opened.sessionId)).toBe(false);
  });
});

describe('new recovery codes', () => {
  it('replace every old one, are audited, and need a factor to replace', async () => {
    const user = await person('new-codes@example.test', 'EDITOR');
    const { recoveryCodes: old } = await enrol(user);
    const [oldOne] = old as [string];
    const replaced = await replaceRecoveryCodes(db, user.id);
    if (!replaced.ok) throw new Error('replacing the recovery codes failed');
    const fresh = replaced.value.recoveryCodes;
    expect(fresh).toHaveLength(10);
    expect(fresh.some((c) => old.includes(c))).toBe(false);
    expect(await verifySecondFactor(db, user.id, oldOne, KEY)).toBeNull();
    expect(await verifySecondFactor(db, user.id, fresh[0] ?? '', KEY)).toBe('recovery code');
    expect(await db.recoveryCode.count({ where: { userId: user.id, usedAt: null } })).toBe(9);
    const audit = await db.auditLog.findMany({ where: { targetId: user.id, action: 'mfa.recovery-codes' }, select: { actorId: true, after: true } });
    expect(audit).toEqual([{ actorId: user.id, after: { replaced: 10, recoveryCodes: 10 } }]);
    const none = await person('no-factor@example.test', 'EDITOR');
    expect(await replaceRecoveryCodes(db, none.id)).toMatchObject({ ok: false, code: 'not-found' });
  });

  it('leave ten codes when asked for twice at once', async () => {
    const user = await person('twice@example.test', 'EDITOR');
    await enrol(user);
    await Promise.all([replaceRecoveryCodes(db, user.id), replaceRecoveryCodes(db, user.id)]);
    expect(await db.recoveryCode.count({ where: { userId: user.id } })).toBe(10);
  });
});
