'use server';

import { callAction } from '@/lib/platform/actions/action-client';
import { getDb } from '@/lib/platform/db';
import { firstIssue } from '@/lib/platform/forms/form-input';
import { renderPlain, type MarkdownProblem } from '@/lib/formats/markdown';
import { autosaveSummary } from '@/lib/summaries/autosave';
import { autosaveSummarySchema, summaryPreviewSchema } from '@/lib/summaries/schema';
import type { SummaryHtml } from '@/lib/summaries/types';
import { ok, type Result } from '@/lib/platform/result';
import type { SaveDraftActionResult } from '../../briefs/actions/editing';

const UNAVAILABLE = 'Saving failed: the database could not be reached. Your text is kept in this browser; it is saved when the database is back.';

/**
 * Contributors and up: the summary editor's autosave, in the brief editor's terms (a summary has
 * no title; the version is its updatedAt in milliseconds). Drafts are not what readers see, so no
 * cache is touched, and the editor page is not refreshed under the author's typing.
 */
export const autosaveSummaryAction = callAction(
  {
    access: 'CONTRIBUTOR',
    schema: autosaveSummarySchema,
    invalid: (error): SaveDraftActionResult => ({ ok: false, message: firstIssue(error, 'The summary could not be read.') }),
    unavailable: UNAVAILABLE,
  },
  async ({ targetKind, targetId, body, baseVersion }, { user }): Promise<SaveDraftActionResult> => {
    const result = await autosaveSummary(getDb(), user.id, { target: { kind: targetKind, id: targetId }, body, baseVersion });
    if (result.ok) return ok({ version: result.value.version, savedAt: result.value.savedAt.toISOString() });
    const theirs = result.conflict;
    if (!theirs) return { ok: false, message: result.message };
    return {
      ok: false,
      message: result.message,
      conflict: { theirs: { title: '', body: theirs.body, version: theirs.version, updatedAt: theirs.updatedAt.toISOString(), by: theirs.by }, yours: { title: '', body } },
    };
  },
);

/** Contributors and up: the draft rendered exactly as readers get a summary (sanitized Markdown). */
export const summaryPreviewAction = callAction(
  {
    access: 'CONTRIBUTOR',
    schema: summaryPreviewSchema,
    invalid: (error): Result<{ html: SummaryHtml; problems: MarkdownProblem[] }> => ({ ok: false, message: firstIssue(error, 'The text could not be read.') }),
  },
  async ({ markdown }): Promise<Result<{ html: SummaryHtml; problems: MarkdownProblem[] }>> =>
    // renderPlain sanitizes its output (lib/formats/markdown/sanitize-schema.ts).
    ({ ok: true, value: { html: renderPlain(markdown) as SummaryHtml, problems: [] } }),
);
