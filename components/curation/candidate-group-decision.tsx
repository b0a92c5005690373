'use client';

import { useActionState } from 'react';
import { acceptCandidateGroupAction, rejectCandidateGroupAction, type DecisionState } from '@/lib/curation/actions';
import { ENTITY_TYPES, TYPE_LABELS } from '@/lib/entities/paths';
import type { EntityType } from '@/lib/generated/prisma/enums';

const start: DecisionState = { ok: true };
const button = 'rounded border border-rule px-2 py-1 text-sm hover:border-accent focus-visible:outline-2 focus-visible:outline-accent disabled:opacity-50';

/** Accept a name proposed across articles as a new entity of the chosen type, or reject it everywhere. */
export function CandidateGroupDecision({ normalized, name, suggestedType, sightings }: { normalized: string; name: string; suggestedType: EntityType; sightings: number }) {
  const [accepted, accept, accepting] = useActionState(acceptCandidateGroupAction, start);
  const [rejected, reject, rejecting] = useActionState(rejectCandidateGroupAction, start);
  const pending = accepting || rejecting;
  const id = `group-type-${normalized.replace(/[^\p{L}\p{N}]+/gu, '-')}`;
  const outcome = [accepted, rejected].find((s) => s.message);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <form action={accept} className="flex flex-wrap items-center gap-2">
        <input type="hidden" name="normalized" value={normalized} />
        <label className="text-sm text-muted" htmlFor={id}>
          Type of “{name}”
        </label>
        <select id={id} name="type" defaultValue={suggestedType} className="rounded border border-rule bg-paper px-1 py-1 text-sm text-ink">
          {ENTITY_TYPES.map((t) => (
            <option key={t} value={t}>
              {TYPE_LABELS[t].one}
            </option>
          ))}
        </select>
        <button type="submit" disabled={pending} aria-label={`Accept “${name}” as a new entity`} className={button}>
          {accepting ? 'Creating and re-tagging every article…' : 'Accept'}
        </button>
      </form>
      <form action={reject}>
        <input type="hidden" name="normalized" value={normalized} />
        <button type="submit" disabled={pending} aria-label={`Reject “${name}” in all ${sightings} places`} className={button}>
          {rejecting ? 'Rejecting…' : 'Reject everywhere'}
        </button>
      </form>
      {outcome?.message ? (
        <span role={outcome.ok ? 'status' : 'alert'} className={`text-sm ${outcome.ok ? 'text-muted' : 'text-csto'}`}>
          {outcome.message}
        </span>
      ) : null}
    </div>
  );
}
