import Link from 'next/link';
import type { SourceRef } from '@/lib/articles/dto';
import type { ArticleListParams } from '@/lib/articles/list-params';

const selectClass =
  'mt-1 block w-full rounded border border-rule bg-paper px-2 py-1.5 text-sm text-ink sm:w-auto';

/** A plain GET form: filters work without JavaScript and every filtered view is a shareable URL. */
export function ArticleFilters({ params, sources }: { params: ArticleListParams; sources: (SourceRef & { articleCount: number })[] }) {
  return (
    <form method="get" action="/articles" className="flex flex-wrap items-end gap-4 text-sm" data-print="hide">
      <label className="block">
        <span className="text-muted">Era</span>
        <select name="era" defaultValue={params.era ?? ''} className={selectClass}>
          <option value="">All eras</option>
          <option value="csto">CSTO era (before 24 Feb 2022)</option>
          <option value="post-2022">Post-2022</option>
          <option value="unknown">Era unknown</option>
        </select>
      </label>
      <label className="block">
        <span className="text-muted">Publication</span>
        <select name="source" defaultValue={params.source ?? ''} className={selectClass}>
          <option value="">All publications</option>
          {sources.map((s) => (
            <option key={s.slug} value={s.slug}>
              {s.name} ({s.articleCount})
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded bg-accent px-3 py-1.5 font-medium text-paper hover:opacity-90">
        Filter
      </button>
      {params.era || params.source ? <Link href="/articles">Clear filters</Link> : null}
    </form>
  );
}
