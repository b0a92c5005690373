'use client';

import { useActionState } from 'react';
import { reviewMentionsBulkAction, type DecisionState } from '@/lib/curation/actions';
import type { EntityMentionCount } from '@/lib/curation/mention-counts';

const start: DecisionState = { ok: true };
const button = 'rounded border border-rule px-3 py-1 text-sm hover:border-accent disabled:opacity-50';

/** One decision for many mentions: all of one entity's in this article, or all still proposed. */
export function BulkMentionReview({ articleId, entities, proposed }: { articleId: string; entities: EntityMentionCount[]; proposed: number }) {
  const [state, action, pending] = useActionState(reviewMentionsBulkAction, start);
  if (entities.length === 0) return null;
  return (
    <form action={action} aria-label="Review mentions in bulk" className="flex flex-wrap items-end gap-3 rounded border border-rule p-3">
      <input type="hidden" name="articleId" value={articleId} />
      <div>
        <label htmlFor="bulk-entity" className="block text-sm font-medium">
          Mentions to decide
        </label>
        <select id="bulk-entity" name="entityId" defaultValue="" className="mt-1 block rounded border border-rule bg-paper px-2 py-1 text-sm text-ink">
          <option value="">All still proposed ({proposed})</option>
          {entities.map((e) => (
            <option key={e.entityId} value={e.entityId}>
              Every mention of {e.name} ({e.total}, {e.proposed} proposed)
            </option>
          ))}
        </select>
      </div>
      <button type="submit" name="decision" value="ACCEPTED" disabled={pending} className={button}>
        Accept these
      </button>
      <button type="submit" name="decision" value="REJECTED" disabled={pending} className={button}>
        Reject these
      </button>
      {state.message ? (
        <p role={state.ok ? 'status' : 'alert'} className={`w-full text-sm ${state.ok ? 'text-muted' : 'text-csto'}`}>
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
