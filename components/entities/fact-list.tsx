import type { FactView } from '@/lib/entities/dto';
import { groupStatements, statementKey } from '@/lib/entities/fact-statements';
import { factPhrase } from '@/lib/entities/fact-wording';
import { CitationNote } from './citation-note';
import { EntityLink } from './entity-link';
import { DateRange } from './partial-date';

const partsOf = (f: FactView) => ({ kind: f.kind, direction: f.direction, role: f.role, other: f.other.slug, from: f.from?.iso ?? null, to: f.to?.iso ?? null });

/**
 * Every fact about the entity with its sources. The same statement from several sources is shown
 * once with each source under it; facts that differ (other dates, another place) stay separate.
 */
export function FactList({ facts }: { facts: FactView[] }) {
  if (facts.length === 0) return <p className="text-muted">No facts are recorded yet.</p>;
  const sorted = groupStatements(facts, partsOf).sort(
    ([a], [b]) => (a && b ? a.kind.localeCompare(b.kind) || a.other.name.localeCompare(b.other.name) : 0),
  );
  return (
    <ul className="divide-y divide-rule">
      {sorted.map((group) => {
        const [f] = group;
        if (!f) return null;
        return (
          <li key={statementKey(partsOf(f))} className="py-2">
            <span>
              {factPhrase(f.kind, f.direction, f.role)} <EntityLink entity={f.other} />
            </span>
            {f.from || f.to ? (
              <span className="ml-2 text-sm">
                <DateRange from={f.from} to={f.to} />
              </span>
            ) : null}
            <ul>
              {group.map((g) => (
                <li key={g.id}>
                  <CitationNote citation={g.citation} reference={g.reference} editorNote={g.editorNote} id={g.id} />
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}
