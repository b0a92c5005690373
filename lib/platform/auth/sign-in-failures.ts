import { failure, type Failure } from '@/lib/platform/result';

/**
 * The failures of a sign-in step and of a code asked for inside a session, in the one result type:
 * a wrong password or code (`invalid`), too many of them (`limited`, with the wait), and a sign-in
 * that ended before its code came (`expired`).
 */
export type SignInFailure = Failure<{ retryAfterMs?: number }>;

export function tooManyAttempts(retryAfterMs: number, what = 'wrong codes'): Failure<{ retryAfterMs: number }> {
  return { ...failure(`Too many ${what}. Try again in ${Math.ceil(retryAfterMs / 60_000)} minutes.`, { code: 'limited' }), retryAfterMs };
}

export const WRONG_PASSWORD = failure('The email or password is not right, or the account is not active.', { code: 'invalid' });

const WRONG_CODE = 'That code is not right, or was already used.';
/** At a sign-in, where the app's next code is the thing to try. */
export const WRONG_CODE_AT_SIGN_IN = `${WRONG_CODE} Try the next one.`;

/** A wrong or already used authenticator or recovery code. */
export function wrongCode(message = WRONG_CODE): Failure {
  return failure(message, { code: 'invalid', fieldErrors: { code: ['That code is not right.'] } });
}

export const SIGN_IN_ENDED = failure('This sign-in has ended. Sign out and sign in again.', { code: 'expired' });
