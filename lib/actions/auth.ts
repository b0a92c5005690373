'use server';

import { formEntries } from '@/lib/forms/form-input';
import { AuthError } from 'next-auth';
import { z } from 'zod';
import { signIn, signOut } from '@/lib/auth';
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
          ? `Too many failed sign-ins for this account or from this address. Try again in ${WINDOW_MS / 60_000} minutes.`
          : 'The email or password is not right, or the account is not active.',
      };
    }
    throw error; // the redirect that signals success
  }
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: '/' });
}
