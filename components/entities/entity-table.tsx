import type { EntityListItem } from '@/lib/entities/dto';
import { EraBadge } from '@/components/ui/era-badge';
import { EntityLink } from './entity-link';

export function EntityTable({ entities }: { entities: EntityListItem[] }) {
  return (
    <table className="w-full text-left text-sm">
      <thead className="border-b border-rule text-xs uppercase tracking-wide text-muted">
        <tr>
          <th scope="col" className="py-2 pr-3 font-semibold">Name</th>
          <th scope="col" className="hidden py-2 pr-3 font-semibold sm:table-cell">Kind</th>
          <th scope="col" className="py-2 pr-3 text-right font-semibold">Mentions</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-rule">
        {entities.map((e) => (
          <tr key={e.slug}>
            <td className="py-2 pr-3">
              <EntityLink entity={e} /> {e.era ? <EraBadge era={e.era} /> : null}
            </td>
            <td className="hidden py-2 pr-3 text-muted sm:table-cell">{e.subtype?.replace(/-/g, ' ') ?? '—'}</td>
            <td className="py-2 pr-3 text-right tabular-nums">{e.mentionCount}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
