import { env } from '@/lib/platform/env';
import type { PrismaClient } from '@/lib/generated/prisma/client';

export const WINDOW_MS = 15 * 60_000;
/** Failures allowed for one account from one address within the window; then that pair waits. */
export const MAX_PER_PAIR = 5;
/**
 * Failures allowed from one address, whatever the accounts, within the window (SIGN_IN_ADDRESS_LIMIT:
 * raise it where many editors share one address, behind an office's NAT).
 */
export const MAX_PER_ADDRESS = env.SIGN_IN_ADDRESS_LIMIT;
/** Failures on one account, from all addresses, after which its attempts are slowed (never refused). */
export const SLOW_AFTER = 10;
export const SLOW_STEP_MS = 500;
export const MAX_DELAY_MS = 5_000;

export type Admission =
  | { admitted: true; attemptId: string; delayMs: number }
  | { admitted: false; retryAfterMs: number; reason: 'pair' | 'address' };

// Two lock spaces so an account's key and an address's key never collide.
const ACCOUNT_LOCK = 1601;
const ADDRESS_LOCK = 1602;

// Admissions queue on the advisory locks while holding a pooled connection; a burst of parallel
// attempts would otherwise take every connection and leave pages none. At most this many per process
// wait on the database; the rest wait here, in memory.
const CONCURRENT_ADMISSIONS = 3;
let running = 0;
const queue: (() => void)[] = [];
async function limited<T>(fn: () => Promise<T>): Promise<T> {
  if (running >= CONCURRENT_ADMISSIONS) await new Promise<void>((resolve) => queue.push(resolve));
  running++;
  try {
    return await fn();
  } finally {
    running--;
    queue.shift()?.();
  }
}

function waitFor(rows: { createdAt: Date }[], max: number, now: Date): number {
  if (rows.length < max) return 0;
  const oldestCounted = rows[rows.length - max]?.createdAt.getTime() ?? now.getTime();
  return Math.max(0, oldestCounted + WINDOW_MS - now.getTime());
}

/**
 * Decides whether a sign-in attempt may check its password, and reserves its place: the attempt is
 * written as a failure before the password is checked, under a lock on the account and one on the
 * address, so twenty parallel attempts cannot all read "four failures so far".
 *
 * Nobody can lock anyone else out: the account limit counts one account's failures from one
 * address only (since that pair last succeeded), so a correct password from an address without
 * failures always goes through. An account attacked from many addresses is slowed instead.
 * Counted per e-mail whether or not the account exists, so answers never reveal which exist.
 */
export async function admitSignIn(db: PrismaClient, email: string, ip: string, now = new Date()): Promise<Admission> {
  const since = new Date(now.getTime() - WINDOW_MS);
  return limited(() => db.$transaction(async (tx) => {
    // Always the account's lock first, then the address's: the same order everywhere, no deadlock.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ACCOUNT_LOCK}::int, hashtext(${email}))`;
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ADDRESS_LOCK}::int, hashtext(${ip}))`;
    const lastSuccess = await tx.loginAttempt.findFirst({
      where: { email, ip, success: true, createdAt: { gte: since } },
      orderBy: { createdAt: 'desc' },
      select: { createdAt: true },
    });
    const pairSince = lastSuccess && lastSuccess.createdAt > since ? lastSuccess.createdAt : since;
    const [byPair, byAddress, byAccount] = await Promise.all([
      tx.loginAttempt.findMany({ where: { email, ip, success: false, createdAt: { gt: pairSince } }, orderBy: { createdAt: 'asc' }, select: { createdAt: true } }),
      tx.loginAttempt.findMany({ where: { ip, success: false, createdAt: { gte: since } }, orderBy: { createdAt: 'asc' }, select: { createdAt: true } }),
      tx.loginAttempt.count({ where: { email, success: false, createdAt: { gte: since } } }),
    ]);
    const pairWait = waitFor(byPair, MAX_PER_PAIR, now);
    const addressWait = waitFor(byAddress, MAX_PER_ADDRESS, now);
    if (pairWait || addressWait) {
      return { admitted: false, retryAfterMs: Math.max(pairWait, addressWait), reason: pairWait >= addressWait ? 'pair' : 'address' } as const;
    }
    const attempt = await tx.loginAttempt.create({ data: { email, ip, success: false, createdAt: now }, select: { id: true } });
    const delayMs = byAccount >= SLOW_AFTER ? Math.min(MAX_DELAY_MS, (byAccount - SLOW_AFTER + 1) * SLOW_STEP_MS) : 0;
    return { admitted: true, attemptId: attempt.id, delayMs } as const;
    // Parallel attempts queue on the lock (milliseconds each) and may wait for a pooled connection.
  }, { maxWait: 15_000, timeout: 15_000 }));
}

/** Marks an admitted attempt a success; failures stay as they were written, for the record. */
export async function settleSignIn(db: PrismaClient, attemptId: string, success: boolean): Promise<void> {
  if (success) await db.loginAttempt.update({ where: { id: attemptId }, data: { success: true } });
}
