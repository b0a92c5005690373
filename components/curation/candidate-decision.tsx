'use client';

import { useActionState } from 'react';
import { acceptCandidateAction, rejectCandidateAction, type DecisionState } from '@/lib/curation/actions';
import { ENTITY_TYPES, TYPE_LABELS } from '@/lib/entities/paths';
import type { EntityType } from '@/lib/generated/prisma/enums';

const start: DecisionState = { ok: true };
const button = 'rounded border border-rule px-2 py-0.5 text-xs hover:border-accent disabled:opacity-50';

function Outcome({ state }: { state: DecisionState }) {
  if (!state.message) return null;
  return (
    <span role={state.ok ? 'status' : 'alert'} className={`text-xs ${state.ok ? 'text-muted' : 'text-csto'}`}>
      {state.message}
    </span>
  );
}

/** Accept a proposed name as a new entity of the chosen type, or reject it. */
export function CandidateDecision({ candidateId, surface, suggestedType }: { candidateId: string; surface: string; suggestedType: EntityType }) {
  const [accepted, accept, accepting] = useActionState(acceptCandidateAction, start);
  const [rejected, reject, rejecting] = useActionState(rejectCandidateAction, start);
  const pending = accepting || rejecting;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <form action={accept} className="flex flex-wrap items-center gap-2">
        <input type="hidden" name="candidateId" value={candidateId} />
        <label className="sr-only" htmlFor={`type-${candidateId}`}>
          Type of “{surface}”
        </label>
        <select id={`type-${candidateId}`} name="type" defaultValue={suggestedType} className="rounded border border-rule bg-paper px-1 py-0.5 text-xs text-ink">
          {ENTITY_TYPES.map((t) => (
            <option key={t} value={t}>
              {TYPE_LABELS[t].one}
            </option>
          ))}
        </select>
        <button type="submit" disabled={pending} aria-label={`Accept “${surface}” as a new entity`} className={button}>
          {accepting ? 'Creating and re-tagging…' : 'Accept'}
        </button>
      </form>
      <form action={reject}>
        <input type="hidden" name="candidateId" value={candidateId} />
        <button type="submit" disabled={pending} aria-label={`Reject candidate “${surface}”`} className={button}>
          Reject
        </button>
      </form>
      <Outcome state={accepted} />
      <Outcome state={rejected} />
    </div>
  );
}
