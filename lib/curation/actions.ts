'use server';

import { fieldErrors as zodFieldErrors } from '@/lib/platform/forms/form-input';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { entitiesMentionedIn } from '@/lib/articles/mentioned-entities';
import { formAction } from '@/lib/platform/actions/action-client';
import type { Result } from '@/lib/platform/result';
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

export type CurationFormState = Result & { values?: Partial<CurationFormValues>; conflict?: CurationConflict };
export type DecisionState = Result;

const UNAVAILABLE = 'That did not go through: the database could not be reached. Try again in a moment.';
const STALE = 'This form is out of date. Reload the page.';

const CURATION_FIELDS = ['title', 'authors', 'sourceId', 'newSource', 'publishedDate', 'tzOffset', 'era', 'note'] as const;
const NOT_SAVED = 'Nothing was saved: check the marked fields.';
const STALE_FORM = () => ({ ok: false as const, message: STALE });
const EDITOR_DECISION = { access: 'EDITOR', invalid: STALE_FORM, unavailable: UNAVAILABLE } as const;

/** Metadata shows on the article, in lists, on the pages of the entities it names and in briefs' notes. */
async function revalidateArticle(articleId: string): Promise<void> {
  const entityIds = await entitiesMentionedIn(getDb(), articleId).catch(() => null);
  invalidateFromAction(entityIds ? [...articleTags(articleId, entityIds), TAGS.briefs] : [TAGS.site]);
  revalidatePath('/editor/articles');
  revalidatePath(`/editor/articles/${articleId}`);
}

/** Editors and up: metadata the importer could not find, or got wrong. Empty fields fall back to it. */
export const saveCurationAction = formAction(
  {
    access: 'EDITOR',
    schema: curationSchema,
    keep: CURATION_FIELDS,
    // A bad date is marked with the schema's own errors, so the editor sees every problem at once.
    invalid: (error, values): CurationFormState => {
      const errors = zodFieldErrors(error);
      const date = parseEditorDate(values.publishedDate ?? '', values.tzOffset ?? '');
      if (!date.ok) for (const [field, messages] of Object.entries(date.fieldErrors ?? {})) (errors[field] ??= []).push(...messages);
      return { ok: false, message: NOT_SAVED, fieldErrors: errors, values };
    },
    unavailable: UNAVAILABLE,
  },
  async ({ articleId, title, authors, sourceId, newSource, era, note, baseSavedAt }, { user, values }): Promise<CurationFormState> => {
    const date = parseEditorDate(values.publishedDate ?? '', values.tzOffset ?? '');
    if (!date.ok) return { ok: false, message: NOT_SAVED, fieldErrors: date.fieldErrors };
    const source: SourceChoice = newSource ? { kind: 'new', name: newSource } : sourceId ? { kind: 'existing', id: sourceId } : { kind: 'parsed' };
    const result = await saveArticleCuration(getDb(), user.id, articleId, {
      title: title || null,
      authors,
      source,
      published: date.value,
      era: era || null,
      note: note || null,
      baseSavedAt: baseSavedAt || null,
    });
    if (!result.ok) return result;
    await revalidateArticle(articleId);
    redirect(`/editor/articles/${articleId}?done=metadata#metadata`);
  },
);

/** Editors and up: accept or reject a tagged mention; the page stays where the editor is. */
export const reviewMentionAction = formAction({ ...EDITOR_DECISION, schema: mentionDecisionSchema }, async ({ mentionId, decision }, { user }): Promise<DecisionState> => {
  const result = await reviewMention(getDb(), user.id, mentionId, decision);
  if (!result.ok) return result;
  invalidateFromAction([TAGS.article(result.value.articleId), TAGS.entity(result.value.entityId), TAGS.entities]);
  revalidatePath('/editor/articles');
  revalidatePath(`/editor/articles/${result.value.articleId}`);
  return { ok: true, message: decision === 'ACCEPTED' ? 'Accepted.' : 'Rejected: readers no longer see it.' };
});

/** Editors and up: one decision for every mention of an entity in the article, or every one still proposed. */
export const reviewMentionsBulkAction = formAction({ ...EDITOR_DECISION, schema: bulkMentionSchema }, async ({ articleId, entityId, decision }, { user }): Promise<DecisionState> => {
  const result = await reviewMentionsInBulk(getDb(), user.id, { articleId, entityId: entityId || null, decision });
  if (!result.ok) return result;
  const { count, entityIds } = result.value;
  if (count > 0) invalidateFromAction([TAGS.article(articleId), TAGS.entities, ...entityIds.map(TAGS.entity)]);
  revalidatePath('/editor/articles');
  revalidatePath(`/editor/articles/${articleId}`);
  if (count === 0) return { ok: true, message: 'Nothing to change: those mentions already have that decision.' };
  return { ok: true, message: `${decision === 'ACCEPTED' ? 'Accepted' : 'Rejected'} ${count} mention${count === 1 ? '' : 's'}.` };
});

function created(entity: { name: string; href: string }, mentions: number): DecisionState {
  return { ok: true, message: `Created ${entity.name} (${entity.href}), named ${mentions} time${mentions === 1 ? '' : 's'} in the articles.` };
}

/** Editors and up: a proposed name becomes an entity, and every article is re-tagged with it. */
export const acceptCandidateAction = formAction({ ...EDITOR_DECISION, schema: acceptCandidateSchema }, async ({ candidateId, type }, { user }): Promise<DecisionState> => {
  const result = await acceptCandidate(getDb(), user.id, candidateId, type);
  if (!result.ok) return result;
  // Every article was re-tagged, so every reader page may now link the new entity.
  invalidateFromAction([TAGS.site]);
  revalidatePath('/', 'layout');
  return created(result.value.entity, result.value.mentions);
});

/** Editors and up: the proposed name is not an entity; re-tagging will not propose it there again. */
export const rejectCandidateAction = formAction({ ...EDITOR_DECISION, schema: rejectCandidateSchema }, async ({ candidateId }, { user }): Promise<DecisionState> => {
  const result = await rejectCandidate(getDb(), user.id, candidateId);
  if (!result.ok) return result;
  revalidatePath('/editor/articles');
  revalidatePath(`/editor/articles/${result.value.articleId}`);
  return { ok: true, message: 'Rejected.' };
});

/** Editors and up: a name proposed across articles becomes an entity, and every article naming it is tagged. */
export const acceptCandidateGroupAction = formAction({ ...EDITOR_DECISION, schema: acceptCandidateGroupSchema }, async ({ normalized, type }, { user }): Promise<DecisionState> => {
  const result = await acceptCandidateGroup(getDb(), user.id, normalized, type);
  if (!result.ok) return result;
  invalidateFromAction([TAGS.site]);
  revalidatePath('/', 'layout');
  return created(result.value.entity, result.value.mentions);
});

/** Editors and up: the name is no entity; its proposals in every article are rejected. */
export const rejectCandidateGroupAction = formAction({ ...EDITOR_DECISION, schema: rejectCandidateGroupSchema }, async ({ normalized }, { user }): Promise<DecisionState> => {
  const result = await rejectCandidateGroup(getDb(), user.id, normalized);
  if (!result.ok) return result;
  revalidatePath('/editor/candidates');
  revalidatePath('/editor/articles', 'layout');
  const { name, sightings } = result.value;
  return { ok: true, message: `Rejected “${name}” in ${sightings} place${sightings === 1 ? '' : 's'}.` };
});
