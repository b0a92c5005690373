'use client';

import { useState } from 'react';
import type { TransitionOption } from '@/lib/briefs/service/rules';
import type { BriefStatus } from '@/lib/generated/prisma/enums';
import { StatusBadge } from './status-badge';
import { TransitionForm } from './transition-form';

/** Steps that wait until the preview has no problems: readers or reviewers would meet them. */
const PUBLISHING = new Set<BriefStatus>(['PUBLISHED', 'SCHEDULED', 'IN_REVIEW']);

/** The workflow steps the signed-in person may take from the current status, each asking why. */
export function WorkflowPanel({ briefId, status, scheduledText, options, version, unsaved, problemCount, hasRevisions }: {
  briefId: string;
  status: BriefStatus;
  scheduledText: string | null;
  options: TransitionOption[];
  version: number;
  unsaved: boolean;
  problemCount: number;
  hasRevisions: boolean;
}) {
  const [open, setOpen] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const current = options.find((o) => o.verb === open);
  return (
    <section aria-labelledby="workflow-heading" className="space-y-3">
      <h2 id="workflow-heading" className="font-serif text-xl font-semibold">
        Workflow
      </h2>
      <p className="flex flex-wrap items-center gap-2 text-sm">
        Status: <StatusBadge status={status} />
        {scheduledText ? <span className="text-muted">for {scheduledText}</span> : null}
      </p>
      <p role="status" className="text-sm">
        {done}
      </p>
      {options.length === 0 ? <p className="text-sm text-muted">There is no step you can take on this brief now.</p> : null}
      {unsaved && options.length > 0 ? <p className="text-sm text-muted">Save your changes first (Ctrl+S or ⌘S); steps apply to the saved text.</p> : null}
      {problemCount > 0 && options.some((o) => PUBLISHING.has(o.to)) ? (
        <p className="text-sm text-csto">Submitting, publishing and scheduling wait until the problems in the preview are fixed.</p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {options.map((o) => (
          <button
            key={o.verb}
            type="button"
            aria-expanded={open === o.verb}
            aria-controls={open === o.verb ? `step-${o.verb}-form` : undefined}
            disabled={unsaved || (problemCount > 0 && PUBLISHING.has(o.to))}
            onClick={() => {
              setDone(null);
              setOpen(open === o.verb ? null : o.verb);
            }}
            className="rounded border border-rule px-3 py-2 text-sm font-medium hover:border-accent disabled:cursor-not-allowed disabled:opacity-50"
          >
            {o.label}
          </button>
        ))}
      </div>
      {current ? (
        <div id={`step-${current.verb}-form`}>
          <TransitionForm
            key={current.verb}
            briefId={briefId}
            option={current}
            expectedVersion={version}
            hasRevisions={hasRevisions}
            onDone={(message) => {
              setDone(message);
              setOpen(null);
            }}
            onCancel={() => setOpen(null)}
          />
        </div>
      ) : null}
    </section>
  );
}
