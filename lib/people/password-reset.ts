import { recordAudit } from '@/lib/platform/audit/record';
import { hashPassword, passwordProblem } from '@/lib/platform/auth/password';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Mailer } from '@/lib/platform/mail/mailer';
import { passwordResetMessage } from '@/lib/platform/mail/messages';
import { normalizeEmail } from './actor';
import { PeopleError } from './errors';
import { hashInviteToken as hashToken, newInviteToken as newToken } from './tokens';

export const RESET_TTL_MS = 30 * 60_000;
export const RESET_WINDOW_MS = 15 * 60_000;
/** Requests for one address within the window: enough for a lost message, too few to flood an inbox. */
export const RESET_MAX_PER_EMAIL = 3;
/** Requests from one client address within the window, whatever the addresses asked for. */
export const RESET_MAX_PER_IP = 10;

export const resetPath = (token: string) => `/reset-password/${token}`;

export const RESET_MESSAGES = {
  sent: 'If an account has this address, a message with a link to choose a new password is on its way. The link works once, for 30 minutes.',
  invalid: 'This reset link is not valid any more: it was used, it expired, or a newer one was sent. Ask for a new one.',
} as const;

export type ResetRequestOutcome = { status: 'sent' } | { status: 'limited'; retryAfterMinutes: number };

/**
 * "Forgot password": the answer is the same whether or not an account has the address, and the
 * rate limit counts every request the same way, so neither tells who has an account. Only an
 * active account with a password gets a token, which is stored as its hash; a new request
 * withdraws that account's earlier links.
 */
export async function requestPasswordReset(
  db: PrismaClient,
  mailer: Mailer,
  input: { email: string; ip: string; siteUrl: string },
  now = new Date(),
): Promise<ResetRequestOutcome> {
  const email = normalizeEmail(input.email);
  const since = new Date(now.getTime() - RESET_WINDOW_MS);
  const token = newToken();
  const expiresAt = new Date(now.getTime() + RESET_TTL_MS);
  const outcome = await db.$transaction(async (tx) => {
    // Parallel requests for one address queue here, so none slips past the count.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`password-reset:${email}`}))`;
    const [byEmail, byIp] = await Promise.all([
      tx.passwordReset.findMany({ where: { email, createdAt: { gte: since } }, orderBy: { createdAt: 'asc' }, select: { createdAt: true } }),
      tx.passwordReset.findMany({ where: { ip: input.ip, createdAt: { gte: since } }, orderBy: { createdAt: 'asc' }, select: { createdAt: true } }),
    ]);
    const waitMs = Math.max(waitFor(byEmail, RESET_MAX_PER_EMAIL, now), waitFor(byIp, RESET_MAX_PER_IP, now));
    const user = await tx.user.findUnique({ where: { email }, select: { id: true, active: true, passwordHash: true } });
    const eligible = Boolean(user?.active && user.passwordHash);
    if (waitMs > 0) {
      await recordAudit(tx, { actorId: null, action: 'password-reset.refused', targetType: user ? 'User' : 'SignIn', targetId: user?.id ?? null, after: { email, address: input.ip }, reason: 'rate limited' });
      return { status: 'limited', retryAfterMinutes: Math.ceil(waitMs / 60_000) } as const;
    }
    if (eligible && user) {
      await tx.passwordReset.updateMany({ where: { userId: user.id, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
    }
    await tx.passwordReset.create({
      data: { email, ip: input.ip, userId: eligible ? user?.id : null, tokenHash: eligible ? hashToken(token) : null, expiresAt, createdAt: now },
    });
    await recordAudit(tx, {
      actorId: null,
      action: 'password-reset.requested',
      targetType: user ? 'User' : 'SignIn',
      targetId: user?.id ?? null,
      after: { email, address: input.ip, linkSent: eligible },
    });
    return { status: 'sent', mail: eligible } as const;
  });
  if (outcome.status === 'limited') return outcome;
  if (outcome.mail) await mailer.send(passwordResetMessage({ to: email, url: new URL(resetPath(token), input.siteUrl).toString(), expiresAt }));
  return { status: 'sent' };
}

function waitFor(rows: { createdAt: Date }[], max: number, now: Date): number {
  if (rows.length < max) return 0;
  const oldestCounted = rows[rows.length - max]?.createdAt.getTime() ?? now.getTime();
  return Math.max(0, oldestCounted + RESET_WINDOW_MS - now.getTime());
}

/** Whether a reset link can still be used; the page shows the form only then. */
export async function findPasswordReset(db: PrismaClient, token: string, now = new Date()): Promise<{ email: string } | null> {
  const reset = await db.passwordReset.findUnique({ where: { tokenHash: hashToken(token) }, select: { email: true, usedAt: true, expiresAt: true, user: { select: { active: true } } } });
  if (!reset || reset.usedAt || reset.expiresAt <= now || !reset.user?.active) return null;
  return { email: reset.email };
}

/**
 * Sets the new password through a reset link. The link works once (claimed by a conditional
 * update), ends every session of the account, and withdraws its other links. A second factor stays
 * as it was: the next sign-in still asks for it.
 */
export async function resetPassword(db: PrismaClient, input: { token: string; password: string; ip: string }, now = new Date()): Promise<{ email: string }> {
  const tokenHash = hashToken(input.token);
  const found = await db.passwordReset.findUnique({ where: { tokenHash }, select: { user: { select: { email: true, name: true } } } });
  if (!found?.user) throw new PeopleError(RESET_MESSAGES.invalid);
  const problem = await passwordProblem(input.password, [found.user.email, found.user.name]);
  if (problem) throw new PeopleError(problem, 'password');
  // argon2 is slow by design: hashed before the transaction so that it holds no locks meanwhile.
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const claimed = await tx.passwordReset.updateMany({ where: { tokenHash, usedAt: null, expiresAt: { gt: now }, user: { active: true } }, data: { usedAt: now } });
    if (claimed.count !== 1) throw new PeopleError(RESET_MESSAGES.invalid);
    const reset = await tx.passwordReset.findUniqueOrThrow({ where: { tokenHash }, select: { id: true, userId: true, email: true } });
    const userId = reset.userId ?? '';
    const user = await tx.user.update({ where: { id: userId }, data: { passwordHash, sessionVersion: { increment: 1 } }, select: { sessionVersion: true } });
    await tx.passwordReset.updateMany({ where: { userId, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
    await recordAudit(tx, {
      actorId: userId,
      action: 'password-reset.completed',
      targetType: 'User',
      targetId: userId,
      after: { address: input.ip, sessionVersion: user.sessionVersion, sessionsEnded: true, resetId: reset.id },
    });
    return { email: reset.email };
  });
}
