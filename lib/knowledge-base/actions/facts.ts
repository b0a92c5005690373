'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { authorizeAction } from '@/lib/platform/auth/session';
import { invalidateFromAction } from '@/lib/platform/cache/invalidate';
import { TAGS } from '@/lib/platform/cache/tags';
import { getDb } from '@/lib/platform/db';
import { formEntries } from '@/lib/platform/forms/form-input';
import { addFact, correctFact, retractFact, type FactInput, type FactWritten } from '@/lib/knowledge-base/facts';
import type { KbOutcome } from '@/lib/knowledge-base/outcome';
import { fieldErrors } from '@/lib/platform/forms/form-input';
import { correctFactSchema, factSchema, retractFactSchema, type FactFields } from '@/lib/knowledge-base/schema';
import { rowId } from '@/lib/summaries/schema';
import type { KbFormState } from './entities';
import { unlessDatabaseAway } from '@/lib/platform/db/unavailable';

const UNAVAILABLE = 'That did not go through: the database could not be reached. Nothing was saved; try again in a moment.';
const INVALID = 'Nothing was saved: check the marked fields.';

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

async function finish(result: KbOutcome<FactWritten>, values: Record<string, string>, back: string, done: string): Promise<KbFormState> {
  if (!result.ok) return { ok: false, message: result.message, ...(result.fieldErrors ? { fieldErrors: result.fieldErrors } : {}), ...(result.conflict ? { conflict: result.conflict } : {}), values };
  // The fact shows on the pages of both its ends (infoboxes, fact lists); /compare reads facts on each request.
  invalidateFromAction(result.value.entityIds.map(TAGS.entity));
  for (const id of result.value.entityIds) revalidatePath(`/editor/entities/${id}`);
  redirect(`/editor/entities/${back}?done=${done}#facts`);
}

function backTo(values: Record<string, string>): string | null {
  const parsed = rowId.safeParse(values.entityId ?? '');
  return parsed.success ? parsed.data : null;
}

export async function addFactAction(_prev: KbFormState, formData: FormData): Promise<KbFormState> {
  const auth = await authorizeAction('EDITOR');
  const values = formEntries(formData);
  if (auth.denied) return { ...auth.denied, values };
  const parsed = factSchema.safeParse(values);
  const back = backTo(values);
  if (!parsed.success || !back) return { ok: false, message: INVALID, fieldErrors: parsed.success ? {} : fieldErrors(parsed.error), values };
  const result = await unlessDatabaseAway(UNAVAILABLE, () => addFact(getDb(), auth.user.id, toInput(parsed.data)));
  return finish(result, values, back, 'fact-added');
}

export async function correctFactAction(_prev: KbFormState, formData: FormData): Promise<KbFormState> {
  const auth = await authorizeAction('EDITOR');
  const values = formEntries(formData);
  if (auth.denied) return { ...auth.denied, values };
  const parsed = correctFactSchema.safeParse(values);
  const back = backTo(values);
  if (!parsed.success || !back) return { ok: false, message: INVALID, fieldErrors: parsed.success ? {} : fieldErrors(parsed.error), values };
  const { factId, version, reason, ...fields } = parsed.data;
  const result = await unlessDatabaseAway(UNAVAILABLE, () => correctFact(getDb(), auth.user.id, factId, version, toInput(fields), reason));
  return finish(result, values, back, 'fact-corrected');
}

export async function retractFactAction(_prev: KbFormState, formData: FormData): Promise<KbFormState> {
  const auth = await authorizeAction('EDITOR');
  const values = formEntries(formData);
  if (auth.denied) return { ...auth.denied, values };
  const parsed = retractFactSchema.safeParse(values);
  const back = backTo(values);
  if (!parsed.success || !back) return { ok: false, message: INVALID, fieldErrors: parsed.success ? {} : fieldErrors(parsed.error), values };
  const result = await unlessDatabaseAway(UNAVAILABLE, () => retractFact(getDb(), auth.user.id, parsed.data.factId, parsed.data.version, parsed.data.reason));
  return finish(result, values, back, 'fact-retracted');
}
