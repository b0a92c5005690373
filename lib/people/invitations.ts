import { recordAudit } from '@/lib/platform/audit/record';
import { hashPassword, passwordProblem } from '@/lib/platform/auth/password';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Role } from '@/lib/generated/prisma/enums';
import { lockActiveAdmins, normalizeEmail, type Actor } from './actor';
import { PeopleError } from './errors';
import { INVITE_TTL_MS, hashInviteToken, invitePath, newInviteToken } from './tokens';

export interface InviteInput {
  email: string;
  role: Role;
  name?: string;
}

export interface InviteResult {
  invitationId: string;
  email: string;
  role: Role;
  /** `/invite/<token>`: the token exists only here, so the link can be shown once and never again. */
  path: string;
  expiresAt: Date;
  /** The address had a deactivated account, which accepting will reactivate. */
  reactivates: boolean;
}

/**
 * Invites someone by address. Re-inviting an address with a pending invitation replaces it (the
 * older link stops working), and an address with an active account is refused. A deactivated
 * account is reactivated by accepting a new invitation.
 */
export async function inviteUser(db: PrismaClient, actor: Actor, input: InviteInput, now = new Date()): Promise<InviteResult> {
  const email = normalizeEmail(input.email);
  const name = input.name?.trim() || undefined;
  const token = newInviteToken();
  const expiresAt = new Date(now.getTime() + INVITE_TTL_MS);
  return db.$transaction(async (tx) => {
    await lockActiveAdmins(tx, actor);
    // One pending invitation per address, even when two admins invite the same person at once.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`invite:${email}`}))`;
    const existing = await tx.user.findUnique({ where: { email }, select: { id: true, active: true } });
    if (existing?.active) {
      throw new PeopleError(`${email} already has an active account. Change its role in the list instead.`, 'email');
    }
    const replaced = await tx.invitation.updateMany({
      where: { email, usedAt: null, expiresAt: { gt: now } },
      data: { expiresAt: now },
    });
    const invitation = await tx.invitation.create({
      data: { tokenHash: hashInviteToken(token), email, role: input.role, invitedById: actor.id, expiresAt },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'user.invite',
      targetType: 'Invitation',
      targetId: invitation.id,
      before: replaced.count > 0 ? { pendingInvitationsReplaced: replaced.count } : null,
      // The name is kept here (Invitation has no column for it) to prefill the acceptance form.
      after: { email, role: input.role, expiresAt: expiresAt.toISOString(), ...(name ? { name } : {}), ...(existing ? { reactivatesUserId: existing.id } : {}) },
    });
    return { invitationId: invitation.id, email, role: input.role, path: invitePath(token), expiresAt, reactivates: Boolean(existing) };
  });
}

export type InvitationLookup =
  | { status: 'valid'; email: string; role: Role; expiresAt: Date; suggestedName: string }
  | { status: 'used'; email: string }
  | { status: 'expired'; email: string }
  | { status: 'unknown' };

export const INVITATION_MESSAGES = {
  unknown: 'This invitation link is not valid. Check that it was copied whole, or ask an admin for a new one.',
  used: 'This invitation has already been used. If that was you, sign in; otherwise ask an admin for a new link.',
  expired: 'This invitation has expired or was replaced by a newer one. Ask an admin to invite you again.',
  active: 'An active account already exists for this address. Sign in instead.',
} as const;

/** What the acceptance page shows for a token; the token itself is never stored. */
export async function findInvitation(db: PrismaClient, token: string, now = new Date()): Promise<InvitationLookup> {
  const invitation = await db.invitation.findUnique({ where: { tokenHash: hashInviteToken(token) } });
  if (!invitation) return { status: 'unknown' };
  if (invitation.usedAt) return { status: 'used', email: invitation.email };
  if (invitation.expiresAt <= now) return { status: 'expired', email: invitation.email };
  const [user, audit] = await Promise.all([
    db.user.findUnique({ where: { email: invitation.email }, select: { name: true } }),
    db.auditLog.findFirst({ where: { action: 'user.invite', targetType: 'Invitation', targetId: invitation.id }, select: { after: true } }),
  ]);
  const after = audit?.after;
  const invitedName = after && typeof after === 'object' && !Array.isArray(after) && typeof after.name === 'string' ? after.name : '';
  return { status: 'valid', email: invitation.email, role: invitation.role, expiresAt: invitation.expiresAt, suggestedName: user?.name ?? invitedName };
}

export interface AcceptInput {
  token: string;
  name: string;
  password: string;
}

export interface AcceptResult {
  userId: string;
  email: string;
  role: Role;
  reactivated: boolean;
}

/**
 * Turns a pending invitation into an account (or reactivates the address's deactivated one, which
 * ends any session it still had). The token is the only authority, and it works once.
 */
export async function acceptInvitation(db: PrismaClient, input: AcceptInput, now = new Date()): Promise<AcceptResult> {
  const name = input.name.trim();
  if (!name) throw new PeopleError('Enter your name.', 'name');
  const problem = await passwordProblem(input.password, [name]);
  if (problem) throw new PeopleError(problem, 'password');
  const tokenHash = hashInviteToken(input.token);
  if (!(await db.invitation.findUnique({ where: { tokenHash }, select: { id: true } }))) throw new PeopleError(INVITATION_MESSAGES.unknown);
  // argon2 is slow by design: hashed before the transaction so that it holds no locks meanwhile.
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    // A conditional update claims the invitation: of two submissions at once, only one succeeds.
    const claimed = await tx.invitation.updateMany({ where: { tokenHash, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    const invitation = await tx.invitation.findUniqueOrThrow({ where: { tokenHash } });
    if (claimed.count !== 1) throw new PeopleError(invitation.usedAt ? INVITATION_MESSAGES.used : INVITATION_MESSAGES.expired);
    const { email, role } = invitation;
    const existing = await tx.user.findUnique({ where: { email }, select: { id: true, name: true, role: true, active: true } });
    if (existing?.active) throw new PeopleError(INVITATION_MESSAGES.active);
    const user = existing
      ? await tx.user.update({
          where: { id: existing.id },
          data: { name, passwordHash, role, active: true, sessionVersion: { increment: 1 } },
          select: { id: true },
        })
      : await tx.user.create({ data: { email, name, passwordHash, role }, select: { id: true } });
    await recordAudit(tx, {
      actorId: user.id,
      action: existing ? 'user.reactivate' : 'user.create',
      targetType: 'User',
      targetId: user.id,
      before: existing ? { name: existing.name, role: existing.role, active: false } : null,
      after: { email, name, role, active: true, invitationId: invitation.id },
    });
    return { userId: user.id, email, role, reactivated: Boolean(existing) };
  });
}
