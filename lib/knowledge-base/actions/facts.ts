'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formAction } from '@/lib/platform/actions/action-client';
import { invalidateFromAction } from '@/lib/platform/cache/invalidate';
import { TAGS } from '@/lib/platform/cache/tags';
import { getDb } from '@/lib/platform/db';
import { addFact, correctFact, retractFact, type FactInput, type FactWritten } from '@/lib/knowledge-base/facts';
import { correctFactSchema, factSchema, retractFactSchema, type FactFields } from '@/lib/knowledge-base/schema';
import { rowId } from '@/lib/summaries/schema';
import type { KbFormState } from './entities';
import type { Conflict, Result } from '@/lib/platform/result';

const UNAVAILABLE = 'That did not go through: the database could not be reached. Nothing was saved; try again in a moment.';
const INVALID = 'Nothing was saved: check the marked fields.';
const EDITOR_FORM = { access: 'EDITOR', keep: 'all', invalid: INVALID, unavailable: UNAVAILABLE } as const;

function toInput(f: FactFields): FactInput {
  return {
    kind: f.kind,
    subject: f.subject,
    object: f.object,
    role: f.role || null,
    from: f.from,
    to: f.to,
    support:
      f.supportKind === 'paragraph'
        ? { kind: 'paragraph', citation: f.citation, quote: f.quote }
        : { kind: 'reference', url: f.url, publication: f.publication, title: f.title, published: f.published, quote: f.quote },
  };
}

async function finish(result: Result<FactWritten, { conflict?: Conflict }>, back: string, done: string): Promise<KbFormState> {
  if (!result.ok) return result;
  // The fact shows on the pages of both its ends (infoboxes, fact lists); /compare reads facts on each request.
  invalidateFromAction(result.value.entityIds.map(TAGS.entity));
  for (const id of result.value.entityIds) revalidatePath(`/editor/entities/${id}`);
  redirect(`/editor/entities/${back}?done=${done}#facts`);
}

function backTo(values: Record<string, string>): string | null {
  const parsed = rowId.safeParse(values.entityId ?? '');
  return parsed.success ? parsed.data : null;
}

const NO_WAY_BACK: KbFormState = { ok: false, message: INVALID, fieldErrors: {} };

export const addFactAction = formAction({ ...EDITOR_FORM, schema: factSchema }, async (fact, { user, values }): Promise<KbFormState> => {
  const back = backTo(values);
  if (!back) return NO_WAY_BACK;
  return finish(await addFact(getDb(), user.id, toInput(fact)), back, 'fact-added');
});

export const correctFactAction = formAction({ ...EDITOR_FORM, schema: correctFactSchema }, async ({ factId, version, reason, ...fields }, { user, values }): Promise<KbFormState> => {
  const back = backTo(values);
  if (!back) return NO_WAY_BACK;
  return finish(await correctFact(getDb(), user.id, factId, version, toInput(fields), reason), back, 'fact-corrected');
});

export const retractFactAction = formAction({ ...EDITOR_FORM, schema: retractFactSchema }, async ({ factId, version, reason }, { user, values }): Promise<KbFormState> => {
  const back = backTo(values);
  if (!back) return NO_WAY_BACK;
  return finish(await retractFact(getDb(), user.id, factId, version, reason), back, 'fact-retracted');
});
