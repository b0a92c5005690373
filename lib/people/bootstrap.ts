// Used by the start script, outside Next: no 'server-only' here or in what it imports.
import { randomInt } from 'node:crypto';
import { recordAudit } from '@/lib/platform/audit/record';
import { hashPassword, passwordProblem, verifyPassword } from '@/lib/platform/auth/password';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { normalizeEmail } from './actor';

/**
 * The address of the generated first admin. Not `admin@localhost`: sign-in accepts only addresses
 * with a dotted domain (zod's email format), and `.localhost` is reserved (RFC 6761).
 */
export const GENERATED_ADMIN_EMAIL = 'admin@caspian.localhost';
const BOOTSTRAP_NAME = 'Administrator';
// No look-alikes (0/O, 1/l/I), so the printed password can be typed from the screen.
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

export interface BootstrapResult {
  status: 'created' | 'password-updated' | 'unchanged';
  userId: string;
  /** Set when the account exists but cannot administer: the script should print it. */
  warning?: string;
}

/**
 * The admin named by ADMIN_EMAIL / ADMIN_PASSWORD: created when missing, given that password when
 * it differs (which ends the account's sessions), otherwise left alone, so every start may call it.
 * An account an admin deactivated or demoted stays so: the start script reports it instead.
 */
export async function ensureBootstrapAdmin(db: PrismaClient, input: { email: string; password: string }): Promise<BootstrapResult> {
  const email = normalizeEmail(input.email);
  const problem = await passwordProblem(input.password);
  if (problem) throw new Error(`ADMIN_PASSWORD: ${problem}`);
  const existing = await db.user.findUnique({ where: { email }, select: { id: true, role: true, active: true, passwordHash: true } });
  const warning =
    existing && (!existing.active || existing.role !== 'ADMIN')
      ? `${email} exists but is ${existing.active ? `a ${existing.role.toLowerCase()}` : 'deactivated'}; an admin can change that in People.`
      : undefined;
  if (existing?.passwordHash && (await verifyPassword(existing.passwordHash, input.password))) {
    return { status: 'unchanged', userId: existing.id, warning };
  }
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx): Promise<BootstrapResult> => {
    if (existing) {
      await tx.user.update({ where: { id: existing.id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
      await recordAudit(tx, {
        actorId: null,
        action: 'user.password_reset',
        targetType: 'User',
        targetId: existing.id,
        after: { sessionsEnded: true },
        reason: 'ADMIN_PASSWORD given at start',
      });
      return { status: 'password-updated', userId: existing.id, warning };
    }
    const user = await tx.user.create({ data: { email, name: BOOTSTRAP_NAME, passwordHash, role: 'ADMIN' }, select: { id: true } });
    await recordAudit(tx, {
      actorId: null,
      action: 'user.create',
      targetType: 'User',
      targetId: user.id,
      after: { email, name: BOOTSTRAP_NAME, role: 'ADMIN', active: true },
      reason: 'ADMIN_EMAIL and ADMIN_PASSWORD given at start',
    });
    return { status: 'created', userId: user.id };
  });
}

export function generatePassword(length = 20): string {
  return Array.from({ length }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
}

/**
 * When the database has no admin, creates one with a generated 20-character
 * password and returns it, to be printed once; otherwise returns null and changes nothing.
 */
export async function createGeneratedAdmin(db: PrismaClient): Promise<{ email: string; password: string } | null> {
  // Accounts that cannot sign in (the seed's "Caspian Briefings editors") do not count: what
  // matters is that someone can administer the portal.
  const noAdmin = { role: 'ADMIN' as const };
  if ((await db.user.count({ where: noAdmin })) > 0) return null;
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    // Two starts at once: the second waits here, then finds the first one's admin.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('people:bootstrap'))`;
    if ((await tx.user.count({ where: noAdmin })) > 0) return null;
    const user = await tx.user.create({
      data: { email: GENERATED_ADMIN_EMAIL, name: BOOTSTRAP_NAME, passwordHash, role: 'ADMIN' },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: null,
      action: 'user.create',
      targetType: 'User',
      targetId: user.id,
      after: { email: GENERATED_ADMIN_EMAIL, name: BOOTSTRAP_NAME, role: 'ADMIN', active: true },
      reason: 'No admin existed: first admin generated at start',
    });
    return { email: GENERATED_ADMIN_EMAIL, password };
  });
}
