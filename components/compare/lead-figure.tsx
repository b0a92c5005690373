import Link from 'next/link';
import { ERA_LABELS } from '@/lib/articles/era';
import type { LeadFigure } from '@/lib/compare/lead-figure';

const pct = (share: number | null) => (share === null ? 'not stated' : `${Math.round(share * 100)}%`);

/** The home page's figure from /compare: the share of exercises without Russia in each era, with its denominator. */
export function LeadFigureCard({ figure }: { figure: LeadFigure }) {
  return (
    <section aria-labelledby="lead-figure" className="rounded border border-rule p-4 sm:p-5">
      <h2 id="lead-figure" className="text-sm font-semibold uppercase tracking-wide text-muted">
        Exercises without Russia
      </h2>
      <dl className="mt-3 grid grid-cols-2 gap-4">
        {figure.eras.map(({ era, share, basis }) => (
          <div key={era}>
            <dt className={`text-sm font-semibold ${era === 'CSTO_ERA' ? 'text-csto' : 'text-post'}`}>{ERA_LABELS[era]}</dt>
            <dd className="font-serif text-4xl font-semibold tabular-nums">{pct(share)}</dd>
            <dd className="text-xs text-muted">
              {basis.count} of {basis.of} exercises whose sources say whether Russia took part
            </dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 text-sm">
        <Link href="/compare" prefetch={false}>
          Compare the eras: who drilled with whom, where, and how often →
        </Link>
      </p>
    </section>
  );
}
