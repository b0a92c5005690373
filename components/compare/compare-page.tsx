import Link from 'next/link';
import { compareHref } from '@/lib/compare/params';
import { loadCompareData } from '@/lib/compare/queries';
import { comparisonFor } from '@/lib/compare/comparison';
import type { CompareFilter } from '@/lib/compare/types';
import { CompareAnswer } from './compare-answer';
import { CompareFilters } from './compare-filters';
import { CompareView } from './compare-view';

/** Shared by /compare, /compare/[country] and /compare/[country]/[other]. */
export async function ComparePage({ filter, heading, intro }: { filter: CompareFilter; heading: string; intro: React.ReactNode }) {
  const [comparison, { options }] = await Promise.all([comparisonFor(filter), loadCompareData()]);
  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <nav aria-label="Breadcrumb" className="text-sm">
          <Link href="/compare">Compare the eras</Link>
        </nav>
        <h1 className="font-serif text-3xl font-semibold leading-tight sm:text-4xl">{heading}</h1>
      </header>
      <CompareAnswer comparison={comparison} />
      <div className="space-y-3">
        <div className="max-w-3xl text-muted">{intro}</div>
        <p className="text-xs text-muted">
          Computed from the knowledge base’s sourced facts, afresh after every change to them. Permalink to this view:{' '}
          <Link href={compareHref(filter)}>{compareHref(filter)}</Link>
        </p>
      </div>
      <CompareFilters filter={filter} options={options} />
      <CompareView comparison={comparison} />
    </div>
  );
}
