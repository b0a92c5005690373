import { Secret, TOTP } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { databaseForFile } from '@/scripts/testing/file-database';
import { hashPassword } from '../password';
import { signInWithPassword } from '../password-sign-in';
import { MAX_PER_PAIR } from '../rate-limit';
import { signInWithCode } from './code-sign-in';
import { confirmEnrolment, removeSecondFactor, secondFactorStatus, startEnrolment, verifySecondFactor } from './second-factor';

const { db } = databaseForFile({ seeded: false });
const KEY = 's'.repeat(40);
const PASSWORD = 'a long correct passphrase';
const code = (secret: string, at = Date.now()) => TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: at });
const seen = { address: '192.0.2.9', userAgent: 'Test browser', authSecret: KEY };

async function enrolled(email: string) {
  const user = await db.user.create({ data: { email, name: email, role: 'ADMIN', passwordHash: await hashPassword(PASSWORD) } });
  const enrolment = await startEnrolment(user, KEY);
  // A code of the step before, so that the current one is still unused for the test's sign-ins.
  const result = await confirmEnrolment(db, { userId: user.id, sealed: enrolment.sealed, code: code(enrolment.secret, Date.now() - 30_000), authSecret: KEY });
  if (!result.ok) throw new Error('enrolment failed');
  return { user, secret: enrolment.secret, recoveryCodes: result.value.recoveryCodes };
}

describe('enrolment', () => {
  it('needs a code from the new secret, stores it sealed with hashed recovery codes, and is audited', async () => {
    const user = await db.user.create({ data: { email: 'enrol@example.test', name: 'Enrol', role: 'EDITOR' } });
    const enrolment = await startEnrolment(user, KEY);
    expect(await confirmEnrolment(db, { userId: user.id, sealed: enrolment.sealed, code: '000000', authSecret: KEY })).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { code: ['That code is not right.'] } });
    const other = await db.user.create({ data: { email: 'thief@example.test', name: 'Thief', role: 'EDITOR' } });
    expect(await confirmEnrolment(db, { userId: other.id, sealed: enrolment.sealed, code: code(enrolment.secret), authSecret: KEY })).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { code: ['That code is not right.'] } });

    const done = await confirmEnrolment(db, { userId: user.id, sealed: enrolment.sealed, code: code(enrolment.secret), authSecret: KEY });
    if (!done.ok) throw new Error('expected enrolment');
    expect(done.value.recoveryCodes).toHaveLength(10);
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { totpSecret: true, totpEnabledAt: true } });
    expect(row.totpEnabledAt).not.toBeNull();
    expect(row.totpSecret).not.toContain(enrolment.secret);
    const hashes = await db.recoveryCode.findMany({ where: { userId: user.id }, select: { codeHash: true } });
    expect(hashes).toHaveLength(10);
    for (const c of done.value.recoveryCodes) expect(hashes.some((h) => h.codeHash.includes(c.replace('-', '')))).toBe(false);
    expect(await secondFactorStatus(db, user.id)).toMatchObject({ recoveryCodesLeft: 10 });
    expect(await db.auditLog.findMany({ where: { targetId: user.id, action: { startsWith: 'mfa.' } }, select: { action: true, actorId: true } })).toEqual([{ action: 'mfa.enrol', actorId: user.id }]);
    // A second enrolment over the first is refused: turning it off comes first.
    expect(await confirmEnrolment(db, { userId: user.id, sealed: enrolment.sealed, code: code(enrolment.secret, Date.now() + 30_000), authSecret: KEY })).toMatchObject({ ok: false, code: 'conflict' });
  });
});

describe('sign-in with a second factor', () => {
  it('asks for the code after the right password, opens no session before it, and takes each code once', async () => {
    const { user, secret } = await enrolled('two-step@example.test');
    const first = await signInWithPassword(db, { email: user.email, password: PASSWORD, address: seen.address, userAgent: seen.userAgent }, async () => {});
    expect(first).toEqual({ ok: false, message: expect.any(String), secondFactor: { userId: user.id, sessionVersion: 0 } });
    expect(await db.userSession.count({ where: { userId: user.id } })).toBe(0);
    const challenge = { userId: user.id, sessionVersion: 0 };

    const now = code(secret);
    const ok = await signInWithCode(db, { challenge, code: now, ...seen });
    expect(ok.ok).toBe(true);
    expect(await db.userSession.count({ where: { userId: user.id } })).toBe(1);
    // The same code again, as someone who saw it typed would try: refused.
    expect(await signInWithCode(db, { challenge, code: now, ...seen })).toMatchObject({ ok: false, code: 'invalid' });
    const actions = await db.auditLog.findMany({ where: { targetId: user.id, action: { startsWith: 'sign-in.' } }, orderBy: { createdAt: 'asc' }, select: { action: true, reason: true } });
    expect(actions).toEqual([
      { action: 'sign-in.code-requested', reason: null },
      { action: 'sign-in.succeeded', reason: 'with authenticator' },
      { action: 'sign-in.failed', reason: 'wrong or used authentication code' },
    ]);
  });

  it('takes a recovery code once, whatever its case', async () => {
    const { user, recoveryCodes } = await enrolled('recovery@example.test');
    const challenge = { userId: user.id, sessionVersion: 0 };
    const [spare] = recoveryCodes as [string];
    expect((await signInWithCode(db, { challenge, code: spare.toUpperCase(), ...seen })).ok).toBe(true);
    expect(await signInWithCode(db, { challenge, code: spare, ...seen })).toMatchObject({ ok: false, code: 'invalid' });
    expect(await secondFactorStatus(db, user.id)).toMatchObject({ recoveryCodesLeft: 9 });
  });

  it('lets one of two parallel requests with the same code through', async () => {
    const { user, secret } = await enrolled('race@example.test');
    const c = code(secret);
    const results = await Promise.all([verifySecondFactor(db, user.id, c, KEY), verifySecondFactor(db, user.id, c, KEY)]);
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('throttles code guesses as it throttles passwords', async () => {
    const { user, secret } = await enrolled('guess-codes@example.test');
    const challenge = { userId: user.id, sessionVersion: 0 };
    for (let i = 0; i < MAX_PER_PAIR; i++) expect(await signInWithCode(db, { challenge, code: String(100000 + i), ...seen, address: '203.0.113.40' })).toMatchObject({ ok: false, code: 'invalid' });
    const refused = await signInWithCode(db, { challenge, code: code(secret), ...seen, address: '203.0.113.40' });
    expect(refused).toMatchObject({ ok: false, code: 'limited' });
    expect('retryAfterMs' in refused && refused.retryAfterMs).toBeGreaterThan(0);
  });

  it('ends a pending sign-in when an admin resets the factor, which is audited', async () => {
    const { user, secret } = await enrolled('lost-phone@example.test');
    const admin = await db.user.create({ data: { email: 'resetter@example.test', name: 'Resetter', role: 'ADMIN' } });
    expect(await removeSecondFactor(db, { userId: user.id, actorId: admin.id, reason: 'lost phone' })).toBe(true);
    expect(await signInWithCode(db, { challenge: { userId: user.id, sessionVersion: 0 }, code: code(secret), ...seen })).toMatchObject({ ok: false, code: 'expired' });
    expect(await db.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
    const audit = await db.auditLog.findFirstOrThrow({ where: { targetId: user.id, action: 'mfa.reset' }, select: { actorId: true, reason: true } });
    expect(audit).toEqual({ actorId: admin.id, reason: 'lost phone' });
    // With no second factor, the password alone signs in again.
    expect((await signInWithPassword(db, { email: user.email, password: PASSWORD, address: '192.0.2.50', userAgent: '' }, async () => {})).ok).toBe(true);
  });
});
