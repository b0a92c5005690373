import type { Pair } from '@/lib/compare/types';
import { EntityLink } from '@/components/entities/entity-link';
import { compareHref } from '@/lib/compare/params';

function PairItems({ pairs }: { pairs: Pair[] }) {
  if (pairs.length === 0) return <p className="text-sm text-muted">None.</p>;
  return (
    <ul className="space-y-1 text-sm">
      {pairs.map((p) => (
        <li key={p.key}>
          <EntityLink entity={p.a} /> – <EntityLink entity={p.b} />{' '}
          <span className="text-xs text-muted">
            {`(${p.weight} joint ${p.weight === 1 ? 'exercise' : 'exercises'}, `}
            <a href={compareHref({ countries: [p.a.slug, p.b.slug].sort() })}>compare the pair</a>)
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Which partnerships appeared after February 2022 and which were not seen again. */
export function PairChanges({ appeared, vanished }: { appeared: Pair[]; vanished: Pair[] }) {
  return (
    <div className="grid gap-6 sm:grid-cols-2">
      <div>
        <h3 className="mb-2 font-semibold text-post">{`New after February 2022 (${appeared.length})`}</h3>
        <PairItems pairs={appeared} />
      </div>
      <div>
        <h3 className="mb-2 font-semibold text-csto">{`Not seen after February 2022 (${vanished.length})`}</h3>
        <PairItems pairs={vanished} />
      </div>
    </div>
  );
}
