'use client';

import { useActionState, useCallback, useMemo } from 'react';
import { ConflictView } from '@/components/briefs/editor/conflict-view';
import { KeptText, RestoreOffer } from '@/components/briefs/editor/recovery-banners';
import { SaveStatus } from '@/components/briefs/editor/save-status';
import { useAutosave, type SaveDraft, type Validate } from '@/components/briefs/editor/use-autosave';
import { usePreview } from '@/components/briefs/editor/use-preview';
import { saveSummaryAction, type SummaryFormState } from '@/lib/summaries/actions/review';
import { autosaveSummaryAction, summaryPreviewAction } from '@/lib/summaries/actions/autosave';
import { SUMMARY_MAX_LENGTH } from '@/lib/summaries/types';
import { FieldError, FormMessage } from '@/components/ui/form-message';
import { SummaryHtmlBody } from './summary-html';

interface Props {
  targetKind: 'article' | 'entity';
  targetId: string;
  draftBody: string;
  /** The version the form starts from; empty for a new summary. */
  baseUpdatedAt: string;
  inReview: boolean;
}

const initial: SummaryFormState = { ok: true };

const summaryProblem: Validate = ({ body }) =>
  !body.trim() ? 'Write the summary first.' : body.length > SUMMARY_MAX_LENGTH ? `At most ${SUMMARY_MAX_LENGTH.toLocaleString('en')} characters.` : null;

/**
 * The summary's draft, with the brief editor's safety: saved as you type, never over a newer
 * version, copied to this browser meanwhile, and previewed as readers will see it.
 */
export function SummaryForm({ targetKind, targetId, draftBody, baseUpdatedAt, inReview }: Props) {
  const [state, action, pending] = useActionState(saveSummaryAction, initial);
  const errors = state.ok ? undefined : state.fieldErrors?.body;
  // The browser copy is keyed like a brief's, so sign-out clears it with theirs.
  const draftId = `summary:${targetKind}:${targetId}`;
  const loaded = useMemo(() => ({ title: '', body: draftBody, version: baseUpdatedAt ? new Date(baseUpdatedAt).getTime() : 0 }), [draftBody, baseUpdatedAt]);
  const save = useCallback<SaveDraft>(
    ({ body, baseVersion }) => autosaveSummaryAction({ targetKind, targetId, body, baseVersion }),
    [targetKind, targetId],
  );
  const draft = useAutosave(draftId, { ...loaded, at: baseUpdatedAt || null }, true, save, summaryProblem);
  const preview = usePreview(draft.body, summaryPreviewAction);
  const base = draft.saved.version ? new Date(draft.saved.version).toISOString() : '';
  return (
    <div className="space-y-3">
      <RestoreOffer briefId={draftId} server={loaded} onRestore={draft.restore} noun="summary" numbered={false} />
      <KeptText briefId={draftId} />
      {draft.conflict ? (
        <ConflictView conflict={draft.conflict} mine={{ title: '', body: draft.body }} onKeepMine={draft.keepMineOverTheirs} onSaveCombined={draft.saveCombined} onTakeTheirs={draft.takeTheirs} noun="summary" numbered={false} />
      ) : null}
      <form action={action} className="space-y-3">
        <FormMessage state={state} />
        <input type="hidden" name="targetKind" value={targetKind} />
        <input type="hidden" name="targetId" value={targetId} />
        <input type="hidden" name="baseUpdatedAt" value={base} />
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <label className="block text-sm font-medium" htmlFor="summary-body">
            Draft (Markdown)
          </label>
          <SaveStatus phase={draft.phase} dirty={draft.dirty} savedAt={draft.saved.at} message={draft.message} />
        </div>
        <textarea
          id="summary-body"
          name="body"
          rows={10}
          maxLength={SUMMARY_MAX_LENGTH}
          value={draft.body}
          onChange={(event) => draft.edit({ body: event.target.value })}
          onBlur={() => void draft.save()}
          aria-invalid={errors ? true : undefined}
          aria-describedby={errors ? 'summary-body-error summary-body-help' : 'summary-body-help'}
          className="block w-full rounded border border-rule bg-paper px-3 py-2 font-mono text-sm text-ink"
        />
        <FieldError id="summary-body-error" errors={errors} />
        <p id="summary-body-help" className="text-xs text-muted">
          Markdown: **bold**, *italic*, lists, links. At most {SUMMARY_MAX_LENGTH.toLocaleString('en')} characters. The draft is saved as you type;
          readers see the published text until an editor approves this draft.
        </p>
        <div className="flex flex-wrap gap-2">
          <button type="submit" name="intent" value="save" disabled={pending} className="rounded border border-rule px-3 py-1.5 hover:border-accent disabled:opacity-60">
            {pending ? 'Saving…' : 'Save draft'}
          </button>
          <button type="submit" name="intent" value="submit" disabled={pending} className="rounded bg-accent px-3 py-1.5 font-medium text-paper disabled:opacity-60">
            {inReview ? 'Save (stays in review)' : 'Save and submit for review'}
          </button>
        </div>
      </form>
      <section aria-labelledby="summary-preview-heading" className="rounded border border-rule px-3 py-2">
        <h3 id="summary-preview-heading" className="mb-2 text-sm font-medium">
          Preview, as readers will see it{preview.stale ? ' (updating…)' : ''}
        </h3>
        {preview.error ? <p role="alert" className="text-sm text-csto">{preview.error}</p> : null}
        <div data-testid="summary-preview">{preview.html ? <SummaryHtmlBody html={preview.html} /> : null}</div>
      </section>
    </div>
  );
}
