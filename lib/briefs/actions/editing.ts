'use server';

import { fieldErrors, formEntries, formField } from '@/lib/platform/forms/form-input';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { authorizeAction, type ActionResult } from '@/lib/platform/auth/session';
import { briefTags, invalidateFromAction } from '@/lib/platform/cache/invalidate';
import { searchCitableParagraphs, type CitableParagraph } from '@/lib/briefs/editor-queries';
import type { BriefHtml } from '@/lib/briefs/reader-queries';
import { loadResolvers } from '@/lib/briefs/resolvers';
import { createBrief, renameSlug, restoreFromTrash, restoreRevision, saveDraft, transition, trashBrief, type ServiceFailure } from '@/lib/briefs/service';
import { briefIdSchema, previewSchema, renameSlugSchema, restoreRevisionSchema, saveDraftSchema, searchSchema, titleSchema, transitionSchema } from '@/lib/briefs/service/inputs';
import { zonedLocalToUtc } from '@/lib/briefs/service/schedule';
import { getDb } from '@/lib/platform/db';
import { env } from '@/lib/platform/env';
import { briefNotices, isNoticeVerb, sendAll } from '@/lib/platform/mail/brief-notices';
import { afterResponseMailer } from '@/lib/platform/mail/configured';
import { queuePublication } from '@/lib/platform/jobs/app-queue';
import { snapshotFigures, type FigureSnapshot } from '@/lib/compare/figure-snapshot';
import { renderBrief, type MarkdownProblem } from '@/lib/formats/markdown';

/** What a useActionState form gets back; `values` refill the fields so nothing typed is lost. */
export type BriefFormState = (ActionResult | { ok: false; message: string; fieldErrors?: Record<string, string[]>; problems: MarkdownProblem[] }) & {
  values?: Record<string, string>;
};

export interface ConflictView {
  theirs: { title: string; body: string; version: number; updatedAt: string; by?: string };
  yours: { title: string; body: string };
}

export type SaveDraftActionResult =
  | ActionResult<{ version: number; savedAt: string }>
  | { ok: false; message: string; conflict: ConflictView };

export type PreviewActionResult = ActionResult<{ html: BriefHtml; problems: MarkdownProblem[]; figures: FigureSnapshot[] }>;

const text = (formData: FormData, name: string) => (formData instanceof FormData ? formField(formData, name) : undefined);

function failureState(failure: ServiceFailure, values?: Record<string, string>): BriefFormState {
  if (failure.code === 'problems') return { ok: false, message: failure.message, problems: failure.problems, values };
  return { ok: false, message: failure.message, fieldErrors: failure.field ? { [failure.field]: [failure.message] } : undefined, values };
}

/** Readers' cached pages that show a brief (by tag), and the editor's. */
function revalidateBrief(briefId: string): void {
  invalidateFromAction(briefTags([briefId]));
  for (const path of ['/editor/briefs', `/editor/briefs/${briefId}`]) revalidatePath(path);
}

export async function createBriefAction(_prev: BriefFormState | null, formData: FormData): Promise<BriefFormState> {
  const { user, denied } = await authorizeAction('CONTRIBUTOR');
  if (denied) return denied;
  const raw = text(formData, 'title') ?? '';
  const parsed = titleSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, message: 'Check the title.', fieldErrors: { title: parsed.error.issues.map((i) => i.message) }, values: { title: raw } };
  const result = await createBrief(getDb(), user, { title: parsed.data });
  if (!result.ok) return failureState(result, { title: raw });
  revalidatePath('/editor/briefs');
  redirect(`/editor/briefs/${result.id}`);
}

/** Autosave: never overwrites a newer version; a conflict comes back with both texts. */
export async function saveDraftAction(input: { briefId: string; title: string; body: string; baseVersion: number }): Promise<SaveDraftActionResult> {
  const { user, denied } = await authorizeAction('CONTRIBUTOR');
  if (denied) return denied;
  const parsed = saveDraftSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? 'The draft could not be read.', fieldErrors: fieldErrors(parsed.error) };
  const { briefId, ...draft } = parsed.data;
  const result = await saveDraft(getDb(), user, briefId, draft);
  if (result.ok) return { ok: true, data: { version: result.version, savedAt: result.savedAt.toISOString() } };
  if (result.code === 'conflict') {
    const { theirs, yours } = result.conflict;
    return { ok: false, message: result.message, conflict: { theirs: { ...theirs, updatedAt: theirs.updatedAt.toISOString() }, yours } };
  }
  return { ok: false, message: result.message, fieldErrors: result.code !== 'problems' && result.field ? { [result.field]: [result.message] } : undefined };
}

/**
 * The draft as readers would see it, with every problem that would block publication, and its
 * figures drawn from the knowledge base as it is now (publishing stores them as they are then).
 */
export async function previewAction(input: { markdown: string }): Promise<PreviewActionResult> {
  const { denied } = await authorizeAction('CONTRIBUTOR');
  if (denied) return denied;
  const parsed = previewSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? 'The text could not be read.' };
  const { markdown } = parsed.data;
  const db = getDb();
  const rendered = renderBrief(markdown, await loadResolvers(markdown, { db }));
  // renderBrief sanitizes its output: the one kind of HTML BriefBody accepts.
  return { ok: true, data: { html: rendered.html as BriefHtml, problems: rendered.problems, figures: await snapshotFigures(db, rendered.figures) } };
}

/** Tells whom a step concerns, by mail when it is set up; sent after the response, never failing the step. */
async function notify(briefId: string, verb: string | undefined, actorId: string, reason: string): Promise<void> {
  const mailer = afterResponseMailer();
  if (!mailer || !verb || !isNoticeVerb(verb)) return;
  await sendAll(mailer, await briefNotices(getDb(), { briefId, verb, actorId, reason, siteUrl: env.SITE_URL }));
}

export async function transitionAction(_prev: BriefFormState | null, formData: FormData): Promise<BriefFormState> {
  const { user, denied } = await authorizeAction('CONTRIBUTOR');
  if (denied) return denied;
  const values = Object.fromEntries(['reason', 'scheduledLocal', 'scheduledTz', 'correctionNote'].map((k) => [k, text(formData, k) ?? '']));
  const parsed = transitionSchema.safeParse(formEntries(formData));
  if (!parsed.success) return { ok: false, message: 'Check the fields below.', fieldErrors: fieldErrors(parsed.error), values };
  const { briefId, to, reason, scheduledLocal, scheduledTz, correctionNote, expectedVersion } = parsed.data;
  let scheduledFor: Date | undefined;
  if (to === 'SCHEDULED') {
    scheduledFor = scheduledLocal && scheduledTz ? (zonedLocalToUtc(scheduledLocal, scheduledTz) ?? undefined) : undefined;
    if (!scheduledFor) return { ok: false, message: 'Give a valid date, time and time zone.', fieldErrors: { scheduledLocal: ['Give a valid date and time.'] }, values };
  }
  const result = await transition(getDb(), user, briefId, to, { reason, scheduledFor, scheduledTz, correctionNote, expectedVersion });
  if (!result.ok) return failureState(result, values);
  if (to === 'SCHEDULED' && scheduledFor) await queuePublication(briefId, scheduledFor);
  revalidateBrief(briefId);
  await notify(briefId, result.verb, user.id, reason);
  const revision = result.revision ? ` as revision ${result.revision}` : '';
  return { ok: true, message: to === 'PUBLISHED' ? `Published${revision}.` : 'Done.' };
}

export async function renameSlugAction(_prev: BriefFormState | null, formData: FormData): Promise<BriefFormState> {
  const { user, denied } = await authorizeAction('EDITOR');
  if (denied) return denied;
  const values = { slug: text(formData, 'slug') ?? '', reason: text(formData, 'reason') ?? '' };
  const parsed = renameSlugSchema.safeParse(formEntries(formData));
  if (!parsed.success) return { ok: false, message: 'Check the new address.', fieldErrors: fieldErrors(parsed.error), values };
  const { briefId, slug, reason } = parsed.data;
  const result = await renameSlug(getDb(), user, briefId, { slug, reason });
  if (!result.ok) return failureState(result, values);
  revalidateBrief(briefId);
  return { ok: true, message: `The brief is now at /briefs/${result.slug}; /briefs/${result.previous} redirects there.` };
}

/** A published revision opened for editing: as the draft, or as a new draft brief; nothing is overwritten. */
export async function restoreRevisionAction(_prev: BriefFormState | null, formData: FormData): Promise<BriefFormState> {
  const { user, denied } = await authorizeAction('CONTRIBUTOR');
  if (denied) return denied;
  const parsed = restoreRevisionSchema.safeParse(formEntries(formData));
  if (!parsed.success) return { ok: false, message: 'This page is out of date. Reload it and try again.' };
  const { briefId, number, baseVersion } = parsed.data;
  const result = await restoreRevision(getDb(), user, briefId, { number, baseVersion });
  if (!result.ok) return failureState(result);
  revalidatePath('/editor/briefs');
  revalidatePath(`/editor/briefs/${briefId}`);
  redirect(`/editor/briefs/${result.briefId}?restored=${number}&into=${result.into}`);
}

/** A draft never published goes to the trash, where it can be restored for 30 days. */
export async function trashBriefAction(_prev: BriefFormState | null, formData: FormData): Promise<BriefFormState> {
  const { user, denied } = await authorizeAction('CONTRIBUTOR');
  if (denied) return denied;
  const parsed = briefIdSchema.safeParse(text(formData, 'briefId'));
  if (!parsed.success) return { ok: false, message: 'This page is out of date. Reload it and try again.' };
  const result = await trashBrief(getDb(), user, parsed.data);
  if (!result.ok) return failureState(result);
  revalidatePath('/editor/briefs');
  redirect(`/editor/briefs/${parsed.data}`);
}

export async function restoreFromTrashAction(_prev: BriefFormState | null, formData: FormData): Promise<BriefFormState> {
  const { user, denied } = await authorizeAction('CONTRIBUTOR');
  if (denied) return denied;
  const parsed = briefIdSchema.safeParse(text(formData, 'briefId'));
  if (!parsed.success) return { ok: false, message: 'This page is out of date. Reload it and try again.' };
  const result = await restoreFromTrash(getDb(), user, parsed.data);
  if (!result.ok) return failureState(result);
  revalidatePath('/editor/briefs');
  redirect(`/editor/briefs/${parsed.data}`);
}

/** Paragraphs to cite, found by article title or text, for the editor's citation picker. */
export async function searchParagraphsAction(query: string): Promise<ActionResult<CitableParagraph[]>> {
  const { denied } = await authorizeAction('CONTRIBUTOR');
  if (denied) return denied;
  const parsed = searchSchema.safeParse(query);
  if (!parsed.success) return { ok: true, data: [] };
  return { ok: true, data: await searchCitableParagraphs(parsed.data) };
}
