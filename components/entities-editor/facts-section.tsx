import { factPhrase } from '@/lib/entities/fact-wording';
import type { EditorEntity } from '@/lib/knowledge-base/detail';
import { FactForm } from './fact-form';
import { RetractForm } from './retract-form';

const ACTION_LABELS: Record<string, string> = { created: 'Added', corrected: 'Corrected', retracted: 'Retracted', moved: 'Moved by a merge' };

function sentence(values: Record<string, string>): string {
  const when = values.from ? ` (${values.from}${values.to ? ` – ${values.to}` : ''})` : '';
  return `${values.subject} · ${(values.kind ?? '').toLowerCase().replace(/_/g, ' ')}${values.role ? ` as ${values.role.toLowerCase().replace(/_/g, ' ')}` : ''} · ${values.object}${when}`;
}

/** Every fact about the entity, each with its correction and retraction, the form for a new one, and history. */
export function FactsSection({ entity, listId }: { entity: EditorEntity; listId: string }) {
  const self = entity.slug;
  const blank = { kind: 'PARTICIPATED_IN', subject: entity.type === 'EXERCISE' || entity.type === 'EVENT' ? '' : self, object: entity.type === 'EXERCISE' || entity.type === 'EVENT' ? self : '' };
  return (
    <div className="space-y-6">
      {entity.statements.length > 0 ? (
        <ul aria-label="Facts" className="space-y-2">
          {entity.statements.map((group) => {
            const [first] = group;
            if (!first) return null;
            const phrase = `${factPhrase(first.kind, first.direction, first.values.role ? (first.values.role as Parameters<typeof factPhrase>[2]) : null)} ${first.other.name}`;
            return (
              <li key={first.id} className="rounded border border-rule p-2 text-sm">
                <p>
                  <span className="font-medium">{phrase}</span>
                  {first.values.from ? <span className="text-muted"> · {first.values.from}{first.values.to ? ` – ${first.values.to}` : ''}</span> : null}
                  {group.length > 1 ? <span className="text-muted"> · {group.length} sources</span> : null}
                </p>
                {/* Each source is its own fact: corrected or retracted alone, the others stay. A group, not a
                    nested list, so that the list of facts counts statements. */}
                <div role="group" aria-label={`Sources of “${phrase}”`} className="mt-1 space-y-1">
                  {group.map((f) => (
                    <div key={f.id}>
                      <p className="text-muted">
                        {f.values.supportKind === 'reference' ? `${f.values.publication}: ${f.values.title}` : f.values.citation || 'No paragraph'}
                        {f.values.quote ? ` — “${f.values.quote}”` : ''}
                      </p>
                      <details className="mt-1">
                        <summary className="cursor-pointer">Correct or retract “{phrase}”{group.length > 1 ? ` (${f.values.citation || f.values.publication})` : ''}</summary>
                        <div className="mt-2 space-y-4">
                          <FactForm key={f.version} mode="correct" entityId={entity.id} factId={f.id} version={f.version} label={phrase} initial={{ ...f.values }} listId={listId} />
                          <RetractForm entityId={entity.id} factId={f.id} version={f.version} label={phrase} />
                        </div>
                      </details>
                    </div>
                  ))}
                </div>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="text-sm text-muted">No facts yet.</p>
      )}
      <section aria-labelledby="add-fact-heading" className="space-y-2 rounded border border-rule p-3">
        <h3 id="add-fact-heading" className="font-semibold">
          Add a fact
        </h3>
        <FactForm key={entity.facts.length} mode="add" entityId={entity.id} initial={blank} listId={listId} />
      </section>
      {entity.history.length > 0 ? (
        <section aria-labelledby="history-heading" className="space-y-2">
          <h3 id="history-heading" className="font-semibold">
            History of its facts
          </h3>
          <ol className="space-y-1 text-sm">
            {entity.history.map((h) => (
              <li key={`${h.factId}-${h.version}-${h.action}-${h.at}`}>
                <time dateTime={h.at}>{h.at.slice(0, 16).replace('T', ' ')} UTC</time> · {ACTION_LABELS[h.action] ?? h.action} by {h.actor ?? 'the seed'} ·{' '}
                <span className="text-muted">{sentence(h.snapshot as Record<string, string>)}</span>
                {h.reason ? <span> — {h.reason}</span> : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}
