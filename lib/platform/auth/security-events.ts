import type { PrismaClient } from '@/lib/generated/prisma/client';
import { recordAudit } from '@/lib/platform/audit/record';

/** Audit actions that are security events, kept for SECURITY_EVENT_DAYS, unlike editorial ones. */
export const SECURITY_ACTIONS = ['sign-in.succeeded', 'sign-in.failed', 'sign-in.refused', 'sign-in.code-requested', 'session.sign-out', 'session.revoke', 'session.sign-out-everywhere', 'password-reset.requested', 'password-reset.refused', 'password-reset.completed'] as const;
export type SignInOutcome = 'succeeded' | 'failed' | 'refused' | 'code-requested';

/**
 * A sign-in attempt in the audit log, where admins already look: the account when one has that
 * e-mail, the e-mail and address in any case.
 */
export async function recordSignIn(db: PrismaClient, outcome: SignInOutcome, input: { email: string; address: string; userId: string | null; detail?: string }): Promise<void> {
  await db.$transaction((tx) =>
    recordAudit(tx, {
      actorId: outcome === 'succeeded' || outcome === 'code-requested' ? input.userId : null,
      action: `sign-in.${outcome}`,
      targetType: input.userId ? 'User' : 'SignIn',
      targetId: input.userId,
      after: { email: input.email, address: input.address },
      reason: input.detail ?? null,
    }),
  );
}

/** Drops sign-in attempts, reset requests, security events and ended sessions older than the retention period. */
export async function pruneSecurityRecords(db: PrismaClient, days: number, now = new Date()): Promise<{ attempts: number; resets: number; events: number; sessions: number }> {
  const before = new Date(now.getTime() - days * 86_400_000);
  const [attempts, resets, events, sessions] = await db.$transaction([
    db.loginAttempt.deleteMany({ where: { createdAt: { lt: before } } }),
    db.passwordReset.deleteMany({ where: { createdAt: { lt: before } } }),
    db.auditLog.deleteMany({ where: { action: { in: [...SECURITY_ACTIONS] }, createdAt: { lt: before } } }),
    db.userSession.deleteMany({ where: { lastSeenAt: { lt: before } } }),
  ]);
  return { attempts: attempts.count, resets: resets.count, events: events.count, sessions: sessions.count };
}
