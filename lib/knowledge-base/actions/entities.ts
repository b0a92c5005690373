'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { authorizeAction, type ActionResult } from '@/lib/platform/auth/session';
import { invalidateFromAction } from '@/lib/platform/cache/invalidate';
import { TAGS } from '@/lib/platform/cache/tags';
import { getDb } from '@/lib/platform/db';
import { fieldErrors, formEntries } from '@/lib/platform/forms/form-input';
import { createEntity, renameSlug, setRetired, updateEntity } from '@/lib/knowledge-base/entities';
import { mergeEntities } from '@/lib/knowledge-base/merge';
import { addName, removeName, setNameAmbiguous } from '@/lib/knowledge-base/names';
import type { Conflict, KbOutcome } from '@/lib/knowledge-base/outcome';
import { pagesShowingEntity } from '@/lib/knowledge-base/pages';
import { queueRetag } from '@/lib/platform/jobs/app-queue';
import { retagProgress, type RetagProgress } from '@/lib/knowledge-base/retag-jobs';
import {
  addNameSchema,
  ambiguousSchema,
  createEntitySchema,
  mergeSchema,
  nameIdSchema,
  renameSlugSchema,
  retireSchema,
  updateEntitySchema,
} from '@/lib/knowledge-base/schema';
import { rowId } from '@/lib/summaries/schema';
import { unlessDatabaseAway } from '@/lib/platform/db/unavailable';

/** What every knowledge-base form gets back: the typed values are kept, and a refused save shows theirs. */
export interface KbFormState {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string>;
  conflict?: Conflict;
}

const UNAVAILABLE = 'That did not go through: the database could not be reached. Nothing was saved; try again in a moment.';
const INVALID = 'Nothing was saved: check the marked fields.';

function refused(result: Extract<KbOutcome<unknown>, { ok: false }>, values: Record<string, string>): KbFormState {
  return { ok: false, message: result.message, ...(result.fieldErrors ? { fieldErrors: result.fieldErrors } : {}), ...(result.conflict ? { conflict: result.conflict } : {}), values };
}

/** Re-tags the affected articles in the job queue (any instance's worker); the job expires the pages it changed. */
async function startRetag(jobId: string | null): Promise<void> {
  if (jobId) await queueRetag(jobId);
}

function refreshEditor(entityId: string): void {
  revalidatePath('/editor/entities');
  revalidatePath(`/editor/entities/${entityId}`);
}

export async function createEntityAction(_prev: KbFormState, formData: FormData): Promise<KbFormState> {
  const auth = await authorizeAction('EDITOR');
  const values = formEntries(formData);
  if (auth.denied) return { ...auth.denied, values };
  const parsed = createEntitySchema.safeParse(values);
  if (!parsed.success) return { ok: false, message: INVALID, fieldErrors: fieldErrors(parsed.error), values };
  const { type, lang, ...fields } = parsed.data;
  const result = await unlessDatabaseAway(UNAVAILABLE, () => createEntity(getDb(), auth.user.id, type, fields, lang));
  if (!result.ok) return refused(result, values);
  invalidateFromAction([TAGS.entities, TAGS.entity(result.value.id)]);
  await startRetag(result.value.retagJobId);
  revalidatePath('/editor/entities');
  redirect(`/editor/entities/${result.value.id}?done=created`);
}

export async function updateEntityAction(_prev: KbFormState, formData: FormData): Promise<KbFormState> {
  const auth = await authorizeAction('EDITOR');
  const values = formEntries(formData);
  if (auth.denied) return { ...auth.denied, values };
  const parsed = updateEntitySchema.safeParse(values);
  if (!parsed.success) return { ok: false, message: INVALID, fieldErrors: fieldErrors(parsed.error), values };
  const { entityId, version, ...fields } = parsed.data;
  const result = await unlessDatabaseAway(UNAVAILABLE, () => updateEntity(getDb(), auth.user.id, entityId, version, fields));
  if (!result.ok) return refused(result, values);
  invalidateFromAction(await pagesShowingEntity(getDb(), entityId).catch(() => [TAGS.site]));
  await startRetag(result.value.retagJobId);
  refreshEditor(entityId);
  redirect(`/editor/entities/${entityId}?done=saved`);
}

/** A new address: links everywhere change, so every cached page is expired; the old one redirects. */
export async function renameSlugAction(_prev: KbFormState, formData: FormData): Promise<KbFormState> {
  const auth = await authorizeAction('EDITOR');
  const values = formEntries(formData);
  if (auth.denied) return { ...auth.denied, values };
  const parsed = renameSlugSchema.safeParse(values);
  if (!parsed.success) return { ok: false, message: INVALID, fieldErrors: fieldErrors(parsed.error), values };
  const { entityId, version, slug } = parsed.data;
  const result = await unlessDatabaseAway(UNAVAILABLE, () => renameSlug(getDb(), auth.user.id, entityId, version, slug));
  if (!result.ok) return refused(result, values);
  invalidateFromAction([TAGS.site]);
  refreshEditor(entityId);
  redirect(`/editor/entities/${entityId}?done=slug`);
}

export async function retireEntityAction(_prev: KbFormState, formData: FormData): Promise<KbFormState> {
  const auth = await authorizeAction('EDITOR');
  const values = formEntries(formData);
  if (auth.denied) return { ...auth.denied, values };
  const parsed = retireSchema.safeParse(values);
  if (!parsed.success) return { ok: false, message: INVALID, fieldErrors: fieldErrors(parsed.error), values };
  const { entityId, version, retire, reason } = parsed.data;
  const result = await unlessDatabaseAway(UNAVAILABLE, () => setRetired(getDb(), auth.user.id, entityId, version, retire === 'yes', reason));
  if (!result.ok) return refused(result, values);
  // Links to it appear and disappear on every kind of page.
  invalidateFromAction([TAGS.site]);
  refreshEditor(entityId);
  redirect(`/editor/entities/${entityId}?done=${retire === 'yes' ? 'retired' : 'restored'}`);
}

export async function mergeEntityAction(_prev: KbFormState, formData: FormData): Promise<KbFormState> {
  const auth = await authorizeAction('EDITOR');
  const values = formEntries(formData);
  if (auth.denied) return { ...auth.denied, values };
  const parsed = mergeSchema.safeParse(values);
  if (!parsed.success) return { ok: false, message: INVALID, fieldErrors: fieldErrors(parsed.error), values };
  const { entityId, version, duplicate } = parsed.data;
  const result = await unlessDatabaseAway(UNAVAILABLE, () => mergeEntities(getDb(), auth.user.id, entityId, version, duplicate));
  if (!result.ok) return refused(result, values);
  invalidateFromAction([TAGS.site]);
  await startRetag(result.value.retagJobId);
  refreshEditor(entityId);
  redirect(`/editor/entities/${entityId}?done=merged`);
}

async function afterNameChange(result: KbOutcome<{ entityId: string; retagJobId: string }>, values: Record<string, string>, done: string): Promise<KbFormState> {
  if (!result.ok) return refused(result, values);
  invalidateFromAction([TAGS.entity(result.value.entityId), TAGS.entities]);
  await startRetag(result.value.retagJobId);
  refreshEditor(result.value.entityId);
  return { ok: true, message: `${done} The articles that could name it are being re-tagged.` };
}

export async function addNameAction(_prev: KbFormState, formData: FormData): Promise<KbFormState> {
  const auth = await authorizeAction('EDITOR');
  const values = formEntries(formData);
  if (auth.denied) return { ...auth.denied, values };
  const parsed = addNameSchema.safeParse(values);
  if (!parsed.success) return { ok: false, message: INVALID, fieldErrors: fieldErrors(parsed.error), values };
  const { entityId, name, lang, kind, ambiguous } = parsed.data;
  const result = await unlessDatabaseAway(UNAVAILABLE, () => addName(getDb(), auth.user.id, entityId, { name, lang, kind, ambiguous: ambiguous === 'on' }));
  return afterNameChange(result, values, `Added “${name.trim()}”.`);
}

export async function removeNameAction(_prev: KbFormState, formData: FormData): Promise<KbFormState> {
  const auth = await authorizeAction('EDITOR');
  const values = formEntries(formData);
  if (auth.denied) return { ...auth.denied, values };
  const parsed = nameIdSchema.safeParse(values);
  if (!parsed.success) return { ok: false, message: 'This form is out of date. Reload the page.' };
  const result = await unlessDatabaseAway(UNAVAILABLE, () => removeName(getDb(), auth.user.id, parsed.data.nameId));
  return afterNameChange(result, values, 'Removed.');
}

export async function setNameAmbiguousAction(_prev: KbFormState, formData: FormData): Promise<KbFormState> {
  const auth = await authorizeAction('EDITOR');
  const values = formEntries(formData);
  if (auth.denied) return { ...auth.denied, values };
  const parsed = ambiguousSchema.safeParse(values);
  if (!parsed.success) return { ok: false, message: 'This form is out of date. Reload the page.' };
  const result = await unlessDatabaseAway(UNAVAILABLE, () => setNameAmbiguous(getDb(), auth.user.id, parsed.data.nameId, parsed.data.ambiguous === 'yes'));
  return afterNameChange(result, values, parsed.data.ambiguous === 'yes' ? 'Marked ambiguous.' : 'No longer ambiguous.');
}

/** For the progress bar of a re-tagging job. */
export async function retagProgressAction(entityId: string): Promise<ActionResult<RetagProgress | null>> {
  const auth = await authorizeAction('EDITOR');
  if (auth.denied) return auth.denied;
  const parsed = rowId.safeParse(entityId);
  if (!parsed.success) return { ok: false, message: 'Not a valid id.' };
  return { ok: true, data: await retagProgress(getDb(), parsed.data).catch(() => null) };
}
