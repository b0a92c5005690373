'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formAction } from '@/lib/platform/actions/action-client';
import type { Result } from '@/lib/platform/result';
import { invalidateFromAction } from '@/lib/platform/cache/invalidate';
import { TAGS } from '@/lib/platform/cache/tags';
import { getDb } from '@/lib/platform/db';
import { approveSummarySchema, retractSummarySchema, returnSummarySchema, saveSummarySchema } from '@/lib/summaries/schema';
import type { SummaryTarget } from '@/lib/summaries/types';
import { approveSummary, retractSummary, returnSummary, saveSummaryDraft } from '@/lib/summaries/workflow';

export type SummaryFormState = Result & { values?: Record<string, string> };
export type SummaryReviewState = Result & { values?: Record<string, string> };

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
export const saveSummaryAction = formAction(
  { access: 'CONTRIBUTOR', schema: saveSummarySchema, keep: ['body'], invalid: 'The summary was not saved: check the marked fields.', unavailable: UNAVAILABLE },
  async ({ targetKind, targetId, body, baseUpdatedAt, intent }, { user }): Promise<SummaryFormState> => {
    const result = await saveSummaryDraft(getDb(), user.id, { target: { kind: targetKind, id: targetId }, body, baseUpdatedAt, submit: intent === 'submit' });
    if (!result.ok) return result;
    revalidateTarget(result.value.target);
    redirect(done(result.value.target, result.value.status === 'IN_REVIEW' && intent === 'submit' ? 'submitted' : 'saved'));
  },
);

/** A review step's answer: its refusal as it is, else the target's pages expired and the editor sent on. */
function afterStep(result: Result<{ target: SummaryTarget }>, what: string): SummaryReviewState {
  if (!result.ok) return result;
  revalidateTarget(result.value.target);
  redirect(done(result.value.target, what));
}

/** Editors and up: publishes the draft the reviewer read. */
export const approveSummaryAction = formAction(
  { access: 'EDITOR', schema: approveSummarySchema, invalid: () => ({ ok: false as const, message: 'This review form is out of date. Reload the page.' }), unavailable: UNAVAILABLE },
  async (input, { user }): Promise<SummaryReviewState> => afterStep(await approveSummary(getDb(), user.id, input), 'approved'),
);

/** Editors and up: sends a summary in review back to draft, saying why. */
export const returnSummaryAction = formAction(
  { access: 'EDITOR', schema: returnSummarySchema, keep: ['reason'], invalid: 'The summary was not sent back: check the reason.', unavailable: UNAVAILABLE },
  async (input, { user }): Promise<SummaryReviewState> => afterStep(await returnSummary(getDb(), user.id, input), 'returned'),
);

/** Editors and up: withdraws the published text; readers see the reason instead. */
export const retractSummaryAction = formAction(
  { access: 'EDITOR', schema: retractSummarySchema, keep: ['reason'], invalid: 'The summary was not retracted: check the reason.', unavailable: UNAVAILABLE },
  async (input, { user }): Promise<SummaryReviewState> => afterStep(await retractSummary(getDb(), user.id, input), 'retracted'),
);
