'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { callAction, formAction } from '@/lib/platform/actions/action-client';
import { ok, type Result } from '@/lib/platform/result';
import { z } from 'zod';
import { briefTags, invalidateFromAction } from '@/lib/platform/cache/invalidate';
import { searchCitableParagraphs, type CitableParagraph } from '@/lib/briefs/editor-queries';
import type { BriefHtml } from '@/lib/briefs/reader-queries';
import { loadResolvers } from '@/lib/briefs/resolvers';
import { createBrief, renameSlug, restoreFromTrash, restoreRevision, saveDraft, transition, trashBrief } from '@/lib/briefs/service';
import { briefIdSchema, previewSchema, renameSlugSchema, restoreRevisionSchema, saveDraftSchema, searchSchema, titleSchema, transitionSchema } from '@/lib/briefs/service/inputs';
import { fieldErrors, firstIssue } from '@/lib/platform/forms/form-input';
import { zonedLocalToUtc } from '@/lib/briefs/service/schedule';
import { getDb } from '@/lib/platform/db';
import { env } from '@/lib/platform/env';
import { briefNotices, isNoticeVerb, sendAll } from '@/lib/platform/mail/brief-notices';
import { afterResponseMailer } from '@/lib/platform/mail/configured';
import { queuePublication } from '@/lib/platform/jobs/app-queue';
import { snapshotFigures, type FigureSnapshot } from '@/lib/compare/figure-snapshot';
import { renderBrief, type MarkdownProblem } from '@/lib/formats/markdown';

/** What a useActionState form gets back; `values` refill the fields so nothing typed is lost. */
export type BriefFormState = Result<undefined, { problems?: MarkdownProblem[] }> & { values?: Record<string, string> };

export interface ConflictView {
  theirs: { title: string; body: string; version: number; updatedAt: string; by?: string };
  yours: { title: string; body: string };
}

export type SaveDraftActionResult = Result<{ version: number; savedAt: string }, { conflict?: ConflictView }>;

export type PreviewActionResult = Result<{ html: BriefHtml; problems: MarkdownProblem[]; figures: FigureSnapshot[] }>;

const OUT_OF_DATE = () => ({ ok: false as const, message: 'This page is out of date. Reload it and try again.' });

/** Readers' cached pages that show a brief (by tag), and the editor's. */
function revalidateBrief(briefId: string): void {
  invalidateFromAction(briefTags([briefId]));
  for (const path of ['/editor/briefs', `/editor/briefs/${briefId}`]) revalidatePath(path);
}

export const createBriefAction = formAction(
  { access: 'CONTRIBUTOR', schema: z.object({ title: titleSchema }), keep: ['title'], invalid: 'Check the title.' },
  async ({ title }, { user }): Promise<BriefFormState> => {
    const result = await createBrief(getDb(), user, { title });
    if (!result.ok) return result;
    revalidatePath('/editor/briefs');
    redirect(`/editor/briefs/${result.value.id}`);
  },
);

/** Autosave: never overwrites a newer version; a conflict comes back with both texts. */
export const saveDraftAction = callAction(
  {
    access: 'CONTRIBUTOR',
    schema: saveDraftSchema,
    invalid: (error): SaveDraftActionResult => ({ ok: false, message: firstIssue(error, 'The draft could not be read.'), fieldErrors: fieldErrors(error) }),
  },
  async ({ briefId, ...draft }, { user }): Promise<SaveDraftActionResult> => {
    const result = await saveDraft(getDb(), user, briefId, draft);
    if (result.ok) return ok({ version: result.value.version, savedAt: result.value.savedAt.toISOString() });
    const { conflict, ...refused } = result;
    if (!conflict) return refused;
    // The conflict crosses to the browser: its time as ISO text.
    return { ...refused, conflict: { theirs: { ...conflict.theirs, updatedAt: conflict.theirs.updatedAt.toISOString() }, yours: conflict.yours } };
  },
);

/**
 * The draft as readers would see it, with every problem that would block publication, and its
 * figures drawn from the knowledge base as it is now (publishing stores them as they are then).
 */
export const previewAction = callAction(
  { access: 'CONTRIBUTOR', schema: previewSchema, invalid: (error): PreviewActionResult => ({ ok: false, message: firstIssue(error, 'The text could not be read.') }) },
  async ({ markdown }): Promise<PreviewActionResult> => {
    const db = getDb();
    const rendered = renderBrief(markdown, await loadResolvers(markdown, { db }));
    // renderBrief sanitizes its output: the one kind of HTML BriefBody accepts.
    return { ok: true, value: { html: rendered.html as BriefHtml, problems: rendered.problems, figures: await snapshotFigures(db, rendered.figures) } };
  },
);

/** Tells whom a step concerns, by mail when it is set up; sent after the response, never failing the step. */
async function notify(briefId: string, verb: string | undefined, actorId: string, reason: string): Promise<void> {
  const mailer = afterResponseMailer();
  if (!mailer || !verb || !isNoticeVerb(verb)) return;
  await sendAll(mailer, await briefNotices(getDb(), { briefId, verb, actorId, reason, siteUrl: env.SITE_URL }));
}

export const transitionAction = formAction(
  { access: 'CONTRIBUTOR', schema: transitionSchema, keep: ['reason', 'scheduledLocal', 'scheduledTz', 'correctionNote'], invalid: 'Check the fields below.' },
  async ({ briefId, to, reason, scheduledLocal, scheduledTz, correctionNote, expectedVersion }, { user }): Promise<BriefFormState> => {
    let scheduledFor: Date | undefined;
    if (to === 'SCHEDULED') {
      scheduledFor = scheduledLocal && scheduledTz ? (zonedLocalToUtc(scheduledLocal, scheduledTz) ?? undefined) : undefined;
      if (!scheduledFor) return { ok: false, message: 'Give a valid date, time and time zone.', fieldErrors: { scheduledLocal: ['Give a valid date and time.'] } };
    }
    const result = await transition(getDb(), user, briefId, to, { reason, scheduledFor, scheduledTz, correctionNote, expectedVersion });
    if (!result.ok) return result;
    if (to === 'SCHEDULED' && scheduledFor) await queuePublication(briefId, scheduledFor);
    revalidateBrief(briefId);
    await notify(briefId, result.value.verb, user.id, reason);
    const revision = result.value.revision ? ` as revision ${result.value.revision}` : '';
    return { ok: true, message: to === 'PUBLISHED' ? `Published${revision}.` : 'Done.' };
  },
);

export const renameSlugAction = formAction(
  { access: 'EDITOR', schema: renameSlugSchema, keep: ['slug', 'reason'], invalid: 'Check the new address.' },
  async ({ briefId, slug, reason }, { user }): Promise<BriefFormState> => {
    const result = await renameSlug(getDb(), user, briefId, { slug, reason });
    if (!result.ok) return result;
    revalidateBrief(briefId);
    return { ok: true, message: `The brief is now at /briefs/${result.value.slug}; /briefs/${result.value.previous} redirects there.` };
  },
);

/** A published revision opened for editing: as the draft, or as a new draft brief; nothing is overwritten. */
export const restoreRevisionAction = formAction(
  { access: 'CONTRIBUTOR', schema: restoreRevisionSchema, invalid: OUT_OF_DATE },
  async ({ briefId, number, baseVersion }, { user }): Promise<BriefFormState> => {
    const result = await restoreRevision(getDb(), user, briefId, { number, baseVersion });
    if (!result.ok) return result;
    revalidatePath('/editor/briefs');
    revalidatePath(`/editor/briefs/${briefId}`);
    redirect(`/editor/briefs/${result.value.briefId}?restored=${number}&into=${result.value.into}`);
  },
);

const briefIdForm = z.object({ briefId: briefIdSchema });

/** A draft never published goes to the trash, where it can be restored for 30 days. */
export const trashBriefAction = formAction({ access: 'CONTRIBUTOR', schema: briefIdForm, invalid: OUT_OF_DATE }, async ({ briefId }, { user }): Promise<BriefFormState> => {
  const result = await trashBrief(getDb(), user, briefId);
  if (!result.ok) return result;
  revalidatePath('/editor/briefs');
  redirect(`/editor/briefs/${briefId}`);
});

export const restoreFromTrashAction = formAction({ access: 'CONTRIBUTOR', schema: briefIdForm, invalid: OUT_OF_DATE }, async ({ briefId }, { user }): Promise<BriefFormState> => {
  const result = await restoreFromTrash(getDb(), user, briefId);
  if (!result.ok) return result;
  revalidatePath('/editor/briefs');
  redirect(`/editor/briefs/${briefId}`);
});

/** Paragraphs to cite, found by article title or text, for the editor's citation picker. */
export const searchParagraphsAction = callAction(
  { access: 'CONTRIBUTOR', schema: searchSchema, invalid: (): Result<CitableParagraph[]> => ({ ok: true, value: [] }) },
  async (query): Promise<Result<CitableParagraph[]>> => ({ ok: true, value: await searchCitableParagraphs(query) }),
);
