'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { callAction, formAction } from '@/lib/platform/actions/action-client';
import { invalidateFromAction } from '@/lib/platform/cache/invalidate';
import { TAGS } from '@/lib/platform/cache/tags';
import { getDb } from '@/lib/platform/db';
import { createEntity, renameSlug, setRetired, updateEntity } from '@/lib/knowledge-base/entities';
import { mergeEntities } from '@/lib/knowledge-base/merge';
import { addName, removeName, setNameAmbiguous } from '@/lib/knowledge-base/names';
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
import { ok, type Conflict, type Result } from '@/lib/platform/result';
import { rowId } from '@/lib/summaries/schema';

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
const STALE_FORM = () => ({ ok: false as const, message: 'This form is out of date. Reload the page.' });
const EDITOR_FORM = { access: 'EDITOR', keep: 'all', invalid: INVALID, unavailable: UNAVAILABLE } as const;

/** Re-tags the affected articles in the job queue (any instance's worker); the job expires the pages it changed. */
async function startRetag(jobId: string | null): Promise<void> {
  if (jobId) await queueRetag(jobId);
}

function refreshEditor(entityId: string): void {
  revalidatePath('/editor/entities');
  revalidatePath(`/editor/entities/${entityId}`);
}

export const createEntityAction = formAction({ ...EDITOR_FORM, schema: createEntitySchema }, async ({ type, lang, ...fields }, { user }): Promise<KbFormState> => {
  const result = await createEntity(getDb(), user.id, type, fields, lang);
  if (!result.ok) return result;
  invalidateFromAction([TAGS.entities, TAGS.entity(result.value.id)]);
  await startRetag(result.value.retagJobId);
  revalidatePath('/editor/entities');
  redirect(`/editor/entities/${result.value.id}?done=created`);
});

export const updateEntityAction = formAction({ ...EDITOR_FORM, schema: updateEntitySchema }, async ({ entityId, version, ...fields }, { user }): Promise<KbFormState> => {
  const result = await updateEntity(getDb(), user.id, entityId, version, fields);
  if (!result.ok) return result;
  invalidateFromAction(await pagesShowingEntity(getDb(), entityId).catch(() => [TAGS.site]));
  await startRetag(result.value.retagJobId);
  refreshEditor(entityId);
  redirect(`/editor/entities/${entityId}?done=saved`);
});

/** A new address: links everywhere change, so every cached page is expired; the old one redirects. */
export const renameSlugAction = formAction({ ...EDITOR_FORM, schema: renameSlugSchema }, async ({ entityId, version, slug }, { user }): Promise<KbFormState> => {
  const result = await renameSlug(getDb(), user.id, entityId, version, slug);
  if (!result.ok) return result;
  invalidateFromAction([TAGS.site]);
  refreshEditor(entityId);
  redirect(`/editor/entities/${entityId}?done=slug`);
});

export const retireEntityAction = formAction({ ...EDITOR_FORM, schema: retireSchema }, async ({ entityId, version, retire, reason }, { user }): Promise<KbFormState> => {
  const result = await setRetired(getDb(), user.id, entityId, version, retire === 'yes', reason);
  if (!result.ok) return result;
  // Links to it appear and disappear on every kind of page.
  invalidateFromAction([TAGS.site]);
  refreshEditor(entityId);
  redirect(`/editor/entities/${entityId}?done=${retire === 'yes' ? 'retired' : 'restored'}`);
});

export const mergeEntityAction = formAction({ ...EDITOR_FORM, schema: mergeSchema }, async ({ entityId, version, duplicate }, { user }): Promise<KbFormState> => {
  const result = await mergeEntities(getDb(), user.id, entityId, version, duplicate);
  if (!result.ok) return result;
  invalidateFromAction([TAGS.site]);
  await startRetag(result.value.retagJobId);
  refreshEditor(entityId);
  redirect(`/editor/entities/${entityId}?done=merged`);
});

async function afterNameChange(result: Result<{ entityId: string; retagJobId: string }, { conflict?: Conflict }>, done: string): Promise<KbFormState> {
  if (!result.ok) return result;
  invalidateFromAction([TAGS.entity(result.value.entityId), TAGS.entities]);
  await startRetag(result.value.retagJobId);
  refreshEditor(result.value.entityId);
  return { ok: true, message: `${done} The articles that could name it are being re-tagged.` };
}

export const addNameAction = formAction({ ...EDITOR_FORM, schema: addNameSchema }, async ({ entityId, name, lang, kind, ambiguous }, { user }) =>
  afterNameChange(await addName(getDb(), user.id, entityId, { name, lang, kind, ambiguous: ambiguous === 'on' }), `Added “${name.trim()}”.`),
);

export const removeNameAction = formAction({ ...EDITOR_FORM, schema: nameIdSchema, invalid: STALE_FORM }, async ({ nameId }, { user }) =>
  afterNameChange(await removeName(getDb(), user.id, nameId), 'Removed.'),
);

export const setNameAmbiguousAction = formAction({ ...EDITOR_FORM, schema: ambiguousSchema, invalid: STALE_FORM }, async ({ nameId, ambiguous }, { user }) =>
  afterNameChange(await setNameAmbiguous(getDb(), user.id, nameId, ambiguous === 'yes'), ambiguous === 'yes' ? 'Marked ambiguous.' : 'No longer ambiguous.'),
);

/** For the progress bar of a re-tagging job. */
export const retagProgressAction = callAction(
  { access: 'EDITOR', schema: rowId, invalid: () => ({ ok: false as const, message: 'Not a valid id.' }) },
  async (entityId): Promise<Result<RetagProgress | null>> => ok(await retagProgress(getDb(), entityId).catch(() => null)),
);
