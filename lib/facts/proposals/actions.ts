'use server';

import { revalidatePath } from 'next/cache';
import { callAction, formAction } from '@/lib/platform/actions/action-client';
import { ok, type Result } from '@/lib/platform/result';
import { invalidateFromAction } from '@/lib/platform/cache/invalidate';
import { TAGS } from '@/lib/platform/cache/tags';
import { getDb } from '@/lib/platform/db';
import { acceptProposals, rejectProposals } from '@/lib/facts/proposals/review';
import { proposalProgress, type ProposalProgress } from '@/lib/facts/proposals/runs';
import { proposalDecisionSchema, proposalProgressTarget } from '@/lib/facts/proposals/schema';

export type ProposalDecisionState = Result;

const UNAVAILABLE = 'That did not go through: the database could not be reached. Try again in a moment.';

const STALE_FORM = { ok: false as const, message: 'This form is out of date. Reload the page.' };

/** Editors and up: accept or reject one proposed fact, or accept all of an article's at once. */
export const decideProposalAction = formAction(
  { access: 'EDITOR', schema: proposalDecisionSchema, invalid: () => STALE_FORM, unavailable: UNAVAILABLE },
  async ({ articleId, proposalId, decision }, { user }): Promise<ProposalDecisionState> => {
    if (decision !== 'ACCEPT_ALL' && !proposalId) return STALE_FORM;
    const db = getDb();
    const result =
      decision === 'ACCEPT_ALL'
        ? await acceptProposals(db, user.id, articleId, 'all')
        : decision === 'ACCEPTED'
          ? await acceptProposals(db, user.id, articleId, [proposalId])
          : await rejectProposals(db, user.id, articleId, [proposalId]);
    if (!result.ok) return result;
    const { entityIds, created, decided } = result.value;
    // Accepted facts show on the entities' pages and infoboxes; a new entity also joins the lists
    // and the article's mentions. /compare reads the facts on every request.
    invalidateFromAction([...entityIds.map(TAGS.entity), ...(created > 0 ? [TAGS.entities, TAGS.article(articleId)] : [])]);
    revalidatePath(`/editor/articles/${articleId}/facts`);
    if (decision === 'REJECTED') return { ok: true, message: 'Rejected: it will not be proposed again.' };
    return { ok: true, message: `Accepted ${decided} fact${decided === 1 ? '' : 's'}${created > 0 ? `; ${created} new entit${created === 1 ? 'y' : 'ies'} created` : ''}.` };
  },
);

/** Editors and up: where the job queue stands with an article's proposals (by id, or by slug from the import page). */
export const factProposalProgressAction = callAction(
  { access: 'EDITOR', schema: proposalProgressTarget, invalid: () => ({ ok: false as const, message: 'Not a valid article.' }), unavailable: UNAVAILABLE },
  async (target): Promise<Result<ProposalProgress | null>> => {
    const db = getDb();
    const articleId = 'id' in target ? target.id : (await db.article.findUnique({ where: { slug: target.slug }, select: { id: true } }))?.id;
    return ok(articleId ? await proposalProgress(db, articleId) : null);
  },
);
