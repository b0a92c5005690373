'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { getDb } from '@/lib/platform/db';
import { env } from '@/lib/platform/env';
import { afterResponseMailer } from '@/lib/platform/mail/configured';
import { formAction } from '@/lib/platform/actions/action-client';
import type { PeopleFormState } from '@/lib/people/form-state';
import { fieldErrors } from '@/lib/platform/forms/form-input';
import { expectedFailure } from '@/lib/platform/result';
import { RESET_MESSAGES, requestPasswordReset, resetPassword } from '@/lib/people/password-reset';
import { forgotPasswordSchema, resetPasswordSchema } from '@/lib/people/schema';
import { CLIENT_ADDRESS_HEADER } from '@/lib/platform/security/client-address';

async function clientIp(): Promise<string> {
  return (await headers()).get(CLIENT_ADDRESS_HEADER) || 'unknown';
}

const NO_MAIL = 'This portal sends no mail, so a password cannot be reset by link here. Ask an admin to invite you again.';

const CHECK_FIELDS = 'Check the highlighted fields.';

/** Public: for people who cannot sign in. The answer never says whether the address has an account. */
export const requestPasswordResetAction = formAction(
  {
    access: { public: 'for people who cannot sign in; rate limited, and the same answer for every address' },
    schema: forgotPasswordSchema,
    keep: ['email'],
    // Without mail there is nothing to ask for, whatever was typed.
    invalid: (error, values): PeopleFormState =>
      afterResponseMailer() ? { ok: false, message: CHECK_FIELDS, fieldErrors: fieldErrors(error), values } : { ok: false, message: NO_MAIL, values },
  },
  async ({ email }, { values }): Promise<PeopleFormState> => {
    const mailer = afterResponseMailer();
    if (!mailer) return { ok: false, message: NO_MAIL };
    const outcome = await requestPasswordReset(getDb(), mailer, { email, ip: await clientIp(), siteUrl: env.SITE_URL });
    revalidatePath('/editor/audit');
    if (outcome.status === 'limited') {
      return { ok: false, message: `Too many reset requests for this address or from this network. Try again in ${outcome.retryAfterMinutes} minutes.` };
    }
    return { ok: true, message: RESET_MESSAGES.sent, values };
  },
);

/** Public: the reset token is the only authority, and it works once. */
export const resetPasswordAction = formAction(
  { access: { public: 'the single-use, 30-minute reset token is the authority' }, schema: resetPasswordSchema, keep: [], invalid: CHECK_FIELDS },
  async ({ token, password }): Promise<PeopleFormState> => {
    try {
      await resetPassword(getDb(), { token, password, ip: await clientIp() });
    } catch (error) {
      return expectedFailure(error);
    }
    revalidatePath('/editor/audit');
    redirect('/sign-in?reset=done');
  },
);
