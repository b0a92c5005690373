'use client';

import { useActionState, useEffect, useRef, useState } from 'react';
import { transitionAction, type BriefFormState } from '@/lib/briefs/actions/editing';
import type { TransitionOption } from '@/lib/briefs/service/rules';
import { ScheduleFields } from './schedule-fields';
import { inputClass } from '@/components/ui/field';

function browserZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** One workflow step: the reason (always required) and what the step needs besides. */
export function TransitionForm({ briefId, option, expectedVersion, hasRevisions, onDone, onCancel }: {
  briefId: string;
  option: TransitionOption;
  expectedVersion: number;
  hasRevisions: boolean;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const [state, action, pending] = useActionState<BriefFormState | null, FormData>(async (prev, formData) => {
    const result = await transitionAction(prev, formData);
    if (result.ok) onDone(result.message ?? 'Done.');
    return result;
  }, null);
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [local, setLocal] = useState('');
  const [zone, setZone] = useState(browserZone);
  const reasonField = useRef<HTMLTextAreaElement>(null);
  useEffect(() => reasonField.current?.focus(), []);

  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const problems = (state && !state.ok && state.problems) || [];
  const noteRequired = option.verb === 'republish';
  const askNote = noteRequired || ((option.to === 'PUBLISHED' || option.to === 'SCHEDULED') && hasRevisions);
  const id = `step-${option.verb}`;

  return (
    <form action={action} aria-labelledby={`${id}-heading`} className="space-y-3 rounded border border-rule p-3" noValidate>
      <h3 id={`${id}-heading`} className="font-semibold">
        {option.label}
      </h3>
      {state && !state.ok ? (
        <div role="alert" className="rounded border border-csto/40 bg-csto-soft px-3 py-2 text-sm text-csto">
          <p>{state.message}</p>
          {problems.length > 0 ? (
            <ul className="mt-1 list-disc pl-5">
              {problems.map((p, i) => (
                <li key={i}>
                  {p.line}:{p.column} {p.message}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <input type="hidden" name="briefId" value={briefId} />
      <input type="hidden" name="to" value={option.to} />
      <input type="hidden" name="expectedVersion" value={expectedVersion} />
      <label className="block text-sm">
        Reason <span className="text-muted">(required; kept in the brief’s history)</span>
        <textarea
          ref={reasonField}
          name="reason"
          required
          rows={2}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          aria-invalid={errors?.reason ? true : undefined}
          className={inputClass}
        />
        {errors?.reason ? <span className="mt-1 block text-csto">{errors.reason[0]}</span> : null}
      </label>
      {option.to === 'SCHEDULED' ? <ScheduleFields local={local} zone={zone} onLocal={setLocal} onZone={setZone} errors={errors} /> : null}
      {askNote ? (
        <label className="block text-sm">
          Correction note for readers {noteRequired ? <span className="text-muted">(required)</span> : <span className="text-muted">(optional)</span>}
          <textarea
            name="correctionNote"
            required={noteRequired}
            rows={2}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            aria-invalid={errors?.correctionNote ? true : undefined}
            className={inputClass}
          />
          {errors?.correctionNote ? <span className="mt-1 block text-csto">{errors.correctionNote[0]}</span> : null}
        </label>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={pending} className="rounded bg-accent px-3 py-2 font-medium text-paper disabled:opacity-60">
          {pending ? 'Working…' : option.label}
        </button>
        <button type="button" onClick={onCancel} className="rounded border border-rule px-3 py-2 hover:border-accent">
          Cancel
        </button>
      </div>
    </form>
  );
}
