import type { PrismaClient } from '@/lib/generated/prisma/client';
import { recordAudit } from '@/lib/platform/audit/record';
import { failure, ok, type Result } from '@/lib/platform/result';
import { hashRecoveryCode, looksLikeRecoveryCode, newRecoveryCodes } from './recovery-codes';
import { openSecret, sealSecret } from './seal';
import { matchTotpStep, newTotpSecret, totpQrSvg, totpUri } from './totp';

export interface Enrolment {
  /** For typing into an app that cannot scan; shown beside the QR code. */
  secret: string;
  /** The same secret sealed for this account, carried by the form until a code confirms it. */
  sealed: string;
  qrSvg: string;
}

const NOT_THE_APPS_CODE = failure('That code is not right. Check the app’s clock and enter the code it shows now.', {
  code: 'invalid',
  fieldErrors: { code: ['That code is not right.'] },
});
const ALREADY_ON = failure('Two-factor sign-in is already on for your account.', { code: 'conflict' });
const NOT_ON = failure('Two-factor sign-in is off for your account.', { code: 'not-found' });

/** Recovery codes, shown this once: only their hashes are kept. */
export interface RecoveryCodes {
  recoveryCodes: string[];
}

export interface SecondFactorStatus {
  enabledAt: Date | null;
  recoveryCodesLeft: number;
}

/** A new secret to enrol; nothing is stored until confirmEnrolment sees a code from it. */
export async function startEnrolment(user: { id: string; email: string }, authSecret: string): Promise<Enrolment> {
  const secret = newTotpSecret();
  return { secret, sealed: sealSecret(secret, user.id, authSecret), qrSvg: await totpQrSvg(totpUri(secret, user.email)) };
}

export async function secondFactorStatus(db: PrismaClient, userId: string): Promise<SecondFactorStatus> {
  const [user, recoveryCodesLeft] = await Promise.all([
    db.user.findUnique({ where: { id: userId }, select: { totpEnabledAt: true } }),
    db.recoveryCode.count({ where: { userId, usedAt: null } }),
  ]);
  return { enabledAt: user?.totpEnabledAt ?? null, recoveryCodesLeft };
}

/**
 * Turns the second factor on once a code from the new secret proves the app has it, and returns
 * ten recovery codes, shown this once (only their hashes are kept). Audited as mfa.enrol.
 */
export async function confirmEnrolment(
  db: PrismaClient,
  input: { userId: string; sealed: string; code: string; authSecret: string; sessionId?: string },
  now = new Date(),
): Promise<Result<RecoveryCodes>> {
  const secret = openSecret(input.sealed, input.userId, input.authSecret);
  const step = secret ? matchTotpStep(secret, input.code, now.getTime()) : null;
  if (step === null) return NOT_THE_APPS_CODE;
  const recoveryCodes = newRecoveryCodes();
  const done = await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: input.userId, totpEnabledAt: null },
      data: { totpSecret: input.sealed, totpEnabledAt: now, totpLastStep: step },
    });
    if (!count) return false;
    await tx.recoveryCode.deleteMany({ where: { userId: input.userId } });
    await tx.recoveryCode.createMany({ data: recoveryCodes.map((c) => ({ userId: input.userId, codeHash: hashRecoveryCode(c), createdAt: now })) });
    // A single sign-on session waiting for the factor its role requires has now been given one.
    if (input.sessionId) await tx.userSession.updateMany({ where: { id: input.sessionId, userId: input.userId }, data: { secondFactorPending: false } });
    await recordAudit(tx, { actorId: input.userId, action: 'mfa.enrol', targetType: 'User', targetId: input.userId, after: { recoveryCodes: recoveryCodes.length } });
    return true;
  });
  return done ? ok({ recoveryCodes }) : ALREADY_ON;
}

export type SecondFactorUsed = 'authenticator' | 'recovery code';

/**
 * Checks a code from the authenticator (this step or one either side, and only a step later than
 * the last one accepted, so a code seen over a shoulder cannot be replayed) or an unused recovery
 * code, which is then spent. Both are conditional updates: two requests with one code, one wins.
 */
export async function verifySecondFactor(db: PrismaClient, userId: string, code: string, authSecret: string, now = new Date()): Promise<SecondFactorUsed | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { totpSecret: true, totpEnabledAt: true } });
  if (!user?.totpSecret || !user.totpEnabledAt) return null;
  if (looksLikeRecoveryCode(code)) {
    const { count } = await db.recoveryCode.updateMany({ where: { userId, codeHash: hashRecoveryCode(code), usedAt: null }, data: { usedAt: now } });
    return count ? 'recovery code' : null;
  }
  const secret = openSecret(user.totpSecret, userId, authSecret);
  const step = secret ? matchTotpStep(secret, code, now.getTime()) : null;
  if (step === null) return null;
  const { count } = await db.user.updateMany({ where: { id: userId, totpLastStep: { lt: step } }, data: { totpLastStep: step } });
  return count ? 'authenticator' : null;
}

/**
 * Turns the second factor off: by its owner (mfa.disable, after a code) or by an admin for someone
 * who lost their phone (mfa.reset). Their recovery codes go with it.
 */
export async function removeSecondFactor(db: PrismaClient, input: { userId: string; actorId: string; reason?: string }): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: input.userId, totpEnabledAt: { not: null } },
      data: { totpSecret: null, totpEnabledAt: null, totpLastStep: 0 },
    });
    if (!count) return false;
    await tx.recoveryCode.deleteMany({ where: { userId: input.userId } });
    const own = input.actorId === input.userId;
    await recordAudit(tx, { actorId: input.actorId, action: own ? 'mfa.disable' : 'mfa.reset', targetType: 'User', targetId: input.userId, reason: input.reason ?? null });
    return true;
  });
}

/**
 * Ten new recovery codes in place of every old one (used or not, they stop working), shown this
 * once; for someone who used some or fears they were seen. Audited as mfa.recovery-codes.
 */
export async function replaceRecoveryCodes(db: PrismaClient, userId: string, now = new Date()): Promise<Result<RecoveryCodes>> {
  const recoveryCodes = newRecoveryCodes();
  return db.$transaction(async (tx) => {
    // The account's row is locked, so two requests at once leave ten codes, not twenty.
    const enrolled = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "User" WHERE id = ${userId} AND "totpEnabledAt" IS NOT NULL FOR UPDATE`;
    if (!enrolled.length) return NOT_ON;
    const { count: replaced } = await tx.recoveryCode.deleteMany({ where: { userId } });
    await tx.recoveryCode.createMany({ data: recoveryCodes.map((c) => ({ userId, codeHash: hashRecoveryCode(c), createdAt: now })) });
    await recordAudit(tx, { actorId: userId, action: 'mfa.recovery-codes', targetType: 'User', targetId: userId, after: { replaced, recoveryCodes: recoveryCodes.length } });
    return ok({ recoveryCodes });
  });
}
