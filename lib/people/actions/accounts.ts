'use server';

import { AuthError } from 'next-auth';
import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { signIn, signOut } from '@/lib/platform/auth';
import { authorizeAction } from '@/lib/platform/auth/session';
import { getDb } from '@/lib/platform/db';
import { env } from '@/lib/platform/env';
import { changeRole, deactivateUser, setOwnPassword } from '@/lib/people/accounts';
import { formFields, invalid, refusal, type PeopleFormState } from '@/lib/people/form-state';
import { acceptInvitation, inviteUser } from '@/lib/people/invitations';
import { ROLE_LABELS } from '@/lib/platform/auth/roles';
import { configuredMailer } from '@/lib/platform/mail/configured';
import { invitationMessage } from '@/lib/platform/mail/messages';
import { acceptSchema, changeRoleSchema, deactivateSchema, inviteSchema, setOwnPasswordSchema } from '@/lib/people/schema';

export interface InviteLink {
  /** Shown to the admin to pass on, unless the invitation went out by mail. */
  url?: string;
  email: string;
  expiresAt: string;
  reactivates: boolean;
  /** 'sent': mailed to the address; 'failed': mail is set up but this message did not go; 'off': no mail. */
  mail: 'sent' | 'failed' | 'off';
}

function revalidatePeople(): void {
  revalidatePath('/editor/people');
  revalidatePath('/editor/audit');
}

/** The link as the admin's browser reaches the portal (a server action always sends Origin). */
async function absoluteUrl(path: string): Promise<string> {
  const origin = (await headers()).get('origin');
  return new URL(path, origin && /^https?:\/\//.test(origin) ? origin : env.SITE_URL).toString();
}

export async function inviteAction(_prev: PeopleFormState<InviteLink>, formData: FormData): Promise<PeopleFormState<InviteLink>> {
  const values = formFields(formData, ['email', 'role', 'name']);
  const auth = await authorizeAction('ADMIN');
  if (!auth.user) return { ...auth.denied, values };
  const parsed = inviteSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  try {
    const result = await inviteUser(getDb(), auth.user, parsed.data);
    revalidatePeople();
    const base = { email: result.email, expiresAt: result.expiresAt.toISOString(), reactivates: result.reactivates };
    const mailer = configuredMailer();
    if (!mailer) return { ok: true, data: { ...base, url: await absoluteUrl(result.path), mail: 'off' } };
    // A mailed link is built on SITE_URL, never on the request's Origin: a forged header cannot
    // make the portal mail someone a link to another site.
    const url = new URL(result.path, env.SITE_URL).toString();
    try {
      await mailer.send(invitationMessage({ to: result.email, role: ROLE_LABELS[result.role], url, expiresAt: result.expiresAt, invitedBy: auth.user.name }));
      return { ok: true, data: { ...base, mail: 'sent' } };
    } catch (error) {
      console.error(`Invitation mail to ${result.email} could not be sent:`, error);
      return { ok: true, data: { ...base, url, mail: 'failed' } };
    }
  } catch (error) {
    return refusal(error, values);
  }
}

export async function deactivateAction(_prev: PeopleFormState, formData: FormData): Promise<PeopleFormState> {
  const values = formFields(formData, ['id', 'reason', 'confirm']);
  const auth = await authorizeAction('ADMIN');
  if (!auth.user) return { ...auth.denied, values };
  const parsed = deactivateSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  try {
    await deactivateUser(getDb(), auth.user, parsed.data);
  } catch (error) {
    return refusal(error, values);
  }
  revalidatePeople();
  redirect(`/editor/people?done=deactivated&who=${encodeURIComponent(parsed.data.id)}`);
}

export async function changeRoleAction(_prev: PeopleFormState, formData: FormData): Promise<PeopleFormState> {
  const values = formFields(formData, ['id', 'role', 'reason']);
  const auth = await authorizeAction('ADMIN');
  if (!auth.user) return { ...auth.denied, values };
  const parsed = changeRoleSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  try {
    await changeRole(getDb(), auth.user, parsed.data);
  } catch (error) {
    return refusal(error, values);
  }
  revalidatePeople();
  redirect(`/editor/people?done=role&who=${encodeURIComponent(parsed.data.id)}`);
}

/** Public: the invitation token is the only authority. Signs the new account in on success. */
export async function acceptInvitationAction(_prev: PeopleFormState, formData: FormData): Promise<PeopleFormState> {
  const values = formFields(formData, ['token', 'name']);
  const parsed = acceptSchema.safeParse(formFields(formData, ['token', 'name', 'password', 'confirmPassword']));
  if (!parsed.success) return invalid(parsed.error, values);
  let email: string;
  try {
    ({ email } = await acceptInvitation(getDb(), parsed.data));
  } catch (error) {
    return refusal(error, values);
  }
  let signedIn = true;
  try {
    await signIn('credentials', { email, password: parsed.data.password, redirect: false });
  } catch (error) {
    // The account exists either way; at worst (say, sign-in rate limited) one signs in by hand.
    if (!(error instanceof AuthError)) throw error;
    signedIn = false;
  }
  revalidatePeople();
  redirect(signedIn ? '/editor' : '/sign-in?callbackUrl=%2Feditor');
}

/** Ends every session of the account, this one included: the person signs in again. */
export async function setOwnPasswordAction(_prev: PeopleFormState, formData: FormData): Promise<PeopleFormState> {
  const auth = await authorizeAction('CONTRIBUTOR');
  if (!auth.user) return auth.denied;
  const parsed = setOwnPasswordSchema.safeParse(formFields(formData, ['currentPassword', 'newPassword', 'confirmPassword']));
  if (!parsed.success) return invalid(parsed.error, {});
  try {
    await setOwnPassword(getDb(), auth.user, parsed.data);
  } catch (error) {
    return refusal(error, {});
  }
  await signOut({ redirect: false });
  redirect('/sign-in?callbackUrl=%2Feditor%2Faccount');
}
