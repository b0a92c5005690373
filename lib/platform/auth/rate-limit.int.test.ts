import { describe, expect, it } from 'vitest';
import { databaseForFile } from '@/scripts/testing/file-database';
import { MAX_PER_ADDRESS, MAX_PER_PAIR, SLOW_AFTER, WINDOW_MS, admitSignIn, settleSignIn } from './rate-limit';

const { db } = databaseForFile({ seeded: false });

async function fail(email: string, ip: string, at?: Date) {
  const a = await admitSignIn(db, email, ip, at);
  if (a.admitted) await settleSignIn(db, a.attemptId, false);
  return a;
}

describe('sign-in throttling', () => {
  it('holds the limit under 20 parallel attempts', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => admitSignIn(db, 'parallel@example.test', '198.51.100.1')));
    expect(results.filter((r) => r.admitted)).toHaveLength(MAX_PER_PAIR);
    expect(await db.loginAttempt.count({ where: { email: 'parallel@example.test' } })).toBe(MAX_PER_PAIR);
  });

  it('refuses the pair after five failures, but not the owner at another address', async () => {
    const email = 'victim@example.test';
    for (let i = 0; i < MAX_PER_PAIR; i++) expect((await fail(email, '203.0.113.66')).admitted).toBe(true);
    const refused = await admitSignIn(db, email, '203.0.113.66');
    expect(refused).toMatchObject({ admitted: false, reason: 'pair' });
    expect(refused.admitted ? 0 : refused.retryAfterMs).toBeGreaterThan(WINDOW_MS - 60_000);
    const owner = await admitSignIn(db, email, '192.0.2.10');
    expect(owner.admitted).toBe(true);
  });

  it('slows, never refuses, an account attacked from many addresses', async () => {
    const email = 'admin-under-attack@example.test';
    for (let i = 0; i < SLOW_AFTER + 3; i++) expect((await fail(email, `10.9.0.${i}`)).admitted).toBe(true);
    const owner = await admitSignIn(db, email, '192.0.2.55');
    expect(owner).toMatchObject({ admitted: true, delayMs: 2_000 });
  });

  it('limits one address across accounts', async () => {
    for (let i = 0; i < MAX_PER_ADDRESS; i++) expect((await fail(`spray-${i}@example.test`, '198.51.100.99')).admitted).toBe(true);
    expect(await admitSignIn(db, 'spray-next@example.test', '198.51.100.99')).toMatchObject({ admitted: false, reason: 'address' });
  });

  it('forgives a pair’s earlier failures after it succeeds, and keeps them on record', async () => {
    const email = 'typo@example.test';
    for (let i = 0; i < MAX_PER_PAIR - 1; i++) await fail(email, '192.0.2.77');
    const ok = await admitSignIn(db, email, '192.0.2.77');
    if (!ok.admitted) throw new Error('expected admission');
    await settleSignIn(db, ok.attemptId, true);
    for (let i = 0; i < MAX_PER_PAIR; i++) expect((await fail(email, '192.0.2.77', new Date(Date.now() + 1000 + i))).admitted).toBe(true);
    expect(await db.loginAttempt.count({ where: { email, success: false } })).toBe(2 * MAX_PER_PAIR - 1);
  });
});
