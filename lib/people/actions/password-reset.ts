'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { getDb } from '@/lib/platform/db';
import { env } from '@/lib/platform/env';
import { afterResponseMailer } from '@/lib/platform/mail/configured';
import { formFields, invalid, refusal, type PeopleFormState } from '@/lib/people/form-state';
import { RESET_MESSAGES, requestPasswordReset, resetPassword } from '@/lib/people/password-reset';
import { forgotPasswordSchema, resetPasswordSchema } from '@/lib/people/schema';
import { CLIENT_ADDRESS_HEADER } from '@/lib/platform/security/client-address';

async function clientIp(): Promise<string> {
  return (await headers()).get(CLIENT_ADDRESS_HEADER) || 'unknown';
}

const NO_MAIL = 'This portal sends no mail, so a password cannot be reset by link here. Ask an admin to invite you again.';

/** Public: for people who cannot sign in. The answer never says whether the address has an account. */
export async function requestPasswordResetAction(_prev: PeopleFormState, formData: FormData): Promise<PeopleFormState> {
  const values = formFields(formData, ['email']);
  const mailer = afterResponseMailer();
  if (!mailer) return { ok: false, message: NO_MAIL, values };
  const parsed = forgotPasswordSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const outcome = await requestPasswordReset(getDb(), mailer, { email: parsed.data.email, ip: await clientIp(), siteUrl: env.SITE_URL });
  revalidatePath('/editor/audit');
  if (outcome.status === 'limited') {
    return { ok: false, message: `Too many reset requests for this address or from this network. Try again in ${outcome.retryAfterMinutes} minutes.`, values };
  }
  return { ok: true, message: RESET_MESSAGES.sent, values };
}

/** Public: the reset token is the only authority, and it works once. */
export async function resetPasswordAction(_prev: PeopleFormState, formData: FormData): Promise<PeopleFormState> {
  const parsed = resetPasswordSchema.safeParse(formFields(formData, ['token', 'password', 'confirmPassword']));
  if (!parsed.success) return invalid(parsed.error, {});
  try {
    await resetPassword(getDb(), { token: parsed.data.token, password: parsed.data.password, ip: await clientIp() });
  } catch (error) {
    return refusal(error, {});
  }
  revalidatePath('/editor/audit');
  redirect('/sign-in?reset=done');
}
