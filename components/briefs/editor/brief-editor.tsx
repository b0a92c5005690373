'use client';

import { useRef, useState } from 'react';
import { previewAction, saveDraftAction } from '@/lib/briefs/actions/editing';
import type { TransitionOption } from '@/lib/briefs/service/rules';
import { byteLength, MAX_BODY_BYTES, MAX_TITLE } from '@/lib/briefs/service/limits';
import type { BriefStatus } from '@/lib/generated/prisma/enums';
import { CitationPicker } from './citation-picker';
import { ConflictView } from './conflict-view';
import { PreviewProse } from './preview-prose';
import { ProblemList } from './problem-list';
import { KeptText, RestoreOffer } from './recovery-banners';
import { RenameSlugForm } from './rename-slug-form';
import { SaveStatus } from './save-status';
import { SyntaxHelp } from './syntax-help';
import { useLockedByOther } from './presence-gate';
import { useAutosave } from './use-autosave';
import { usePreview } from './use-preview';
import { WorkflowPanel } from './workflow-panel';
import { inputClass } from '@/components/ui/field';

export interface EditorBrief {
  id: string;
  slug: string;
  title: string;
  body: string;
  version: number;
  status: BriefStatus;
  updatedAt: string;
  scheduledText: string | null;
  formerSlugs: string[];
  hasRevisions: boolean;
}

const field = `${inputClass} read-only:bg-rule/20`;

/** UTF-16 offset of a 1-based line and column, as the renderer reports problems. */
function offsetOf(text: string, line: number, column: number): number {
  const lines = text.split('\n');
  const before = lines.slice(0, line - 1).reduce((sum, l) => sum + l.length + 1, 0);
  return Math.min(text.length, before + column - 1);
}

export function BriefEditor({ brief, canEdit, isEditor, options }: { brief: EditorBrief; canEdit: boolean; isEditor: boolean; options: TransitionOption[] }) {
  // What the server sent when the page loaded: the restore offer compares with this only.
  const [loaded] = useState(() => ({ version: brief.version, title: brief.title, body: brief.body }));
  const draft = useAutosave(brief.id, { ...loaded, at: brief.updatedAt }, canEdit, saveDraftAction);
  // While someone else holds the soft lock the text is read-only; what was typed still saves.
  const lockedByOther = useLockedByOther();
  const writable = canEdit && !lockedByOther;
  const preview = usePreview(draft.body, previewAction);
  const textarea = useRef<HTMLTextAreaElement>(null);

  const moveCursor = (offset: number) => {
    const ta = textarea.current;
    if (!ta) return;
    ta.focus();
    ta.setSelectionRange(offset, offset);
  };
  const insert = (citation: string) => {
    const ta = textarea.current;
    if (!ta) return;
    const start = ta.selectionStart;
    const next = draft.body.slice(0, start) + citation + draft.body.slice(ta.selectionEnd);
    draft.edit({ body: next });
    requestAnimationFrame(() => moveCursor(start + citation.length));
  };

  const kb = Math.ceil(byteLength(draft.body) / 1024);
  const unsaved = draft.dirty || draft.phase === 'saving' || draft.phase === 'conflict';
  return (
    <div className="space-y-8">
      {canEdit ? <RestoreOffer briefId={brief.id} server={loaded} onRestore={draft.restore} /> : null}
      <KeptText briefId={brief.id} />
      {draft.conflict ? (
        <ConflictView conflict={draft.conflict} mine={{ title: draft.title, body: draft.body }} onKeepMine={draft.keepMineOverTheirs} onSaveCombined={draft.saveCombined} onTakeTheirs={draft.takeTheirs} />
      ) : null}
      {!canEdit ? (
        <p className="rounded border border-rule bg-rule/20 px-3 py-2 text-sm">You can read this brief; it is with the editors now, so only they can change it.</p>
      ) : null}

      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="write-heading" className="min-w-0 space-y-3">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="write-heading" className="font-serif text-xl font-semibold">
              Write
            </h2>
            <div className="flex items-center gap-3">
              <SaveStatus phase={draft.phase} dirty={draft.dirty} savedAt={draft.saved.at} message={draft.message} />
              {writable ? (
                <button
                  type="button"
                  onClick={() => void draft.save()}
                  disabled={draft.phase === 'conflict'}
                  className="rounded border border-rule px-2 py-1 text-sm hover:border-accent disabled:opacity-50"
                  aria-keyshortcuts="Control+S Meta+S"
                >
                  Save now
                </button>
              ) : null}
            </div>
          </div>
          <label className="block text-sm font-medium">
            Title
            <input
              value={draft.title}
              onChange={(e) => draft.edit({ title: e.target.value })}
              onBlur={() => void draft.save()}
              readOnly={!writable}
              required
              maxLength={MAX_TITLE}
              className={`${field} font-serif text-lg`}
            />
          </label>
          <label htmlFor="brief-body" className="block text-sm font-medium">
            Text <span className="font-normal text-muted">(Markdown with citations and entity links)</span>
          </label>
          <textarea
            id="brief-body"
            ref={textarea}
            value={draft.body}
            onChange={(e) => draft.edit({ body: e.target.value })}
            onBlur={() => void draft.save()}
            readOnly={!writable}
            spellCheck
            aria-describedby="brief-body-size"
            className={`${field} mt-0 min-h-[50vh] resize-y font-mono text-sm leading-relaxed lg:min-h-[65vh]`}
          />
          <p id="brief-body-size" className={`text-xs ${kb * 1024 > MAX_BODY_BYTES ? 'font-medium text-csto' : 'text-muted'}`}>
            {kb} KB of {MAX_BODY_BYTES / 1024} KB
          </p>
          {writable ? <CitationPicker onInsert={insert} /> : null}
          <SyntaxHelp />
        </section>

        <section aria-labelledby="preview-heading" className="min-w-0 space-y-3">
          <h2 id="preview-heading" className="font-serif text-xl font-semibold">
            Preview {preview.stale ? <span className="text-sm font-normal text-muted">(updating…)</span> : null}
          </h2>
          {preview.error ? (
            <p role="alert" className="text-sm text-csto">
              {preview.error}
            </p>
          ) : null}
          <ProblemList problems={preview.problems} onGoTo={(line, column) => moveCursor(offsetOf(draft.body, line, column))} />
          <div className="rounded border border-rule p-4">
            {preview.html !== null ? (
              <PreviewProse html={preview.html} figures={preview.data?.figures ?? []} />
            ) : (
              <p className="text-sm text-muted">The preview appears here as you write.</p>
            )}
          </div>
        </section>
      </div>

      <WorkflowPanel
        briefId={brief.id}
        status={brief.status}
        scheduledText={brief.scheduledText}
        options={options}
        version={draft.saved.version}
        unsaved={unsaved}
        problemCount={preview.problems.length}
        hasRevisions={brief.hasRevisions}
      />
      {isEditor ? <RenameSlugForm briefId={brief.id} slug={brief.slug} formerSlugs={brief.formerSlugs} /> : null}
    </div>
  );
}
