import type { PrismaClient } from '@/lib/generated/prisma/client';
import { ok, type Success } from '@/lib/platform/result';
import type { SignedIn } from '../password-sign-in';
import { admitSignIn, settleSignIn } from '../rate-limit';
import { recordSignIn } from '../security-events';
import { SIGN_IN_ENDED, tooManyAttempts, WRONG_CODE_AT_SIGN_IN, wrongCode, type SignInFailure } from '../sign-in-failures';
import { openSession } from '../user-sessions';
import type { Challenge } from './seal';
import { verifySecondFactor } from './second-factor';

export type CodeSignIn = Success<SignedIn> | SignInFailure;

/**
 * The second step of a sign-in: the code (or a recovery code) for the account whose password was
 * just accepted. Throttled as passwords are, by the account and the address, and recorded the same way.
 */
export async function signInWithCode(
  db: PrismaClient,
  input: { challenge: Challenge; code: string; address: string; userAgent: string; authSecret: string },
): Promise<CodeSignIn> {
  const { challenge, address } = input;
  const user = await db.user.findUnique({
    where: { id: challenge.userId },
    select: { id: true, email: true, name: true, role: true, sessionVersion: true, active: true, totpEnabledAt: true },
  });
  // Deactivated, password changed, or second factor reset since the password step: start again.
  if (!user?.active || !user.totpEnabledAt || user.sessionVersion !== challenge.sessionVersion) return SIGN_IN_ENDED;
  const admission = await admitSignIn(db, user.email, address);
  if (!admission.admitted) {
    await recordSignIn(db, 'refused', { email: user.email, address, userId: user.id, detail: 'too many failures at the code step' });
    return tooManyAttempts(admission.retryAfterMs);
  }
  const used = await verifySecondFactor(db, user.id, input.code, input.authSecret);
  await settleSignIn(db, admission.attemptId, used !== null);
  await recordSignIn(db, used ? 'succeeded' : 'failed', { email: user.email, address, userId: user.id, detail: used ? `with ${used}` : 'wrong or used authentication code' });
  if (!used) return wrongCode(WRONG_CODE_AT_SIGN_IN);
  const sessionId = await openSession(db, { userId: user.id, address, userAgent: input.userAgent });
  return ok({ user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion }, sessionId });
}
