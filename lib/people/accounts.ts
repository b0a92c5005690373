import { recordAudit } from '@/lib/platform/audit/record';
import { hashPassword, passwordProblem, verifyPassword } from '@/lib/platform/auth/password';
import { ROLE_LABELS } from '@/lib/platform/auth/roles';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Role } from '@/lib/generated/prisma/enums';
import { lockActiveAdmins, type Actor } from './actor';
import { PeopleError } from './errors';

const LAST_ADMIN = 'This is the last active admin; make someone else an admin first.';
const NO_SUCH_USER = 'This account no longer exists. Reload the page.';

function requireReason(reason: string): string {
  const why = reason.trim();
  if (!why) throw new PeopleError('Give a reason; it is kept in the audit log.', 'reason');
  return why;
}

/**
 * Deactivates an account and ends its sessions at once (sessionVersion is checked on every
 * request). Its pending invitations are withdrawn too: coming back takes a new invitation.
 */
export async function deactivateUser(db: PrismaClient, actor: Actor, input: { id: string; reason: string }, now = new Date()): Promise<void> {
  if (input.id === actor.id) throw new PeopleError('You cannot deactivate your own account; another admin can.');
  const reason = requireReason(input.reason);
  await db.$transaction(async (tx) => {
    const admins = await lockActiveAdmins(tx, actor);
    const target = await tx.user.findUnique({ where: { id: input.id }, select: { email: true, name: true, role: true, active: true, sessionVersion: true } });
    if (!target) throw new PeopleError(NO_SUCH_USER);
    if (!target.active) throw new PeopleError(`${target.name} is already deactivated.`);
    if (target.role === 'ADMIN' && admins.filter((id) => id !== input.id).length === 0) throw new PeopleError(LAST_ADMIN);
    const updated = await tx.user.update({
      where: { id: input.id },
      data: { active: false, sessionVersion: { increment: 1 } },
      select: { sessionVersion: true },
    });
    const withdrawn = await tx.invitation.updateMany({ where: { email: target.email, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'user.deactivate',
      targetType: 'User',
      targetId: input.id,
      before: { active: true, sessionVersion: target.sessionVersion },
      after: { active: false, sessionVersion: updated.sessionVersion, ...(withdrawn.count ? { invitationsWithdrawn: withdrawn.count } : {}) },
      reason,
    });
  });
}

/** Changes someone else's role; it applies from their next request. */
export async function changeRole(db: PrismaClient, actor: Actor, input: { id: string; role: Role; reason: string }): Promise<void> {
  if (input.id === actor.id) throw new PeopleError('You cannot change your own role; another admin can.');
  const reason = requireReason(input.reason);
  await db.$transaction(async (tx) => {
    const admins = await lockActiveAdmins(tx, actor);
    const target = await tx.user.findUnique({ where: { id: input.id }, select: { name: true, role: true, active: true } });
    if (!target) throw new PeopleError(NO_SUCH_USER);
    if (!target.active) throw new PeopleError(`${target.name} is deactivated; invite them again with the role they should have.`);
    if (target.role === input.role) throw new PeopleError(`${target.name} is already ${ROLE_LABELS[input.role].toLowerCase()}.`, 'role');
    if (target.role === 'ADMIN' && admins.filter((id) => id !== input.id).length === 0) throw new PeopleError(LAST_ADMIN);
    await tx.user.update({ where: { id: input.id }, data: { role: input.role } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'user.role_change',
      targetType: 'User',
      targetId: input.id,
      before: { role: target.role },
      after: { role: input.role },
      reason,
    });
  });
}

/**
 * Changes one's own password, given the current one. It bumps sessionVersion, which signs the
 * person out everywhere, including the session that made the change.
 */
export async function setOwnPassword(
  db: PrismaClient,
  actor: Pick<Actor, 'id'>,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { active: true, passwordHash: true, email: true, name: true } });
  if (!user?.active) throw new PeopleError('Your account is not active.');
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new PeopleError('The current password is not right.', 'currentPassword');
  }
  const problem = await passwordProblem(input.newPassword, [user.email, user.name]);
  if (problem) throw new PeopleError(problem, 'newPassword');
  if (input.newPassword === input.currentPassword) throw new PeopleError('Choose a password different from the current one.', 'newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    const updated = await tx.user.update({
      where: { id: actor.id },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { sessionVersion: true },
    });
    // Never the hashes: the audit log says that it changed, not what to.
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'user.password_change',
      targetType: 'User',
      targetId: actor.id,
      after: { sessionVersion: updated.sessionVersion, sessionsEnded: true },
    });
  });
}
