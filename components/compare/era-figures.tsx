import type { Comparison, Denominated, EraFigures } from '@/lib/compare/types';
import { ERA_LABELS } from '@/lib/articles/era';
import { EntityLink } from '@/components/entities/entity-link';
import { countOf, nounFor } from '@/lib/formats/text/plural';

const percent = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`);

const exercisesWord = (n: number) => nounFor(n, 'exercise');

/**
 * A share and what it rests on: "83% · 5 of 6 exercises whose sources say; 3 more do not say".
 * Snapshots taken before denominators were recorded show the share alone, as they did then.
 */
function Share({ share, basis, of, silent }: { share: number | null; basis: Denominated | undefined; of: string; silent: [string, string] }) {
  if (!basis) return <>{percent(share)}</>;
  return (
    <>
      {share === null ? 'not stated' : percent(share)}
      <span className="block text-xs text-muted">
        {basis.count} of {basis.of} {exercisesWord(basis.of)} {of}
        {basis.notStated > 0 ? `; ${basis.notStated} more ${basis.notStated === 1 ? silent[0] : silent[1]}` : ''}
      </span>
    </>
  );
}

/** The headline numbers of both eras, side by side, as one table so they read across. */
export function EraFiguresTable({ figures }: { figures: [EraFigures, EraFigures] }) {
  const rows: { label: string; cell: (f: EraFigures) => React.ReactNode }[] = [
    { label: 'Exercises', cell: (f) => f.exercises },
    { label: 'Distinct partner pairs', cell: (f) => f.pairs },
    {
      label: 'Without Russia',
      cell: (f) => <Share share={f.shareWithoutRussia} basis={f.withoutRussia} of="whose sources say" silent={['does not say', 'do not say']} />,
    },
    {
      label: 'Multilateral (3+ countries)',
      cell: (f) => <Share share={f.shareMultilateral} basis={f.multilateral} of="naming two or more countries" silent={['names fewer', 'name fewer']} />,
    },
    {
      label: 'Most connected country',
      cell: (f) =>
        f.mostConnected ? (
          <>
            <EntityLink entity={f.mostConnected.country} />{' '}
            <span className="text-xs text-muted">
              ({countOf(f.mostConnected.partners, 'partner')}, {countOf(f.mostConnected.exercises, 'exercise')})
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

/** What every figure below rests on, in one line. */
export function BasisLine({ basis }: { basis: NonNullable<Comparison['basis']> }) {
  const n = countOf;
  return (
    <p className="text-sm text-muted">
      These figures rest on {n(basis.exercises, 'exercise')} and {n(basis.articles, 'article')} that state their facts. Where no source
      says whether a country took part, it is counted as not stated, never as a no.
    </p>
  );
}
