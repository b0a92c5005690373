import 'server-only';
import { cache } from 'react';
import { getDb } from '@/lib/platform/db';
import type { Role } from '@/lib/generated/prisma/enums';
import { readDb as read } from '@/lib/platform/health/read-db';
import { findInvitation, type InvitationLookup } from './invitations';
import { findPasswordReset } from './password-reset';

export interface PersonRow {
  id: string;
  name: string;
  email: string;
  role: Role;
  active: boolean;
  createdAt: Date;
  /** Signs in with a second factor. */
  mfa: boolean;
  /** The latest audited change to the account. */
  lastChange: { action: string; at: Date; actorName: string | null; reason: string | null } | null;
}

export interface PendingInvitation {
  id: string;
  email: string;
  role: Role;
  expiresAt: Date;
  createdAt: Date;
  invitedByName: string;
}

/** Everyone with an account: active people first, then by name. */
export async function listPeople(): Promise<PersonRow[]> {
  return read(async () => {
    const db = getDb();
    const users = await db.user.findMany({
      orderBy: [{ active: 'desc' }, { name: 'asc' }],
      select: { id: true, name: true, email: true, role: true, active: true, createdAt: true, totpEnabledAt: true },
    });
    const changes = await db.auditLog.findMany({
      where: { targetType: 'User', targetId: { in: users.map((u) => u.id) } },
      orderBy: { createdAt: 'desc' },
      distinct: ['targetId'],
      select: { targetId: true, action: true, createdAt: true, reason: true, actor: { select: { name: true } } },
    });
    const byUser = new Map(changes.map((c) => [c.targetId, c]));
    return users.map(({ totpEnabledAt, ...u }) => {
      const c = byUser.get(u.id);
      return { ...u, mfa: totpEnabledAt !== null, lastChange: c ? { action: c.action, at: c.createdAt, actorName: c.actor?.name ?? null, reason: c.reason } : null };
    });
  });
}

/** Invitations not yet used, expired or replaced. */
export async function listPendingInvitations(): Promise<PendingInvitation[]> {
  return read(async () => {
    const rows = await getDb().invitation.findMany({
      where: { usedAt: null, expiresAt: { gt: new Date() } },
      orderBy: { createdAt: 'desc' },
      select: { id: true, email: true, role: true, expiresAt: true, createdAt: true, invitedBy: { select: { name: true } } },
    });
    return rows.map(({ invitedBy, ...r }) => ({ ...r, invitedByName: invitedBy.name }));
  });
}

/** Shared by the invitation page and its metadata. */
export const lookupInvitation = cache(
  async (token: string): Promise<InvitationLookup> => read(() => findInvitation(getDb(), token)),
);

/** A usable reset link's address, or null: shown only to whoever holds the link. */
export async function lookupPasswordReset(token: string): Promise<{ email: string } | null> {
  return read(() => findPasswordReset(getDb(), token));
}
