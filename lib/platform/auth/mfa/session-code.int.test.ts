import { Secret, TOTP } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { databaseForFile } from '@/scripts/testing/file-database';
import { MAX_PER_PAIR, WINDOW_MS } from '../rate-limit';
import { confirmEnrolment, startEnrolment } from './second-factor';
import { checkSessionCode } from './session-code';

const { db } = databaseForFile({ seeded: false });
const KEY = 's'.repeat(40);
const code = (secret: string, at = Date.now()) => TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: at });

async function enrolled(email: string) {
  const user = await db.user.create({ data: { email, name: email, role: 'EDITOR' } });
  const enrolment = await startEnrolment(user, KEY);
  // The step before's code, so that the current one is still unused for the test's own use.
  const done = await confirmEnrolment(db, { userId: user.id, sealed: enrolment.sealed, code: code(enrolment.secret, Date.now() - 30_000), authSecret: KEY });
  if (!done.ok) throw new Error('enrolment failed');
  return { user, secret: enrolment.secret, recoveryCodes: done.value.recoveryCodes };
}
const check = (userId: string, c: string, address: string, now?: Date) =>
  checkSessionCode(db, { userId, code: c, address, authSecret: KEY, purpose: 'turn off two-factor sign-in' }, { now, wait: async () => undefined });
const events = (userId: string) =>
  db.auditLog.findMany({ where: { targetId: userId, action: { startsWith: 'sign-in.' } }, select: { action: true, reason: true } });

describe('a code asked for inside an open session', () => {
  it('checks at most the limit of parallel wrong codes, records them, and takes a right code once the window has passed', async () => {
    const { user, secret } = await enrolled('session-code-parallel@example.test');
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => check(user.id, String(300000 + i), '192.0.2.40')));
    const checked = results.filter((r) => !r.ok && !r.retryAfterMs);
    const refused = results.filter((r) => !r.ok && (r.retryAfterMs ?? 0) > 0);
    expect(checked).toHaveLength(MAX_PER_PAIR);
    expect(refused).toHaveLength(20 - MAX_PER_PAIR);
    // Refused attempts never reach the code: even the right one waits for the window.
    const early = await check(user.id, code(secret), '192.0.2.40');
    expect(early.ok).toBe(false);
    expect(early.ok === false && early.retryAfterMs).toBeGreaterThan(0);
    const recorded = await events(user.id);
    expect(recorded.filter((e) => e.action === 'sign-in.failed')).toHaveLength(MAX_PER_PAIR);
    expect(recorded.filter((e) => e.action === 'sign-in.refused')).toHaveLength(20 - MAX_PER_PAIR + 1);
    expect(recorded.find((e) => e.action === 'sign-in.failed')?.reason).toBe('wrong or used authentication code to turn off two-factor sign-in');
    const later = new Date(Date.now() + WINDOW_MS + 1_000);
    expect(await check(user.id, code(secret), '192.0.2.40', later)).toEqual({ ok: true, value: 'authenticator' });
  });

  it('never locks the account: the owner elsewhere still gets in while one address is held', async () => {
    const { user, recoveryCodes } = await enrolled('session-code-elsewhere@example.test');
    for (let i = 0; i < MAX_PER_PAIR; i++) expect(await check(user.id, String(400000 + i), '192.0.2.41')).toMatchObject({ ok: false, code: 'invalid' });
    const held = await check(user.id, recoveryCodes[0] as string, '192.0.2.41');
    expect(held.ok === false && held.retryAfterMs).toBeGreaterThan(0);
    expect(await check(user.id, recoveryCodes[0] as string, '192.0.2.42')).toEqual({ ok: true, value: 'recovery code' });
    // A recovery code is taken once.
    expect(await check(user.id, recoveryCodes[0] as string, '192.0.2.42')).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('slows an account guessed at from many addresses instead of refusing it', async () => {
    const { user, secret } = await enrolled('session-code-slowed@example.test');
    for (let i = 0; i < 12; i++) await check(user.id, String(500000 + i), `198.51.100.${i + 1}`);
    const waits: number[] = [];
    const result = await checkSessionCode(db, { userId: user.id, code: code(secret), address: '198.51.100.200', authSecret: KEY, purpose: 'replace recovery codes' }, { wait: async (ms) => void waits.push(ms) });
    expect(result).toEqual({ ok: true, value: 'authenticator' });
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThan(0);
  });
});
