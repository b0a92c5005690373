import type { PrismaClient } from '@/lib/generated/prisma/client';

export const WINDOW_MS = 15 * 60_000;
/** Failed attempts allowed per account, and per address, within the window. */
export const MAX_PER_ACCOUNT = 5;
export const MAX_PER_ADDRESS = 20;

/**
 * Whether sign-in is refused for now, counted on failures only. Counted per e-mail whether or
 * not an account exists, so the answer never reveals which accounts exist.
 */
export async function signInBlockedFor(db: PrismaClient, email: string, ip: string, now = new Date()): Promise<number | null> {
  const since = new Date(now.getTime() - WINDOW_MS);
  const [byAccount, byAddress] = await Promise.all([
    db.loginAttempt.findMany({ where: { email, success: false, createdAt: { gte: since } }, orderBy: { createdAt: 'asc' }, select: { createdAt: true } }),
    db.loginAttempt.findMany({ where: { ip, success: false, createdAt: { gte: since } }, orderBy: { createdAt: 'asc' }, select: { createdAt: true } }),
  ]);
  const over = (rows: { createdAt: Date }[], max: number) =>
    rows.length >= max ? (rows[rows.length - max]?.createdAt.getTime() ?? now.getTime()) + WINDOW_MS - now.getTime() : null;
  const wait = Math.max(over(byAccount, MAX_PER_ACCOUNT) ?? 0, over(byAddress, MAX_PER_ADDRESS) ?? 0);
  return wait > 0 ? wait : null;
}

export async function recordSignInAttempt(db: PrismaClient, email: string, ip: string, success: boolean): Promise<void> {
  await db.loginAttempt.create({ data: { email, ip, success } });
  // A successful sign-in clears the account's failures, so a typo earlier does not linger.
  if (success) await db.loginAttempt.deleteMany({ where: { email, success: false } });
}
