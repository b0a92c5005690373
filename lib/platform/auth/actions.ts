'use server';

import { formEntries } from '@/lib/platform/forms/form-input';
import { AuthError } from 'next-auth';
import { z } from 'zod';
import { redirect } from 'next/navigation';
import { SINGLE_SIGN_ON, signIn, signOut } from '@/lib/platform/auth';
import { authorizeAction, type ActionResult } from '@/lib/platform/auth/session';
import { revokeAllSessions, revokeSession } from '@/lib/platform/auth/user-sessions';
import { getDb } from '@/lib/platform/db';
import { WINDOW_MS } from '@/lib/platform/auth/rate-limit';
import { safeReturnPath } from '@/lib/platform/auth/safe-return';

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
export async function signInAction(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const entries = formEntries(formData);
  const codeStep = codeSchema.safeParse(entries);
  if (codeStep.success) {
    const { code, email, callbackUrl } = codeStep.data;
    if (!code) return { step: 'code', email, message: 'Enter the code from your authenticator app, or a recovery code.' };
    try {
      await signIn('credentials', { code, redirectTo: safeReturn(callbackUrl) });
      return {};
    } catch (error) {
      if (!(error instanceof AuthError)) throw error; // the redirect that signals success
      const why = errorCode(error);
      if (why === 'challenge_expired') return { email, message: 'That took too long, or the account changed. Sign in again.' };
      return { step: 'code', email, message: why === 'rate_limited' ? RATE_LIMITED : 'That code is not right, or was already used. Try the next one.' };
    }
  }
  const parsed = schema.safeParse(entries);
  if (!parsed.success) return { message: 'Enter your email and password.' };
  const { email, password, callbackUrl } = parsed.data;
  try {
    await signIn('credentials', { email, password, redirectTo: safeReturn(callbackUrl) });
    return {};
  } catch (error) {
    if (error instanceof AuthError) {
      const why = errorCode(error);
      if (why === 'second_factor') return { email, step: 'code' };
      return { email, message: why === 'rate_limited' ? RATE_LIMITED : 'The email or password is not right, or the account is not active.' };
    }
    throw error; // the redirect that signals success
  }
}

const singleSignOnSchema = z.object({ callbackUrl: z.string().max(2000).optional() });

/** Public by nature: it sends the browser to the identity provider, which answers Auth.js's callback. */
export async function singleSignOnAction(formData: FormData): Promise<void> {
  if (!SINGLE_SIGN_ON) return;
  const parsed = singleSignOnSchema.safeParse(formEntries(formData));
  await signIn('oidc', { redirectTo: safeReturn(parsed.success ? parsed.data.callbackUrl : undefined) });
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: '/' });
}

const sessionIdSchema = z.object({ sessionId: z.cuid() });

/** Ends one of the caller's own sessions (another browser, a lost phone). */
export async function endSessionAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const auth = await authorizeAction('CONTRIBUTOR');
  if (!auth.user) return auth.denied;
  const parsed = sessionIdSchema.safeParse(formEntries(formData));
  if (!parsed.success) return { ok: false, message: 'That session is not one of yours.' };
  const ended = await revokeSession(getDb(), parsed.data.sessionId, auth.user.id, 'revoked');
  redirect(`/editor/account?sessions=${ended ? 'ended' : 'unknown'}`);
}

/** Ends every session of the caller's, this one included. */
export async function signOutEverywhereAction(_prev: ActionResult | null): Promise<ActionResult> {
  const auth = await authorizeAction('CONTRIBUTOR');
  if (!auth.user) return auth.denied;
  await revokeAllSessions(getDb(), auth.user.id);
  await signOut({ redirectTo: '/sign-in?callbackUrl=%2Feditor%2Faccount' });
  return { ok: true };
}
