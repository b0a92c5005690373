'use server';

import { AuthError } from 'next-auth';
import { z } from 'zod';
import { redirect } from 'next/navigation';
import { SINGLE_SIGN_ON, signIn, signOut } from '@/lib/platform/auth';
import { callAction, formAction } from '@/lib/platform/actions/action-client';
import type { Result } from '@/lib/platform/result';
import { revokeAllSessions, revokeSession } from '@/lib/platform/auth/user-sessions';
import { getDb } from '@/lib/platform/db';
import { WINDOW_MS } from '@/lib/platform/auth/rate-limit';
import { safeReturnPath } from '@/lib/platform/auth/safe-return';
import { WRONG_CODE_AT_SIGN_IN, WRONG_PASSWORD } from '@/lib/platform/auth/sign-in-failures';

export interface SignInState {
  message?: string;
  email?: string;
  /** 'code' once the password was right and the account has a second factor. */
  step?: 'code';
}

const schema = z.object({
  email: z.string().trim().max(320),
  password: z.string().max(1024),
  callbackUrl: z.string().max(2000).optional(),
});
const codeSchema = z.object({
  step: z.literal('code'),
  code: z.string().trim().max(32),
  email: z.string().trim().max(320).optional(),
  callbackUrl: z.string().max(2000).optional(),
});

function safeReturn(url: string | undefined): string {
  return safeReturnPath(url) ?? '/editor';
}

const RATE_LIMITED = `Too many failed sign-ins from this address. Try again in ${WINDOW_MS / 60_000} minutes, or from another network if this is your account.`;

function errorCode(error: AuthError): string | undefined {
  return error.type === 'CredentialsSignin' && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/** Public by nature (it is how one gets a session); rate limited per account and per address. */
export const signInAction = formAction(
  {
    access: { public: 'it is how one gets a session; rate limited per account and address' },
    // The code step when the form says so, else email and password.
    schema: z.union([codeSchema, schema]),
    invalid: (): SignInState => ({ message: 'Enter your email and password.' }),
  },
  async (input): Promise<SignInState> => {
    if ('step' in input) {
      const { code, email, callbackUrl } = input;
      if (!code) return { step: 'code', email, message: 'Enter the code from your authenticator app, or a recovery code.' };
      try {
        await signIn('credentials', { code, redirectTo: safeReturn(callbackUrl) });
        return {};
      } catch (error) {
        if (!(error instanceof AuthError)) throw error; // the redirect that signals success
        const why = errorCode(error);
        if (why === 'challenge_expired') return { email, message: 'That took too long, or the account changed. Sign in again.' };
        return { step: 'code', email, message: why === 'rate_limited' ? RATE_LIMITED : WRONG_CODE_AT_SIGN_IN };
      }
    }
    const { email, password, callbackUrl } = input;
    try {
      await signIn('credentials', { email, password, redirectTo: safeReturn(callbackUrl) });
      return {};
    } catch (error) {
      if (error instanceof AuthError) {
        const why = errorCode(error);
        if (why === 'second_factor') return { email, step: 'code' };
        return { email, message: why === 'rate_limited' ? RATE_LIMITED : WRONG_PASSWORD.message };
      }
      throw error; // the redirect that signals success
    }
  },
);

const singleSignOnSchema = z.object({ callbackUrl: z.string().max(2000).optional() });

/** Public by nature: it sends the browser to the identity provider, which answers Auth.js's callback. */
export const singleSignOnAction = callAction(
  {
    access: { public: 'it is how one gets a session: it only sends the browser to the identity provider' },
    schema: singleSignOnSchema.catch({}),
    form: true,
    invalid: () => undefined,
  },
  async ({ callbackUrl }): Promise<void> => {
    if (!SINGLE_SIGN_ON) return;
    await signIn('oidc', { redirectTo: safeReturn(callbackUrl) });
  },
);

export const signOutAction = callAction(
  { access: { public: 'ends the caller’s own session only' }, schema: z.object({}), form: true, invalid: () => undefined },
  async (): Promise<void> => {
    await signOut({ redirectTo: '/' });
  },
);

const sessionIdSchema = z.object({ sessionId: z.cuid() });

/** Ends one of the caller's own sessions (another browser, a lost phone). */
export const endSessionAction = formAction(
  { access: 'CONTRIBUTOR', schema: sessionIdSchema, invalid: () => ({ ok: false as const, message: 'That session is not one of yours.' }) },
  async ({ sessionId }, { user }): Promise<Result> => {
    const ended = await revokeSession(getDb(), sessionId, user.id, 'revoked');
    redirect(`/editor/account?sessions=${ended ? 'ended' : 'unknown'}`);
  },
);

/** Ends every session of the caller's, this one included. */
export const signOutEverywhereAction = formAction({ access: 'CONTRIBUTOR', schema: z.object({}), invalid: 'This form is out of date.' }, async (_input, { user }): Promise<Result> => {
  await revokeAllSessions(getDb(), user.id);
  await signOut({ redirectTo: '/sign-in?callbackUrl=%2Feditor%2Faccount' });
  return { ok: true };
});
