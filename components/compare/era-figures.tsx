import type { EraFigures } from '@/lib/compare/types';
import { ERA_LABELS } from '@/lib/articles/era';
import { EntityLink } from '@/components/entities/entity-link';

const percent = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`);

/** The headline numbers of both eras, side by side, as one table so they read across. */
export function EraFiguresTable({ figures }: { figures: [EraFigures, EraFigures] }) {
  const rows: { label: string; cell: (f: EraFigures) => React.ReactNode }[] = [
    { label: 'Exercises', cell: (f) => f.exercises },
    { label: 'Distinct partner pairs', cell: (f) => f.pairs },
    { label: 'Without Russia', cell: (f) => percent(f.shareWithoutRussia) },
    { label: 'Multilateral (3+ countries)', cell: (f) => percent(f.shareMultilateral) },
    {
      label: 'Most connected country',
      cell: (f) =>
        f.mostConnected ? (
          <>
            <EntityLink entity={f.mostConnected.country} />{' '}
            <span className="text-xs text-muted">
              ({f.mostConnected.partners} partners, {f.mostConnected.exercises} exercises)
            </span>
          </>
        ) : (
          '—'
        ),
    },
  ];
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">Figures per era</caption>
      <thead className="border-b border-rule text-xs uppercase tracking-wide text-muted">
        <tr>
          <th scope="col" className="py-2 pr-3 font-semibold">
            <span className="sr-only">Figure</span>
          </th>
          {figures.map((f) => (
            <th key={f.era} scope="col" className={`py-2 pr-3 font-semibold ${f.era === 'CSTO_ERA' ? 'text-csto' : 'text-post'}`}>
              {ERA_LABELS[f.era]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="divide-y divide-rule">
        {rows.map((r) => (
          <tr key={r.label}>
            <th scope="row" className="py-2 pr-3 font-normal text-muted">
              {r.label}
            </th>
            {figures.map((f) => (
              <td key={f.era} className="py-2 pr-3 tabular-nums">
                {r.cell(f)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
