import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Role } from '@/lib/generated/prisma/enums';
import { ok, type Result } from '@/lib/platform/result';
import { admitSignIn, settleSignIn } from '../rate-limit';
import { recordSignIn } from '../security-events';
import { SIGN_IN_ENDED, tooManyAttempts, WRONG_CODE_AT_SIGN_IN, wrongCode, type SignInFailure } from '../sign-in-failures';
import { openSession } from '../user-sessions';
import { verifySecondFactor } from './second-factor';

export const SINGLE_SIGN_ON_ADDRESS = 'single sign-on';

/**
 * A session for a single sign-on. The identity provider vouches for its own factors, not ours: an
 * account that has a second factor here, or whose role requires one, gets a session that waits for
 * it (secondFactorPending). While it waits with a factor enrolled, nothing but the code prompt
 * works (checkSession reports `awaitingCode`); without one, the role's enrolment comes first, and
 * enrolling in this session ends the wait (confirmEnrolment).
 */
export async function openSingleSignOnSession(
  db: PrismaClient,
  account: { id: string; email: string; role: Role; totpEnabledAt: Date | null },
  requiredRoles: readonly Role[],
  input: { userAgent: string },
): Promise<{ sessionId: string; awaitingCode: boolean }> {
  const pending = account.totpEnabledAt !== null || requiredRoles.includes(account.role);
  const sessionId = await openSession(db, { userId: account.id, address: SINGLE_SIGN_ON_ADDRESS, userAgent: input.userAgent, secondFactorPending: pending });
  const seen = { email: account.email, address: SINGLE_SIGN_ON_ADDRESS, userId: account.id };
  if (account.totpEnabledAt !== null) await recordSignIn(db, 'code-requested', { ...seen, detail: 'after single sign-on' });
  else await recordSignIn(db, 'succeeded', { ...seen, detail: 'with single sign-on' });
  return { sessionId, awaitingCode: account.totpEnabledAt !== null };
}

export type PendingCompletion = Result | SignInFailure;

/**
 * The code step of a session opened by single sign-on: an authenticator or recovery code, throttled
 * and recorded as the code step of a password sign-in is. Only then does the session open fully.
 */
export async function completePendingSession(
  db: PrismaClient,
  input: { sessionId: string; userId: string; code: string; address: string; authSecret: string },
): Promise<PendingCompletion> {
  const row = await db.userSession.findFirst({
    where: { id: input.sessionId, userId: input.userId, revokedAt: null },
    select: { secondFactorPending: true, user: { select: { email: true, active: true, totpEnabledAt: true } } },
  });
  if (!row?.user.active || !row.user.totpEnabledAt) return SIGN_IN_ENDED;
  if (!row.secondFactorPending) return ok(undefined);
  const { email } = row.user;
  const admission = await admitSignIn(db, email, input.address);
  if (!admission.admitted) {
    await recordSignIn(db, 'refused', { email, address: input.address, userId: input.userId, detail: 'too many failures at the code step' });
    return tooManyAttempts(admission.retryAfterMs);
  }
  const used = await verifySecondFactor(db, input.userId, input.code, input.authSecret);
  await settleSignIn(db, admission.attemptId, used !== null);
  const detail = used ? `with single sign-on and ${used}` : 'wrong or used authentication code after single sign-on';
  await recordSignIn(db, used ? 'succeeded' : 'failed', { email, address: input.address, userId: input.userId, detail });
  if (!used) return wrongCode(WRONG_CODE_AT_SIGN_IN);
  await db.userSession.updateMany({ where: { id: input.sessionId, userId: input.userId }, data: { secondFactorPending: false } });
  return ok(undefined);
}
