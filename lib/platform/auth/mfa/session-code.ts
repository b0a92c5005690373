import { setTimeout as sleep } from 'node:timers/promises';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { ok, type Success } from '@/lib/platform/result';
import { admitSignIn, settleSignIn } from '../rate-limit';
import { recordSignIn } from '../security-events';
import { tooManyAttempts, wrongCode, type SignInFailure } from '../sign-in-failures';
import { type SecondFactorUsed, verifySecondFactor } from './second-factor';

/** Which factor the code was, or the refusal to answer as it is. */
export type SessionCodeCheck = Success<SecondFactorUsed> | SignInFailure;

/**
 * A code asked for inside an open session (turning the second factor off, new recovery codes).
 * A borrowed session must not be a way to guess codes freely, so these checks share the sign-in
 * limits (../rate-limit.ts: by account and address, advisory-locked, slowed, never locked) and are
 * recorded as the code step of a sign-in is. `purpose` names the action in the security event.
 */
export async function checkSessionCode(
  db: PrismaClient,
  input: { userId: string; code: string; address: string; authSecret: string; purpose: string },
  options: { now?: Date; wait?: (ms: number) => Promise<unknown> } = {},
): Promise<SessionCodeCheck> {
  const user = await db.user.findUnique({ where: { id: input.userId }, select: { email: true } });
  if (!user) return wrongCode();
  const { email } = user;
  const { address, userId } = input;
  const admission = await admitSignIn(db, email, address, options.now);
  if (!admission.admitted) {
    await recordSignIn(db, 'refused', { email, address, userId, detail: `too many failures at the code step to ${input.purpose}` });
    return tooManyAttempts(admission.retryAfterMs);
  }
  if (admission.delayMs) await (options.wait ?? sleep)(admission.delayMs);
  const used = await verifySecondFactor(db, userId, input.code, input.authSecret);
  // A right code proves the owner, as at sign-in: that pair's earlier failures stop counting.
  await settleSignIn(db, admission.attemptId, used !== null);
  if (!used) {
    await recordSignIn(db, 'failed', { email, address, userId, detail: `wrong or used authentication code to ${input.purpose}` });
    return wrongCode();
  }
  return ok(used);
}
