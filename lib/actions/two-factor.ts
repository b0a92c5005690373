'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { authorizeAction, type ActionResult } from '@/lib/auth/session';
import { secondFactorKey } from '@/lib/auth/mfa/mine';
import { confirmEnrolment, removeSecondFactor, verifySecondFactor } from '@/lib/auth/mfa/second-factor';
import { getDb } from '@/lib/db';
import { env } from '@/lib/env';
import { formEntries } from '@/lib/forms/form-input';

const enrolSchema = z.object({ sealed: z.string().min(20).max(400), code: z.string().trim().max(32) });
const disableSchema = z.object({ code: z.string().trim().max(32) });
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
  const result = await confirmEnrolment(getDb(), { userId: auth.user.id, ...parsed.data, authSecret: secondFactorKey() });
  if (!result.ok) {
    if (result.reason === 'enrolled') return { ok: false, message: 'Two-factor sign-in is already on for your account.' };
    return { ok: false, message: 'That code is not right. Check the app’s clock and enter the code it shows now.', fieldErrors: { code: ['That code is not right.'] } };
  }
  // No revalidation: it would render this page again at once, and the recovery codes with it would be gone.
  return { ok: true, data: { recoveryCodes: result.recoveryCodes } };
}

/** Turns one's own second factor off, after a current code; not for roles that require one. */
export async function disableSecondFactorAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const auth = await authorizeAction('CONTRIBUTOR');
  if (!auth.user) return auth.denied;
  if (env.MFA_REQUIRED_ROLES.includes(auth.user.role)) return { ok: false, message: 'Your role requires two-factor sign-in; it cannot be turned off. An admin can reset it if you lose your phone.' };
  const parsed = disableSchema.safeParse(formEntries(formData));
  if (!parsed.success || !parsed.data.code) return { ok: false, message: 'Enter a current code or a recovery code.', fieldErrors: { code: ['Enter a code.'] } };
  const db = getDb();
  const used = await verifySecondFactor(db, auth.user.id, parsed.data.code, secondFactorKey());
  if (!used) return { ok: false, message: 'That code is not right, or was already used.', fieldErrors: { code: ['That code is not right.'] } };
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
