'use server';

import { formEntries } from '@/lib/forms/form-input';
import { AuthError } from 'next-auth';
import { z } from 'zod';
import { redirect } from 'next/navigation';
import { signIn, signOut } from '@/lib/auth';
import { authorizeAction, type ActionResult } from '@/lib/auth/session';
import { revokeAllSessions, revokeSession } from '@/lib/auth/user-sessions';
import { getDb } from '@/lib/db';
import { WINDOW_MS } from '@/lib/auth/rate-limit';
import { safeReturnPath } from '@/lib/auth/safe-return';

export interface SignInState {
  message?: string;
  email?: string;
}

const schema = z.object({
  email: z.string().trim().max(320),
  password: z.string().max(1024),
  callbackUrl: z.string().max(2000).optional(),
});

function safeReturn(url: string | undefined): string {
  return safeReturnPath(url) ?? '/editor';
}

/** Public by nature (it is how one gets a session); rate limited per account and per address. */
export async function signInAction(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const parsed = schema.safeParse(formEntries(formData));
  if (!parsed.success) return { message: 'Enter your email and password.' };
  const { email, password, callbackUrl } = parsed.data;
  try {
    await signIn('credentials', { email, password, redirectTo: safeReturn(callbackUrl) });
    return {};
  } catch (error) {
    if (error instanceof AuthError) {
      const rateLimited = error.type === 'CredentialsSignin' && 'code' in error && error.code === 'rate_limited';
      return {
        email,
        message: rateLimited
          ? `Too many failed sign-ins from this address. Try again in ${WINDOW_MS / 60_000} minutes, or from another network if this is your account.`
          : 'The email or password is not right, or the account is not active.',
      };
    }
    throw error; // the redirect that signals success
  }
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
