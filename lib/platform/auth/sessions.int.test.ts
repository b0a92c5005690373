import { describe, expect, it } from 'vitest';
import { databaseForFile } from '@/scripts/testing/file-database';
import { hashPassword } from './password';
import { signInWithPassword } from './password-sign-in';
import { MAX_PER_PAIR } from './rate-limit';
import { pruneSecurityRecords } from './security-events';
import { checkSession, listSessions, openSession, revokeAllSessions, revokeSession } from './user-sessions';

const { db } = databaseForFile({ seeded: false });
const PASSWORD = 'a long correct passphrase';
const limits = { idleMs: 30 * 60_000, maxMs: 8 * 3_600_000 };
const MIN = 60_000;

async function account(email: string) {
  return db.user.create({ data: { email, name: email, role: 'EDITOR', passwordHash: await hashPassword(PASSWORD) } });
}
const attempt = (email: string, password: string, address = '192.0.2.1') =>
  signInWithPassword(db, { email, password, address, userAgent: 'Test browser' }, async () => {});

describe('password sign-in', () => {
  it('records failures and refusals as security events and keeps them after a success', async () => {
    const user = await account('events@example.test');
    expect(await attempt(user.email, 'wrong one')).toMatchObject({ ok: false, code: 'invalid' });
    const ok = await attempt(user.email, PASSWORD);
    expect(ok.ok).toBe(true);
    const events = await db.auditLog.findMany({ where: { targetId: user.id }, orderBy: { createdAt: 'asc' }, select: { action: true, after: true } });
    expect(events).toEqual([
      { action: 'sign-in.failed', after: { email: user.email, address: '192.0.2.1' } },
      { action: 'sign-in.succeeded', after: { email: user.email, address: '192.0.2.1' } },
    ]);
    expect(await db.loginAttempt.count({ where: { email: user.email, success: false } })).toBe(1);
  });

  it('records a refused attempt, and one for an e-mail with no account', async () => {
    for (let i = 0; i < MAX_PER_PAIR; i++) await attempt('nobody@example.test', 'guess', '203.0.113.5');
    const refused = await attempt('nobody@example.test', 'guess', '203.0.113.5');
    expect(refused).toMatchObject({ ok: false, code: 'limited' });
    expect('retryAfterMs' in refused ? refused.retryAfterMs : 0).toBeGreaterThan(0);
    const actions = await db.auditLog.findMany({ where: { targetType: 'SignIn' }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual([...Array(MAX_PER_PAIR).fill('sign-in.failed'), 'sign-in.refused']);
  });
});

describe('server-side sessions', () => {
  it('opens a session on sign-in, and a revoked session no longer works (a copied cookie)', async () => {
    const user = await account('revoke@example.test');
    const result = await attempt(user.email, PASSWORD);
    if (!result.ok) throw new Error('sign-in failed');
    expect(await checkSession(db, result.value.sessionId, 0, limits)).toMatchObject({ userId: user.id, role: 'EDITOR' });
    expect(await revokeSession(db, result.value.sessionId, user.id, 'sign-out')).toBe(true);
    expect(await checkSession(db, result.value.sessionId, 0, limits)).toBeNull();
    expect(await db.auditLog.count({ where: { action: 'session.sign-out', targetId: user.id } })).toBe(1);
  });

  it('ends after the idle timeout, and use keeps it open until the absolute limit', async () => {
    const user = await account('idle@example.test');
    const t0 = new Date();
    const idle = await openSession(db, { userId: user.id, address: '192.0.2.1', userAgent: '' }, t0);
    expect(await checkSession(db, idle, 0, limits, new Date(t0.getTime() + 31 * MIN))).toBeNull();

    const busy = await openSession(db, { userId: user.id, address: '192.0.2.1', userAgent: '' }, t0);
    for (let m = 20; m < 8 * 60; m += 20) expect(await checkSession(db, busy, 0, limits, new Date(t0.getTime() + m * MIN))).not.toBeNull();
    expect(await checkSession(db, busy, 0, limits, new Date(t0.getTime() + 8 * 60 * MIN + MIN))).toBeNull();
  });

  it('refuses a session whose account ended every session (password change) or was deactivated', async () => {
    const user = await account('version@example.test');
    const sid = await openSession(db, { userId: user.id, address: '192.0.2.1', userAgent: '' });
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: 1 } });
    expect(await checkSession(db, sid, 0, limits)).toBeNull();
    expect(await checkSession(db, sid, 1, limits)).not.toBeNull();
    await db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await checkSession(db, sid, 1, limits)).toBeNull();
  });

  it('lists one’s open sessions; one may end one of them, or all, but not someone else’s', async () => {
    const user = await account('list@example.test');
    const other = await account('other@example.test');
    const a = await openSession(db, { userId: user.id, address: '192.0.2.1', userAgent: 'Laptop' });
    const b = await openSession(db, { userId: user.id, address: '192.0.2.2', userAgent: 'Phone' });
    const theirs = await openSession(db, { userId: other.id, address: '192.0.2.3', userAgent: '' });
    expect((await listSessions(db, user.id, limits)).map((s) => s.id).sort()).toEqual([a, b].sort());
    expect(await revokeSession(db, theirs, user.id, 'revoked')).toBe(false);
    expect(await checkSession(db, theirs, 0, limits)).not.toBeNull();
    expect(await revokeSession(db, b, user.id, 'revoked')).toBe(true);
    expect((await listSessions(db, user.id, limits)).map((s) => s.userAgent)).toEqual(['Laptop']);
    await openSession(db, { userId: user.id, address: '192.0.2.4', userAgent: 'Tablet' });
    expect(await revokeAllSessions(db, user.id)).toBe(2);
    expect(await listSessions(db, user.id, limits)).toEqual([]);
    expect(await checkSession(db, a, 0, limits)).toBeNull();
  });
});

describe('retention', () => {
  it('drops attempts and security events older than the period, and keeps editorial audit', async () => {
    const old = new Date(Date.now() - 91 * 86_400_000);
    await db.loginAttempt.create({ data: { email: 'old@example.test', ip: '192.0.2.9', success: false, createdAt: old } });
    await db.auditLog.create({ data: { action: 'sign-in.failed', targetType: 'SignIn', createdAt: old } });
    await db.auditLog.create({ data: { action: 'brief.publish', targetType: 'Brief', createdAt: old } });
    const recentAttempts = await db.loginAttempt.count({ where: { createdAt: { gt: old } } });
    expect(await pruneSecurityRecords(db, 90)).toEqual({ attempts: 1, resets: 0, events: 1, sessions: 0 });
    expect(await db.loginAttempt.count()).toBe(recentAttempts);
    expect(await db.auditLog.count({ where: { action: 'brief.publish' } })).toBe(1);
  });
});
