'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formAction } from '@/lib/platform/actions/action-client';
import type { Failure, Result } from '@/lib/platform/result';
import { secondFactorKey } from '@/lib/platform/auth/mfa/mine';
import { completePendingSession } from '@/lib/platform/auth/mfa/pending-session';
import { confirmEnrolment, removeSecondFactor, replaceRecoveryCodes, type RecoveryCodes } from '@/lib/platform/auth/mfa/second-factor';
import { checkSessionCode } from '@/lib/platform/auth/mfa/session-code';
import { safeReturnPath } from '@/lib/platform/auth/safe-return';
import { CLIENT_ADDRESS_HEADER } from '@/lib/platform/security/client-address';
import { getDb } from '@/lib/platform/db';
import { env } from '@/lib/platform/env';

const enrolSchema = z.object({ sealed: z.string().min(20).max(400), code: z.string().trim().max(32) });
const disableSchema = z.object({ code: z.string().trim().max(32) });
const pendingCodeSchema = z.object({ code: z.string().trim().min(6).max(32), callbackUrl: z.string().max(2000).optional() });
const resetSchema = z.object({ userId: z.string().min(1).max(64) });

const ENTER_CODE: Failure = { ok: false, message: 'Enter a current code or a recovery code.', fieldErrors: { code: ['Enter a code.'] } };

/**
 * Confirms a new authenticator with one of its codes and answers the recovery codes, shown once.
 * Open to someone who must enrol before anything else (MFA_REQUIRED_ROLES).
 */
export const enrolSecondFactorAction = formAction(
  {
    access: { role: 'CONTRIBUTOR', enrolling: true },
    schema: enrolSchema,
    invalid: () => ({ ok: false as const, message: 'Enter the 6-digit code your app shows.', fieldErrors: { code: ['Enter the 6-digit code your app shows.'] } }),
  },
  // No revalidation: it would render this page again at once, and the recovery codes with it would be gone.
  async (input, { user }): Promise<Result<RecoveryCodes>> => confirmEnrolment(getDb(), { userId: user.id, ...input, authSecret: secondFactorKey(), sessionId: user.sessionId }),
);

/** The client's address: set by the production server from the socket (or a trusted proxy), never taken from the client. */
async function clientAddress(): Promise<string> {
  return (await headers()).get(CLIENT_ADDRESS_HEADER) || 'unknown';
}

/** Checks a code asked for inside a session, throttled as at sign-in; the refusal to answer, or null when the code is right. */
async function codeRefusal(db: ReturnType<typeof getDb>, userId: string, code: string, purpose: string): Promise<Failure | null> {
  const check = await checkSessionCode(db, { userId, code, address: await clientAddress(), authSecret: secondFactorKey(), purpose });
  return check.ok ? null : check;
}

/** Turns one's own second factor off, after a current code; not for roles that require one. */
export const disableSecondFactorAction = formAction({ access: 'CONTRIBUTOR', schema: disableSchema, invalid: () => ENTER_CODE }, async ({ code }, { user }): Promise<Result> => {
  if (env.MFA_REQUIRED_ROLES.includes(user.role)) return { ok: false, message: 'Your role requires two-factor sign-in; it cannot be turned off. An admin can reset it if you lose your phone.' };
  if (!code) return ENTER_CODE;
  const db = getDb();
  const refused = await codeRefusal(db, user.id, code, 'turn off two-factor sign-in');
  if (refused) return refused;
  await removeSecondFactor(db, { userId: user.id, actorId: user.id });
  redirect('/editor/account?mfa=off');
});

/** An admin turns off someone else's second factor (a lost phone); they enrol again as they need. */
export const resetSecondFactorAction = formAction(
  { access: 'ADMIN', schema: resetSchema, invalid: () => ({ ok: false as const, message: 'Choose an account.' }) },
  async ({ userId }, { user }): Promise<Result> => {
    if (userId === user.id) return { ok: false, message: 'Your own second factor is managed on your account page.' };
    const reset = await removeSecondFactor(getDb(), { userId, actorId: user.id, reason: 'reset by an admin' });
    revalidatePath('/editor/people');
    revalidatePath('/editor/audit');
    redirect(`/editor/people?done=${reset ? 'mfa-reset' : 'mfa-none'}&who=${encodeURIComponent(userId)}`);
  },
);

/**
 * The code step after single sign-on, the one action such a session may run: an authenticator or
 * recovery code opens the session fully, then the page first asked for (same-origin paths only).
 */
export const verifyPendingCodeAction = formAction(
  {
    access: { role: 'CONTRIBUTOR', awaitingCode: true },
    schema: pendingCodeSchema,
    invalid: () => ({ ok: false as const, message: 'Enter the code from your authenticator app, or a recovery code.', fieldErrors: { code: ['Enter a code.'] } }),
  },
  async ({ code, callbackUrl }, { user }): Promise<Result> => {
    const result = await completePendingSession(getDb(), { sessionId: user.sessionId, userId: user.id, code, address: await clientAddress(), authSecret: secondFactorKey() });
    if (!result.ok) return result;
    redirect(safeReturnPath(callbackUrl) ?? '/editor');
  },
);

/**
 * Ten new recovery codes after a current code (so a borrowed session cannot take the account's
 * way back in); every old one stops working. Shown once, like those of the enrolment.
 */
export const newRecoveryCodesAction = formAction(
  { access: 'CONTRIBUTOR', schema: disableSchema, invalid: () => ENTER_CODE },
  async ({ code }, { user }): Promise<Result<RecoveryCodes>> => {
    if (!code) return ENTER_CODE;
    const db = getDb();
    const refused = await codeRefusal(db, user.id, code, 'replace recovery codes');
    if (refused) return refused;
    // No revalidation: the page would render again and take the new codes away before they are read.
    return replaceRecoveryCodes(db, user.id);
  },
);
