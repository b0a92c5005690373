'use server';

import { AuthError } from 'next-auth';
import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { signIn, signOut } from '@/lib/platform/auth';
import { formAction } from '@/lib/platform/actions/action-client';
import { getDb } from '@/lib/platform/db';
import { env } from '@/lib/platform/env';
import { changeRole, deactivateUser, setOwnPassword } from '@/lib/people/accounts';
import type { PeopleFormState } from '@/lib/people/form-state';
import { acceptInvitation, inviteUser } from '@/lib/people/invitations';
import { ROLE_LABELS } from '@/lib/platform/auth/roles';
import { configuredMailer } from '@/lib/platform/mail/configured';
import { invitationMessage } from '@/lib/platform/mail/messages';
import { acceptSchema, changeRoleSchema, deactivateSchema, inviteSchema, setOwnPasswordSchema } from '@/lib/people/schema';
import { expectedFailure } from '@/lib/platform/result';

const CHECK_FIELDS = 'Check the highlighted fields.';

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

export const inviteAction = formAction(
  { access: 'ADMIN', schema: inviteSchema, keep: ['email', 'role', 'name'], invalid: CHECK_FIELDS },
  async (input, { user }): Promise<PeopleFormState<InviteLink>> => {
    try {
      const result = await inviteUser(getDb(), user, input);
      revalidatePeople();
      const base = { email: result.email, expiresAt: result.expiresAt.toISOString(), reactivates: result.reactivates };
      const mailer = configuredMailer();
      if (!mailer) return { ok: true, value: { ...base, url: await absoluteUrl(result.path), mail: 'off' } };
      // A mailed link is built on SITE_URL, never on the request's Origin: a forged header cannot
      // make the portal mail someone a link to another site.
      const url = new URL(result.path, env.SITE_URL).toString();
      try {
        await mailer.send(invitationMessage({ to: result.email, role: ROLE_LABELS[result.role], url, expiresAt: result.expiresAt, invitedBy: user.name }));
        return { ok: true, value: { ...base, mail: 'sent' } };
      } catch (error) {
        console.error(`Invitation mail to ${result.email} could not be sent:`, error);
        return { ok: true, value: { ...base, url, mail: 'failed' } };
      }
    } catch (error) {
      return expectedFailure(error);
    }
  },
);

export const deactivateAction = formAction(
  { access: 'ADMIN', schema: deactivateSchema, keep: ['id', 'reason', 'confirm'], invalid: CHECK_FIELDS },
  async (input, { user }): Promise<PeopleFormState> => {
    try {
      await deactivateUser(getDb(), user, input);
    } catch (error) {
      return expectedFailure(error);
    }
    revalidatePeople();
    redirect(`/editor/people?done=deactivated&who=${encodeURIComponent(input.id)}`);
  },
);

export const changeRoleAction = formAction(
  { access: 'ADMIN', schema: changeRoleSchema, keep: ['id', 'role', 'reason'], invalid: CHECK_FIELDS },
  async (input, { user }): Promise<PeopleFormState> => {
    try {
      await changeRole(getDb(), user, input);
    } catch (error) {
      return expectedFailure(error);
    }
    revalidatePeople();
    redirect(`/editor/people?done=role&who=${encodeURIComponent(input.id)}`);
  },
);

/** Public: the invitation token is the only authority. Signs the new account in on success. */
export const acceptInvitationAction = formAction(
  { access: { public: 'the single-use invitation token is the authority' }, schema: acceptSchema, keep: ['token', 'name'], invalid: CHECK_FIELDS },
  async (input): Promise<PeopleFormState> => {
    let email: string;
    try {
      ({ email } = await acceptInvitation(getDb(), input));
    } catch (error) {
      return expectedFailure(error);
    }
    let signedIn = true;
    try {
      await signIn('credentials', { email, password: input.password, redirect: false });
    } catch (error) {
      // The account exists either way; at worst (say, sign-in rate limited) one signs in by hand.
      if (!(error instanceof AuthError)) throw error;
      signedIn = false;
    }
    revalidatePeople();
    redirect(signedIn ? '/editor' : '/sign-in?callbackUrl=%2Feditor');
  },
);

/** Ends every session of the account, this one included: the person signs in again. */
export const setOwnPasswordAction = formAction(
  { access: 'CONTRIBUTOR', schema: setOwnPasswordSchema, keep: [], invalid: CHECK_FIELDS },
  async (input, { user }): Promise<PeopleFormState> => {
    try {
      await setOwnPassword(getDb(), user, input);
    } catch (error) {
      return expectedFailure(error);
    }
    await signOut({ redirect: false });
    redirect('/sign-in?callbackUrl=%2Feditor%2Faccount');
  },
);
