import type { FactView } from '@/lib/entities/dto';
import { ERA_LABELS } from '@/lib/articles/era';
import type { Era } from '@/lib/generated/prisma/enums';
import { EntityLink } from './entity-link';
import { DateRange } from './partial-date';

/** The other entities of a set of facts, each once, with their dates when asked. */
export function FactEntityList({ facts, inline = false, withDates = false }: { facts: FactView[]; inline?: boolean; withDates?: boolean }) {
  const seen = new Set<string>();
  const unique = facts.filter((f) => (seen.has(f.other.slug) ? false : (seen.add(f.other.slug), true)));
  if (inline) {
    return (
      <>
        {unique.map((f, i) => (
          <span key={f.other.slug}>
            {i > 0 ? ', ' : ''}
            <EntityLink entity={f.other} />
          </span>
        ))}
      </>
    );
  }
  return (
    <ul className="space-y-1 leading-6">
      {unique.map((f) => (
        <li key={f.other.slug}>
          <EntityLink entity={f.other} />
          {withDates && (f.from || f.to) ? (
            <span className="ml-1 text-xs">
              (<DateRange from={f.from} to={f.to} />)
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

const ERAS: Era[] = ['CSTO_ERA', 'POST_2022', 'UNKNOWN'];

/** A country's or organization's exercises, split by era. */
export function ExercisesByEra({ facts }: { facts: FactView[] }) {
  const seen = new Set<string>();
  // Several sources may state the same participation; each exercise is listed once.
  const exercises = facts.filter((f) => f.other.type === 'EXERCISE' && !seen.has(f.other.slug) && seen.add(f.other.slug));
  if (exercises.length === 0) return <span className="text-muted italic">none stated in the sources</span>;
  return (
    <>
      {ERAS.map((era) => {
        const group = exercises.filter((f) => (f.other.era ?? 'UNKNOWN') === era);
        return group.length > 0 ? (
          <div key={era} className="mb-1">
            <span className="text-muted">{ERA_LABELS[era]}: </span>
            {group
              .sort((a, b) => (a.other.start?.iso ?? '').localeCompare(b.other.start?.iso ?? ''))
              .map((f, i) => (
                <span key={f.id}>
                  {i > 0 ? ', ' : ''}
                  <EntityLink entity={f.other} />
                  {f.role === 'STAYED_AWAY' ? <span className="text-muted"> (stayed away)</span> : null}
                </span>
              ))}
          </div>
        ) : null;
      })}
    </>
  );
}
