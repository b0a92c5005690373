import { describe, expect, it } from 'vitest';
import { verifyPassword } from '@/lib/platform/auth/password';
import type { Role } from '@/lib/generated/prisma/enums';
import { databaseForFile } from '@/scripts/testing/file-database';
import { changeRole, deactivateUser, setOwnPassword } from './accounts';
import type { Actor } from './actor';
import { GENERATED_ADMIN_EMAIL, createGeneratedAdmin, ensureBootstrapAdmin } from './bootstrap';
import { PeopleError } from './errors';
import { acceptInvitation, findInvitation, inviteUser } from './invitations';
import { INVITE_TTL_MS } from './tokens';

const { db } = databaseForFile({ seeded: false });
let admin: Actor;

const PASSWORD = 'correct horse battery';
const tokenOf = (path: string) => path.replace('/invite/', '');

/** Invites and accepts: a new active account of that role. */
async function join(email: string, role: Role): Promise<Actor> {
  const { path } = await inviteUser(db, admin, { email, role });
  const { userId } = await acceptInvitation(db, { token: tokenOf(path), name: email.split('@')[0] ?? email, password: PASSWORD });
  return { id: userId, role };
}

function audit(action: string, targetId: string) {
  return db.auditLog.findMany({ where: { action, targetId }, orderBy: { createdAt: 'asc' } });
}

describe('bootstrap', () => {
  it('generates a first admin only when there is no admin yet', async () => {
    // The seed's byline account cannot sign in and does not stand in the way.
    await db.user.create({ data: { email: 'editors@example.test', name: 'Editors', role: 'EDITOR', active: false } });
    const first = await createGeneratedAdmin(db);
    expect(first?.email).toBe(GENERATED_ADMIN_EMAIL);
    expect(first?.password).toMatch(/^[A-Za-z0-9]{20}$/);
    const user = await db.user.findUniqueOrThrow({ where: { email: GENERATED_ADMIN_EMAIL } });
    expect(user.role).toBe('ADMIN');
    expect(await verifyPassword(user.passwordHash ?? '', first?.password ?? '')).toBe(true);
    expect(await createGeneratedAdmin(db)).toBeNull();
    expect(await db.user.count({ where: { role: 'ADMIN' } })).toBe(1);
    admin = { id: user.id, role: 'ADMIN' };
  });

  it('ensures the configured admin idempotently, and resets a changed password', async () => {
    const input = { email: ' Boot@Example.org ', password: 'first password 1' };
    const created = await ensureBootstrapAdmin(db, input);
    expect(created.status).toBe('created');
    expect(await ensureBootstrapAdmin(db, input)).toEqual({ status: 'unchanged', userId: created.userId });
    const before = await db.user.findUniqueOrThrow({ where: { id: created.userId } });
    expect(before.email).toBe('boot@example.org');

    const changed = await ensureBootstrapAdmin(db, { ...input, password: 'second password 2' });
    expect(changed.status).toBe('password-updated');
    const after = await db.user.findUniqueOrThrow({ where: { id: created.userId } });
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await verifyPassword(after.passwordHash ?? '', 'second password 2')).toBe(true);
    expect(await db.user.count({ where: { email: 'boot@example.org' } })).toBe(1);
    expect((await audit('user.create', created.userId)).map((a) => a.actorId)).toEqual([null]);
    expect(await audit('user.password_reset', created.userId)).toHaveLength(1);
  });
});

describe('invitations', () => {
  it('invite → accept creates the account once; a second use is refused', async () => {
    const { path, invitationId, expiresAt } = await inviteUser(db, admin, { email: 'Ann@Example.org', role: 'EDITOR', name: 'Ann' });
    expect(path).toMatch(/^\/invite\/[A-Za-z0-9_-]{43}$/);
    expect(expiresAt.getTime() - Date.now()).toBeGreaterThan(INVITE_TTL_MS - 60_000);
    const token = tokenOf(path);
    const stored = await db.invitation.findUniqueOrThrow({ where: { id: invitationId } });
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.email).toBe('ann@example.org');
    expect(await findInvitation(db, token)).toMatchObject({ status: 'valid', suggestedName: 'Ann', role: 'EDITOR' });

    const accepted = await acceptInvitation(db, { token, name: 'Ann Editor', password: PASSWORD });
    const user = await db.user.findUniqueOrThrow({ where: { id: accepted.userId } });
    expect(user).toMatchObject({ email: 'ann@example.org', name: 'Ann Editor', role: 'EDITOR', active: true });
    expect(await verifyPassword(user.passwordHash ?? '', PASSWORD)).toBe(true);
    const [created] = await audit('user.create', user.id);
    expect(created?.actorId).toBe(user.id);
    expect(await audit('user.invite', invitationId)).toHaveLength(1);

    await expect(acceptInvitation(db, { token, name: 'Mallory', password: PASSWORD })).rejects.toThrow(/already been used/);
    expect(await findInvitation(db, token)).toMatchObject({ status: 'used' });
    expect(await db.user.count({ where: { email: 'ann@example.org' } })).toBe(1);
  });

  it('refuses an expired link, an unknown one and a weak password', async () => {
    const { path } = await inviteUser(db, admin, { email: 'late@example.org', role: 'CONTRIBUTOR' });
    const later = new Date(Date.now() + INVITE_TTL_MS + 1000);
    await expect(acceptInvitation(db, { token: tokenOf(path), name: 'Late', password: PASSWORD }, later)).rejects.toThrow(/expired/);
    expect(await findInvitation(db, tokenOf(path), later)).toMatchObject({ status: 'expired' });
    await expect(acceptInvitation(db, { token: 'x'.repeat(43), name: 'X', password: PASSWORD })).rejects.toThrow(/not valid/);
    await expect(acceptInvitation(db, { token: tokenOf(path), name: 'Late', password: 'short' })).rejects.toMatchObject({ field: 'password' });
    expect(await db.user.count({ where: { email: 'late@example.org' } })).toBe(0);
  });

  it('re-inviting replaces the pending link; an active account cannot be invited', async () => {
    const first = await inviteUser(db, admin, { email: 'bo@example.org', role: 'CONTRIBUTOR' });
    const second = await inviteUser(db, admin, { email: 'bo@example.org', role: 'EDITOR' });
    await expect(acceptInvitation(db, { token: tokenOf(first.path), name: 'Bo', password: PASSWORD })).rejects.toThrow(/replaced/);
    const { role } = await acceptInvitation(db, { token: tokenOf(second.path), name: 'Bo', password: PASSWORD });
    expect(role).toBe('EDITOR');
    await expect(inviteUser(db, admin, { email: 'BO@example.org', role: 'ADMIN' })).rejects.toMatchObject({ field: 'email' });
  });

  it('only an admin, as the database knows them, can invite', async () => {
    const editor = await join('ed@example.org', 'EDITOR');
    await expect(inviteUser(db, editor, { email: 'x@example.org', role: 'ADMIN' })).rejects.toBeInstanceOf(PeopleError);
    await expect(inviteUser(db, { ...editor, role: 'ADMIN' }, { email: 'x@example.org', role: 'ADMIN' })).rejects.toBeInstanceOf(PeopleError);
    expect(await db.invitation.count({ where: { email: 'x@example.org' } })).toBe(0);
  });
});

describe('accounts', () => {
  it('deactivating ends sessions, withdraws invitations, and a new invitation reactivates', async () => {
    const cy = await join('cy@example.org', 'EDITOR');
    const before = await db.user.findUniqueOrThrow({ where: { id: cy.id } });
    await deactivateUser(db, admin, { id: cy.id, reason: 'Left the team' });
    const after = await db.user.findUniqueOrThrow({ where: { id: cy.id } });
    expect(after.active).toBe(false);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    const [entry] = await audit('user.deactivate', cy.id);
    expect(entry).toMatchObject({ actorId: admin.id, reason: 'Left the team', after: { active: false, sessionVersion: after.sessionVersion } });
    await expect(deactivateUser(db, admin, { id: cy.id, reason: 'again' })).rejects.toThrow(/already deactivated/);

    const { path } = await inviteUser(db, admin, { email: 'cy@example.org', role: 'CONTRIBUTOR' });
    const back = await acceptInvitation(db, { token: tokenOf(path), name: 'Cy Again', password: 'a brand new password' });
    expect(back).toMatchObject({ userId: cy.id, reactivated: true, role: 'CONTRIBUTOR' });
    const reactivated = await db.user.findUniqueOrThrow({ where: { id: cy.id } });
    expect(reactivated).toMatchObject({ active: true, role: 'CONTRIBUTOR', sessionVersion: after.sessionVersion + 1 });
    expect(await audit('user.reactivate', cy.id)).toHaveLength(1);
  });

  it('protects the last admin and refuses acting on oneself', async () => {
    await expect(deactivateUser(db, admin, { id: admin.id, reason: 'test' })).rejects.toThrow(/own account/);
    await expect(changeRole(db, admin, { id: admin.id, role: 'EDITOR', reason: 'test' })).rejects.toThrow(/own role/);

    // Two admins deactivating each other at once: one wins, the other is no longer an admin.
    const a = await join('a1@example.org', 'ADMIN');
    const b = await join('a2@example.org', 'ADMIN');
    const results = await Promise.allSettled([
      deactivateUser(db, a, { id: b.id, reason: 'race' }),
      deactivateUser(db, b, { id: a.id, reason: 'race' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected');
    expect(refused?.status === 'rejected' && refused.reason).toBeInstanceOf(PeopleError);
    expect(await db.user.count({ where: { id: { in: [a.id, b.id] }, active: true } })).toBe(1);
  });

  it('changes a role with its audit record', async () => {
    const dee = await join('dee@example.org', 'CONTRIBUTOR');
    await changeRole(db, admin, { id: dee.id, role: 'EDITOR', reason: 'Promoted' });
    expect((await db.user.findUniqueOrThrow({ where: { id: dee.id } })).role).toBe('EDITOR');
    const [entry] = await audit('user.role_change', dee.id);
    expect(entry).toMatchObject({ before: { role: 'CONTRIBUTOR' }, after: { role: 'EDITOR' }, reason: 'Promoted' });
    await expect(changeRole(db, admin, { id: dee.id, role: 'EDITOR', reason: 'again' })).rejects.toMatchObject({ field: 'role' });
    await expect(changeRole(db, dee, { id: admin.id, role: 'EDITOR', reason: 'coup' })).rejects.toBeInstanceOf(PeopleError);
  });

  it('changing one’s password needs the current one and ends every session', async () => {
    const eve = await join('eve@example.org', 'CONTRIBUTOR');
    await expect(setOwnPassword(db, eve, { currentPassword: 'wrong password!', newPassword: 'another password 9' })).rejects.toMatchObject({
      field: 'currentPassword',
    });
    const before = await db.user.findUniqueOrThrow({ where: { id: eve.id } });
    await setOwnPassword(db, eve, { currentPassword: PASSWORD, newPassword: 'another password 9' });
    const after = await db.user.findUniqueOrThrow({ where: { id: eve.id } });
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await verifyPassword(after.passwordHash ?? '', 'another password 9')).toBe(true);
    const [entry] = await audit('user.password_change', eve.id);
    expect(JSON.stringify(entry?.after)).not.toContain('argon2');
  });
});
