'use server';

import { fieldErrors, formEntries, formField } from '@/lib/platform/forms/form-input';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { authorizeAction, type ActionResult } from '@/lib/platform/auth/session';
import { invalidateFromAction } from '@/lib/platform/cache/invalidate';
import { TAGS } from '@/lib/platform/cache/tags';
import { getDb } from '@/lib/platform/db';
import { approveSummarySchema, retractSummarySchema, returnSummarySchema, saveSummarySchema } from '@/lib/summaries/schema';
import type { SummaryTarget } from '@/lib/summaries/types';
import { approveSummary, retractSummary, returnSummary, saveSummaryDraft } from '@/lib/summaries/workflow';
import { unlessDatabaseAway } from '@/lib/platform/db/unavailable';

export type SummaryFormState = ActionResult & { values?: { body: string } };
export type SummaryReviewState = ActionResult & { values?: { reason: string } };

const UNAVAILABLE = 'Saving failed: the database could not be reached. Your text is still here; try again in a moment.';

function revalidateTarget(target: SummaryTarget): void {
  invalidateFromAction(target.kind === 'article' ? [TAGS.article(target.id), TAGS.articles] : [TAGS.entity(target.id), TAGS.entities]);
  revalidatePath('/editor/summaries');
  revalidatePath(target.editorHref);
}

function done(target: SummaryTarget, what: string): string {
  return `${target.editorHref}?done=${what}#summary`;
}

/** Contributors and up: saves the working draft, or saves it and sends it for review. */
export async function saveSummaryAction(_prev: SummaryFormState, formData: FormData): Promise<SummaryFormState> {
  const auth = await authorizeAction('CONTRIBUTOR');
  const values = { body: formField(formData, 'body') };
  if (auth.denied) return { ...auth.denied, values };
  const parsed = saveSummarySchema.safeParse(formEntries(formData));
  if (!parsed.success) return { ok: false, message: 'The summary was not saved: check the marked fields.', fieldErrors: fieldErrors(parsed.error), values };
  const { targetKind, targetId, body, baseUpdatedAt, intent } = parsed.data;
  const result = await unlessDatabaseAway(UNAVAILABLE, () =>
    saveSummaryDraft(getDb(), auth.user.id, { target: { kind: targetKind, id: targetId }, body, baseUpdatedAt, submit: intent === 'submit' }),
  );
  if (!result.ok) return { ...result, values };
  revalidateTarget(result.value.target);
  redirect(done(result.value.target, result.value.status === 'IN_REVIEW' && intent === 'submit' ? 'submitted' : 'saved'));
}

/** Editors and up: publishes the draft the reviewer read. */
export async function approveSummaryAction(_prev: SummaryReviewState, formData: FormData): Promise<SummaryReviewState> {
  const auth = await authorizeAction('EDITOR');
  if (auth.denied) return auth.denied;
  const parsed = approveSummarySchema.safeParse(formEntries(formData));
  if (!parsed.success) return { ok: false, message: 'This review form is out of date. Reload the page.' };
  const result = await unlessDatabaseAway(UNAVAILABLE, () => approveSummary(getDb(), auth.user.id, parsed.data));
  if (!result.ok) return result;
  revalidateTarget(result.value.target);
  redirect(done(result.value.target, 'approved'));
}

/** Editors and up: sends a summary in review back to draft, saying why. */
export async function returnSummaryAction(_prev: SummaryReviewState, formData: FormData): Promise<SummaryReviewState> {
  const auth = await authorizeAction('EDITOR');
  const values = { reason: formField(formData, 'reason') };
  if (auth.denied) return { ...auth.denied, values };
  const parsed = returnSummarySchema.safeParse(formEntries(formData));
  if (!parsed.success) return { ok: false, message: 'The summary was not sent back: check the reason.', fieldErrors: fieldErrors(parsed.error), values };
  const result = await unlessDatabaseAway(UNAVAILABLE, () => returnSummary(getDb(), auth.user.id, parsed.data));
  if (!result.ok) return { ...result, values };
  revalidateTarget(result.value.target);
  redirect(done(result.value.target, 'returned'));
}

/** Editors and up: withdraws the published text; readers see the reason instead. */
export async function retractSummaryAction(_prev: SummaryReviewState, formData: FormData): Promise<SummaryReviewState> {
  const auth = await authorizeAction('EDITOR');
  const values = { reason: formField(formData, 'reason') };
  if (auth.denied) return { ...auth.denied, values };
  const parsed = retractSummarySchema.safeParse(formEntries(formData));
  if (!parsed.success) return { ok: false, message: 'The summary was not retracted: check the reason.', fieldErrors: fieldErrors(parsed.error), values };
  const result = await unlessDatabaseAway(UNAVAILABLE, () => retractSummary(getDb(), auth.user.id, parsed.data));
  if (!result.ok) return { ...result, values };
  revalidateTarget(result.value.target);
  redirect(done(result.value.target, 'retracted'));
}
