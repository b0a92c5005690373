import { setTimeout as sleep } from 'node:timers/promises';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Role } from '@/lib/generated/prisma/enums';
import { ok, type Failure, type Success } from '@/lib/platform/result';
import { burnVerification, verifyPassword } from './password';
import { admitSignIn, settleSignIn } from './rate-limit';
import { recordSignIn } from './security-events';
import { tooManyAttempts, WRONG_PASSWORD, type SignInFailure } from './sign-in-failures';
import { openSession } from './user-sessions';

export interface SignedIn {
  user: { id: string; email: string; name: string; role: Role; sessionVersion: number };
  sessionId: string;
}

/** The password was right; the account has a second factor, so the code comes next (./mfa/code-sign-in.ts). */
export type CodeRequired = Failure<{ secondFactor: { userId: string; sessionVersion: number } }>;

export type PasswordSignIn = Success<SignedIn> | SignInFailure | CodeRequired;

/**
 * A sign-in with e-mail and password (the first step when the account has a second factor): throttled (./rate-limit.ts), recorded as a security event
 * whatever the outcome, and, when it succeeds, a new server-side session the cookie will name.
 */
export async function signInWithPassword(
  db: PrismaClient,
  input: { email: string; password: string; address: string; userAgent: string },
  wait: (ms: number) => Promise<unknown> = sleep,
): Promise<PasswordSignIn> {
  const { email, password, address } = input;
  const [admission, user] = await Promise.all([
    admitSignIn(db, email, address),
    db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, role: true, sessionVersion: true, passwordHash: true, active: true, totpEnabledAt: true } }),
  ]);
  if (!admission.admitted) {
    await recordSignIn(db, 'refused', { email, address, userId: user?.id ?? null, detail: `too many failures ${admission.reason === 'pair' ? 'for this account from this address' : 'from this address'}` });
    return tooManyAttempts(admission.retryAfterMs, 'failed sign-ins');
  }
  if (admission.delayMs) await wait(admission.delayMs);
  const right = user?.passwordHash && user.active ? await verifyPassword(user.passwordHash, password) : (await burnVerification(password), false);
  if (right && user?.totpEnabledAt) {
    // Not yet a success: the attempt stays counted until the code is right, so guessing codes
    // behind a known password meets the same limit as guessing passwords.
    await recordSignIn(db, 'code-requested', { email, address, userId: user.id });
    return { ok: false, message: 'Enter the code from your authenticator app, or a recovery code.', secondFactor: { userId: user.id, sessionVersion: user.sessionVersion } };
  }
  await settleSignIn(db, admission.attemptId, right);
  await recordSignIn(db, right ? 'succeeded' : 'failed', { email, address, userId: user?.id ?? null, detail: user && !user.active ? 'account inactive' : undefined });
  if (!right || !user) return WRONG_PASSWORD;
  const sessionId = await openSession(db, { userId: user.id, address, userAgent: input.userAgent });
  return ok({ user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion }, sessionId });
}
