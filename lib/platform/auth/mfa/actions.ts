'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { authorizeAction, type ActionResult } from '@/lib/platform/auth/session';
import { secondFactorKey } from '@/lib/platform/auth/mfa/mine';
import { completePendingSession } from '@/lib/platform/auth/mfa/pending-session';
import { confirmEnrolment, removeSecondFactor, replaceRecoveryCodes } from '@/lib/platform/auth/mfa/second-factor';
import { checkSessionCode } from '@/lib/platform/auth/mfa/session-code';
import { safeReturnPath } from '@/lib/platform/auth/safe-return';
import { CLIENT_ADDRESS_HEADER } from '@/lib/platform/security/client-address';
import { getDb } from '@/lib/platform/db';
import { env } from '@/lib/platform/env';
import { formEntries } from '@/lib/platform/forms/form-input';

const enrolSchema = z.object({ sealed: z.string().min(20).max(400), code: z.string().trim().max(32) });
const disableSchema = z.object({ code: z.string().trim().max(32) });
const pendingCodeSchema = z.object({ code: z.string().trim().min(6).max(32), callbackUrl: z.string().max(2000).optional() });
const resetSchema = z.object({ userId: z.string().min(1).max(64) });

/**
 * Confirms a new authenticator with one of its codes and answers the recovery codes, shown once.
 * Open to someone who must enrol before anything else (MFA_REQUIRED_ROLES).
 */
export async function enrolSecondFactorAction(_prev: ActionResult<{ recoveryCodes: string[] }> | null, formData: FormData): Promise<ActionResult<{ recoveryCodes: string[] }>> {
  const auth = await authorizeAction('CONTRIBUTOR', { enrolling: true });
  if (!auth.user) return auth.denied;
  const parsed = enrolSchema.safeParse(formEntries(formData));
  if (!parsed.success) return { ok: false, message: 'Enter the 6-digit code your app shows.', fieldErrors: { code: ['Enter the 6-digit code your app shows.'] } };
  const result = await confirmEnrolment(getDb(), { userId: auth.user.id, ...parsed.data, authSecret: secondFactorKey(), sessionId: auth.user.sessionId });
  if (!result.ok) {
    if (result.reason === 'enrolled') return { ok: false, message: 'Two-factor sign-in is already on for your account.' };
    return { ok: false, message: 'That code is not right. Check the app’s clock and enter the code it shows now.', fieldErrors: { code: ['That code is not right.'] } };
  }
  // No revalidation: it would render this page again at once, and the recovery codes with it would be gone.
  return { ok: true, data: { recoveryCodes: result.recoveryCodes } };
}

/** The client's address: set by the production server from the socket (or a trusted proxy), never taken from the client. */
async function clientAddress(): Promise<string> {
  return (await headers()).get(CLIENT_ADDRESS_HEADER) || 'unknown';
}

/** Checks a code asked for inside a session, throttled as at sign-in; the refusal to answer, or null when the code is right. */
async function codeRefusal(db: ReturnType<typeof getDb>, userId: string, code: string, purpose: string): Promise<{ ok: false; message: string; fieldErrors?: { code: string[] } } | null> {
  const check = await checkSessionCode(db, { userId, code, address: await clientAddress(), authSecret: secondFactorKey(), purpose });
  if (check.ok) return null;
  if (check.retryAfterMs) return { ok: false, message: `Too many wrong codes. Try again in ${Math.ceil(check.retryAfterMs / 60_000)} minutes.` };
  return { ok: false, message: 'That code is not right, or was already used.', fieldErrors: { code: ['That code is not right.'] } };
}

/** Turns one's own second factor off, after a current code; not for roles that require one. */
export async function disableSecondFactorAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const auth = await authorizeAction('CONTRIBUTOR');
  if (!auth.user) return auth.denied;
  if (env.MFA_REQUIRED_ROLES.includes(auth.user.role)) return { ok: false, message: 'Your role requires two-factor sign-in; it cannot be turned off. An admin can reset it if you lose your phone.' };
  const parsed = disableSchema.safeParse(formEntries(formData));
  if (!parsed.success || !parsed.data.code) return { ok: false, message: 'Enter a current code or a recovery code.', fieldErrors: { code: ['Enter a code.'] } };
  const db = getDb();
  const refused = await codeRefusal(db, auth.user.id, parsed.data.code, 'turn off two-factor sign-in');
  if (refused) return refused;
  await removeSecondFactor(db, { userId: auth.user.id, actorId: auth.user.id });
  redirect('/editor/account?mfa=off');
}

/** An admin turns off someone else's second factor (a lost phone); they enrol again as they need. */
export async function resetSecondFactorAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const auth = await authorizeAction('ADMIN');
  if (!auth.user) return auth.denied;
  const parsed = resetSchema.safeParse(formEntries(formData));
  if (!parsed.success) return { ok: false, message: 'Choose an account.' };
  if (parsed.data.userId === auth.user.id) return { ok: false, message: 'Your own second factor is managed on your account page.' };
  const reset = await removeSecondFactor(getDb(), { userId: parsed.data.userId, actorId: auth.user.id, reason: 'reset by an admin' });
  revalidatePath('/editor/people');
  revalidatePath('/editor/audit');
  redirect(`/editor/people?done=${reset ? 'mfa-reset' : 'mfa-none'}&who=${encodeURIComponent(parsed.data.userId)}`);
}

/**
 * The code step after single sign-on, the one action such a session may run: an authenticator or
 * recovery code opens the session fully, then the page first asked for (same-origin paths only).
 */
export async function verifyPendingCodeAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const auth = await authorizeAction('CONTRIBUTOR', { awaitingCode: true });
  if (!auth.user) return auth.denied;
  const parsed = pendingCodeSchema.safeParse(formEntries(formData));
  if (!parsed.success) return { ok: false, message: 'Enter the code from your authenticator app, or a recovery code.', fieldErrors: { code: ['Enter a code.'] } };
  const result = await completePendingSession(getDb(), { sessionId: auth.user.sessionId, userId: auth.user.id, code: parsed.data.code, address: await clientAddress(), authSecret: secondFactorKey() });
  if (!result.ok) {
    if ('expired' in result) return { ok: false, message: 'This sign-in has ended. Sign out and sign in again.' };
    if (result.retryAfterMs) return { ok: false, message: `Too many wrong codes. Try again in ${Math.ceil(result.retryAfterMs / 60_000)} minutes.` };
    return { ok: false, message: 'That code is not right, or was already used. Try the next one.', fieldErrors: { code: ['That code is not right.'] } };
  }
  redirect(safeReturnPath(parsed.data.callbackUrl) ?? '/editor');
}

/**
 * Ten new recovery codes after a current code (so a borrowed session cannot take the account's
 * way back in); every old one stops working. Shown once, like those of the enrolment.
 */
export async function newRecoveryCodesAction(_prev: ActionResult<{ recoveryCodes: string[] }> | null, formData: FormData): Promise<ActionResult<{ recoveryCodes: string[] }>> {
  const auth = await authorizeAction('CONTRIBUTOR');
  if (!auth.user) return auth.denied;
  const parsed = disableSchema.safeParse(formEntries(formData));
  if (!parsed.success || !parsed.data.code) return { ok: false, message: 'Enter a current code or a recovery code.', fieldErrors: { code: ['Enter a code.'] } };
  const db = getDb();
  const refused = await codeRefusal(db, auth.user.id, parsed.data.code, 'replace recovery codes');
  if (refused) return refused;
  const recoveryCodes = await replaceRecoveryCodes(db, auth.user.id);
  if (!recoveryCodes) return { ok: false, message: 'Two-factor sign-in is off for your account.' };
  // No revalidation: the page would render again and take the new codes away before they are read.
  return { ok: true, data: { recoveryCodes } };
}
