import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Role } from '@/lib/generated/prisma/enums';
import { recordAudit } from '@/lib/platform/audit/record';

export interface SessionLimits {
  idleMs: number;
  maxMs: number;
}

export interface OpenSession {
  userId: string;
  role: Role;
  name: string;
  sessionVersion: number;
  /** Whether the account signs in with a second factor. */
  mfa: boolean;
  /** Opened by single sign-on and still waiting for that second factor (lib/platform/auth/mfa/pending-session.ts). */
  awaitingCode: boolean;
}

export interface SessionListItem {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  address: string;
  userAgent: string;
}

/** How long a single sign-on session may wait for its second factor (as the password sign-in's challenge). */
export const CODE_STEP_MS = 5 * 60_000;

/** lastSeenAt is written at most this often, so reading a session is not a write per request. */
export const TOUCH_EVERY_MS = 60_000;

export async function openSession(
  db: PrismaClient,
  input: { userId: string; address: string; userAgent: string; secondFactorPending?: boolean },
  now = new Date(),
): Promise<string> {
  const row = await db.userSession.create({
    data: {
      userId: input.userId,
      address: input.address.slice(0, 64),
      userAgent: input.userAgent.slice(0, 300),
      createdAt: now,
      lastSeenAt: now,
      secondFactorPending: input.secondFactorPending ?? false,
    },
    select: { id: true },
  });
  return row.id;
}

const alive = (limits: SessionLimits, now: Date) => ({
  revokedAt: null,
  lastSeenAt: { gt: new Date(now.getTime() - limits.idleMs) },
  createdAt: { gt: new Date(now.getTime() - limits.maxMs) },
});

/**
 * The account behind an open session, or null when the session was revoked (signed out), has
 * been idle too long, is past its absolute lifetime, or its account is inactive or has since ended
 * every session (sessionVersion).
 */
export async function checkSession(db: PrismaClient, sessionId: string, sessionVersion: unknown, limits: SessionLimits, now = new Date()): Promise<OpenSession | null> {
  const row = await db.userSession.findFirst({
    where: { id: sessionId, ...alive(limits, now) },
    select: { createdAt: true, lastSeenAt: true, secondFactorPending: true, user: { select: { id: true, active: true, role: true, name: true, sessionVersion: true, totpEnabledAt: true } } },
  });
  if (!row?.user.active || row.user.sessionVersion !== sessionVersion) return null;
  const mfa = row.user.totpEnabledAt !== null;
  const awaitingCode = mfa && row.secondFactorPending;
  // A session owing its code has as long to give it as the password sign-in's code step.
  if (awaitingCode && now.getTime() - row.createdAt.getTime() > CODE_STEP_MS) return null;
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { lastSeenAt: now } });
  }
  return { userId: row.user.id, role: row.user.role, name: row.user.name, sessionVersion: row.user.sessionVersion, mfa, awaitingCode };
}

/** One's own open sessions, most recently used first. */
export function listSessions(db: PrismaClient, userId: string, limits: SessionLimits, now = new Date()): Promise<SessionListItem[]> {
  return db.userSession.findMany({
    where: { userId, ...alive(limits, now) },
    orderBy: { lastSeenAt: 'desc' },
    select: { id: true, createdAt: true, lastSeenAt: true, address: true, userAgent: true },
  });
}

/** Ends one session of the user's own (or whichever session signs out); true when one was open. */
export async function revokeSession(db: PrismaClient, sessionId: string, userId: string, reason: 'sign-out' | 'revoked', now = new Date()): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.userSession.updateMany({ where: { id: sessionId, userId, revokedAt: null }, data: { revokedAt: now } });
    if (count) await recordAudit(tx, { actorId: userId, action: reason === 'sign-out' ? 'session.sign-out' : 'session.revoke', targetType: 'User', targetId: userId, after: { session: sessionId } });
    return count > 0;
  });
}

/** "Sign out everywhere": every open session of the user ends, this one included. */
export async function revokeAllSessions(db: PrismaClient, userId: string, now = new Date()): Promise<number> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.userSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
    await recordAudit(tx, { actorId: userId, action: 'session.sign-out-everywhere', targetType: 'User', targetId: userId, after: { sessions: count } });
    return count;
  });
}
