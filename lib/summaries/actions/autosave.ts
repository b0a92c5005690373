'use server';

import { authorizeAction } from '@/lib/platform/auth/session';
import { getDb } from '@/lib/platform/db';
import { unlessDatabaseAway } from '@/lib/platform/db/unavailable';
import { renderPlain, type MarkdownProblem } from '@/lib/formats/markdown';
import { autosaveSummary } from '@/lib/summaries/autosave';
import { autosaveSummarySchema, summaryPreviewSchema } from '@/lib/summaries/schema';
import type { SummaryHtml } from '@/lib/summaries/types';
import type { ActionResult } from '@/lib/platform/auth/session';
import type { SaveDraftActionResult } from '../../briefs/actions/editing';

const UNAVAILABLE = 'Saving failed: the database could not be reached. Your text is kept in this browser; it is saved when the database is back.';

/**
 * Contributors and up: the summary editor's autosave, in the brief editor's terms (a summary has
 * no title; the version is its updatedAt in milliseconds). Drafts are not what readers see, so no
 * cache is touched, and the editor page is not refreshed under the author's typing.
 */
export async function autosaveSummaryAction(input: {
  targetKind: 'article' | 'entity';
  targetId: string;
  body: string;
  baseVersion: number;
}): Promise<SaveDraftActionResult> {
  const { user, denied } = await authorizeAction('CONTRIBUTOR');
  if (denied) return denied;
  const parsed = autosaveSummarySchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? 'The summary could not be read.' };
  const { targetKind, targetId, body, baseVersion } = parsed.data;
  const result = await unlessDatabaseAway(UNAVAILABLE, () => autosaveSummary(getDb(), user.id, { target: { kind: targetKind, id: targetId }, body, baseVersion }));
  if (result.ok) return { ok: true, data: { version: result.version, savedAt: result.savedAt.toISOString() } };
  const theirs = 'conflict' in result ? result.conflict : undefined;
  if (!theirs) return { ok: false, message: result.message };
  return {
    ok: false,
    message: result.message,
    conflict: { theirs: { title: '', body: theirs.body, version: theirs.version, updatedAt: theirs.updatedAt.toISOString(), by: theirs.by }, yours: { title: '', body } },
  };
}

/** Contributors and up: the draft rendered exactly as readers get a summary (sanitized Markdown). */
export async function summaryPreviewAction(input: { markdown: string }): Promise<ActionResult<{ html: SummaryHtml; problems: MarkdownProblem[] }>> {
  const { denied } = await authorizeAction('CONTRIBUTOR');
  if (denied) return denied;
  const parsed = summaryPreviewSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? 'The text could not be read.' };
  // renderPlain sanitizes its output (lib/formats/markdown/sanitize-schema.ts).
  return { ok: true, data: { html: renderPlain(parsed.data.markdown) as SummaryHtml, problems: [] } };
}
