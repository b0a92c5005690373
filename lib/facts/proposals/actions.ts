'use server';

import { revalidatePath } from 'next/cache';
import { formEntries } from '@/lib/platform/forms/form-input';
import { authorizeAction, type ActionResult } from '@/lib/platform/auth/session';
import { invalidateFromAction } from '@/lib/platform/cache/invalidate';
import { TAGS } from '@/lib/platform/cache/tags';
import { getDb } from '@/lib/platform/db';
import { acceptProposals, rejectProposals } from '@/lib/facts/proposals/review';
import { proposalProgress, type ProposalProgress } from '@/lib/facts/proposals/runs';
import { proposalDecisionSchema, proposalProgressTarget } from '@/lib/facts/proposals/schema';

export type ProposalDecisionState = ActionResult;

const UNAVAILABLE = 'That did not go through: the database could not be reached. Try again in a moment.';

/** Editors and up: accept or reject one proposed fact, or accept all of an article's at once. */
export async function decideProposalAction(_prev: ProposalDecisionState, formData: FormData): Promise<ProposalDecisionState> {
  const auth = await authorizeAction('EDITOR');
  if (auth.denied) return auth.denied;
  const parsed = proposalDecisionSchema.safeParse(formEntries(formData));
  if (!parsed.success) return { ok: false, message: 'This form is out of date. Reload the page.' };
  const { articleId, proposalId, decision } = parsed.data;
  if (decision !== 'ACCEPT_ALL' && !proposalId) return { ok: false, message: 'This form is out of date. Reload the page.' };
  const db = getDb();
  const result = await (async () => {
    try {
      if (decision === 'ACCEPT_ALL') return await acceptProposals(db, auth.user.id, articleId, 'all');
      if (decision === 'ACCEPTED') return await acceptProposals(db, auth.user.id, articleId, [proposalId]);
      return await rejectProposals(db, auth.user.id, articleId, [proposalId]);
    } catch (error) {
      console.error(error);
      return { ok: false as const, message: UNAVAILABLE };
    }
  })();
  if (!result.ok) return result;
  const { entityIds, created, decided } = result.value;
  // Accepted facts show on the entities' pages and infoboxes; a new entity also joins the lists
  // and the article's mentions. /compare reads the facts on every request.
  invalidateFromAction([...entityIds.map(TAGS.entity), ...(created > 0 ? [TAGS.entities, TAGS.article(articleId)] : [])]);
  revalidatePath(`/editor/articles/${articleId}/facts`);
  if (decision === 'REJECTED') return { ok: true, message: 'Rejected: it will not be proposed again.' };
  return { ok: true, message: `Accepted ${decided} fact${decided === 1 ? '' : 's'}${created > 0 ? `; ${created} new entit${created === 1 ? 'y' : 'ies'} created` : ''}.` };
}

/** Editors and up: where the job queue stands with an article's proposals (by id, or by slug from the import page). */
export async function factProposalProgressAction(target: { id: string } | { slug: string }): Promise<ActionResult<ProposalProgress | null>> {
  const auth = await authorizeAction('EDITOR');
  if (auth.denied) return auth.denied;
  const parsed = proposalProgressTarget.safeParse(target);
  if (!parsed.success) return { ok: false, message: 'Not a valid article.' };
  const db = getDb();
  try {
    const articleId = 'id' in parsed.data ? parsed.data.id : (await db.article.findUnique({ where: { slug: parsed.data.slug }, select: { id: true } }))?.id;
    return { ok: true, data: articleId ? await proposalProgress(db, articleId) : null };
  } catch {
    return { ok: false, message: UNAVAILABLE };
  }
}
