'use server';

import { formEntries, formField } from '@/lib/platform/forms/form-input';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { entitiesMentionedIn } from '@/lib/articles/mentioned-entities';
import { authorizeAction, type ActionResult } from '@/lib/platform/auth/session';
import { articleTags, invalidateFromAction } from '@/lib/platform/cache/invalidate';
import { TAGS } from '@/lib/platform/cache/tags';
import { acceptCandidate, acceptCandidateGroup, rejectCandidate, rejectCandidateGroup } from '@/lib/curation/candidates';
import { parseEditorDate } from '@/lib/curation/date-input';
import { reviewMention } from '@/lib/curation/mentions';
import { reviewMentionsInBulk } from '@/lib/curation/mentions-bulk';
import { saveArticleCuration, type CurationConflict } from '@/lib/curation/metadata';
import {
  acceptCandidateGroupSchema,
  acceptCandidateSchema,
  bulkMentionSchema,
  curationSchema,
  mentionDecisionSchema,
  rejectCandidateGroupSchema,
  rejectCandidateSchema,
} from '@/lib/curation/schema';
import type { SourceChoice } from '@/lib/curation/types';
import { getDb } from '@/lib/platform/db';
import { unlessDatabaseAway } from '@/lib/platform/db/unavailable';

export interface CurationFormValues {
  title: string;
  authors: string;
  sourceId: string;
  newSource: string;
  publishedDate: string;
  tzOffset: string;
  era: string;
  note: string;
}

export type CurationFormState = ActionResult & { values?: CurationFormValues; conflict?: CurationConflict };
export type DecisionState = ActionResult;

const UNAVAILABLE = 'That did not go through: the database could not be reached. Try again in a moment.';
const STALE = 'This form is out of date. Reload the page.';

function typed(formData: FormData): CurationFormValues {
  const get = (k: keyof CurationFormValues) => formField(formData, k);
  return {
    title: get('title'),
    authors: get('authors'),
    sourceId: get('sourceId'),
    newSource: get('newSource'),
    publishedDate: get('publishedDate'),
    tzOffset: get('tzOffset'),
    era: get('era'),
    note: get('note'),
  };
}

/** Metadata shows on the article, in lists, on the pages of the entities it names and in briefs' notes. */
async function revalidateArticle(articleId: string): Promise<void> {
  const entityIds = await entitiesMentionedIn(getDb(), articleId).catch(() => null);
  invalidateFromAction(entityIds ? [...articleTags(articleId, entityIds), TAGS.briefs] : [TAGS.site]);
  revalidatePath('/editor/articles');
  revalidatePath(`/editor/articles/${articleId}`);
}

/** Editors and up: metadata the importer could not find, or got wrong. Empty fields fall back to it. */
export async function saveCurationAction(_prev: CurationFormState, formData: FormData): Promise<CurationFormState> {
  const auth = await authorizeAction('EDITOR');
  const values = typed(formData);
  if (auth.denied) return { ...auth.denied, values };
  const parsed = curationSchema.safeParse(formEntries(formData));
  const date = parseEditorDate(values.publishedDate, values.tzOffset);
  if (!parsed.success || !date.ok) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error?.issues ?? []) (fieldErrors[String(issue.path[0] ?? 'form')] ??= []).push(issue.message);
    if (!date.ok) (fieldErrors[date.field] ??= []).push(date.message);
    return { ok: false, message: 'Nothing was saved: check the marked fields.', fieldErrors, values };
  }
  const { articleId, title, authors, sourceId, newSource, era, note, baseSavedAt } = parsed.data;
  const source: SourceChoice = newSource ? { kind: 'new', name: newSource } : sourceId ? { kind: 'existing', id: sourceId } : { kind: 'parsed' };
  const result = await unlessDatabaseAway(UNAVAILABLE, () =>
    saveArticleCuration(getDb(), auth.user.id, articleId, {
      title: title || null,
      authors,
      source,
      published: date.value,
      era: era || null,
      note: note || null,
      baseSavedAt: baseSavedAt || null,
    }),
  );
  if (!result.ok) return { ...result, values };
  await revalidateArticle(articleId);
  redirect(`/editor/articles/${articleId}?done=metadata#metadata`);
}

/** Editors and up: accept or reject a tagged mention; the page stays where the editor is. */
export async function reviewMentionAction(_prev: DecisionState, formData: FormData): Promise<DecisionState> {
  const auth = await authorizeAction('EDITOR');
  if (auth.denied) return auth.denied;
  const parsed = mentionDecisionSchema.safeParse(formEntries(formData));
  if (!parsed.success) return { ok: false, message: STALE };
  const result = await unlessDatabaseAway(UNAVAILABLE, () => reviewMention(getDb(), auth.user.id, parsed.data.mentionId, parsed.data.decision));
  if (!result.ok) return result;
  invalidateFromAction([TAGS.article(result.value.articleId), TAGS.entity(result.value.entityId), TAGS.entities]);
  revalidatePath('/editor/articles');
  revalidatePath(`/editor/articles/${result.value.articleId}`);
  return { ok: true, message: parsed.data.decision === 'ACCEPTED' ? 'Accepted.' : 'Rejected: readers no longer see it.' };
}

/** Editors and up: one decision for every mention of an entity in the article, or every one still proposed. */
export async function reviewMentionsBulkAction(_prev: DecisionState, formData: FormData): Promise<DecisionState> {
  const auth = await authorizeAction('EDITOR');
  if (auth.denied) return auth.denied;
  const parsed = bulkMentionSchema.safeParse(formEntries(formData));
  if (!parsed.success) return { ok: false, message: STALE };
  const { articleId, entityId, decision } = parsed.data;
  const result = await unlessDatabaseAway(UNAVAILABLE, () => reviewMentionsInBulk(getDb(), auth.user.id, { articleId, entityId: entityId || null, decision }));
  if (!result.ok) return result;
  const { count, entityIds } = result.value;
  if (count > 0) invalidateFromAction([TAGS.article(articleId), TAGS.entities, ...entityIds.map(TAGS.entity)]);
  revalidatePath('/editor/articles');
  revalidatePath(`/editor/articles/${articleId}`);
  if (count === 0) return { ok: true, message: 'Nothing to change: those mentions already have that decision.' };
  return { ok: true, message: `${decision === 'ACCEPTED' ? 'Accepted' : 'Rejected'} ${count} mention${count === 1 ? '' : 's'}.` };
}

/** Editors and up: a proposed name becomes an entity, and every article is re-tagged with it. */
export async function acceptCandidateAction(_prev: DecisionState, formData: FormData): Promise<DecisionState> {
  const auth = await authorizeAction('EDITOR');
  if (auth.denied) return auth.denied;
  const parsed = acceptCandidateSchema.safeParse(formEntries(formData));
  if (!parsed.success) return { ok: false, message: STALE };
  const result = await unlessDatabaseAway(UNAVAILABLE, () => acceptCandidate(getDb(), auth.user.id, parsed.data.candidateId, parsed.data.type));
  if (!result.ok) return result;
  // Every article was re-tagged, so every reader page may now link the new entity.
  invalidateFromAction([TAGS.site]);
  revalidatePath('/', 'layout');
  const { entity, mentions } = result.value;
  return { ok: true, message: `Created ${entity.name} (${entity.href}), named ${mentions} time${mentions === 1 ? '' : 's'} in the articles.` };
}

/** Editors and up: the proposed name is not an entity; re-tagging will not propose it there again. */
export async function rejectCandidateAction(_prev: DecisionState, formData: FormData): Promise<DecisionState> {
  const auth = await authorizeAction('EDITOR');
  if (auth.denied) return auth.denied;
  const parsed = rejectCandidateSchema.safeParse(formEntries(formData));
  if (!parsed.success) return { ok: false, message: STALE };
  const result = await unlessDatabaseAway(UNAVAILABLE, () => rejectCandidate(getDb(), auth.user.id, parsed.data.candidateId));
  if (!result.ok) return result;
  revalidatePath('/editor/articles');
  revalidatePath(`/editor/articles/${result.value.articleId}`);
  return { ok: true, message: 'Rejected.' };
}

/** Editors and up: a name proposed across articles becomes an entity, and every article naming it is tagged. */
export async function acceptCandidateGroupAction(_prev: DecisionState, formData: FormData): Promise<DecisionState> {
  const auth = await authorizeAction('EDITOR');
  if (auth.denied) return auth.denied;
  const parsed = acceptCandidateGroupSchema.safeParse(formEntries(formData));
  if (!parsed.success) return { ok: false, message: STALE };
  const result = await unlessDatabaseAway(UNAVAILABLE, () => acceptCandidateGroup(getDb(), auth.user.id, parsed.data.normalized, parsed.data.type));
  if (!result.ok) return result;
  invalidateFromAction([TAGS.site]);
  revalidatePath('/', 'layout');
  const { entity, mentions } = result.value;
  return { ok: true, message: `Created ${entity.name} (${entity.href}), named ${mentions} time${mentions === 1 ? '' : 's'} in the articles.` };
}

/** Editors and up: the name is no entity; its proposals in every article are rejected. */
export async function rejectCandidateGroupAction(_prev: DecisionState, formData: FormData): Promise<DecisionState> {
  const auth = await authorizeAction('EDITOR');
  if (auth.denied) return auth.denied;
  const parsed = rejectCandidateGroupSchema.safeParse(formEntries(formData));
  if (!parsed.success) return { ok: false, message: STALE };
  const result = await unlessDatabaseAway(UNAVAILABLE, () => rejectCandidateGroup(getDb(), auth.user.id, parsed.data.normalized));
  if (!result.ok) return result;
  revalidatePath('/editor/candidates');
  revalidatePath('/editor/articles', 'layout');
  const { name, sightings } = result.value;
  return { ok: true, message: `Rejected “${name}” in ${sightings} place${sightings === 1 ? '' : 's'}.` };
}
