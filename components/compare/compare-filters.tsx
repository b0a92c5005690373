import Link from 'next/link';
import type { EntityRef } from '@/lib/entities/dto';
import type { CompareFilter } from '@/lib/compare/types';

const input = 'mt-1 block rounded border border-rule bg-paper px-2 py-1.5 text-sm text-ink';

/**
 * A plain GET form: filtering works without JavaScript and the result is a shareable URL. Folded
 * (a details element, no script) until wanted, so the answer comes first on a phone; open when a
 * filter is set, so the reader sees what the view is narrowed to.
 */
export function CompareFilters({ filter, options }: { filter: CompareFilter; options: { countries: EntityRef[]; organizations: EntityRef[] } }) {
  const active = filter.countries.length > 0 || filter.organization || filter.fromYear !== undefined || filter.toYear !== undefined;
  return (
    <details open={Boolean(active)} className="rounded border border-rule text-sm" data-print="hide">
      <summary className="cursor-pointer px-4 py-3 font-semibold">
        Filter by country, organization or years{active ? ' (filtered)' : ''}
      </summary>
      <form method="get" action="/compare" className="space-y-4 border-t border-rule p-4">
        <fieldset>
          <legend className="font-semibold">Countries (exercises in which all of them drilled)</legend>
          <div className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-3 lg:grid-cols-4">
            {options.countries.map((c) => (
              <label key={c.slug} className="flex items-center gap-2">
                <input type="checkbox" name="country" value={c.slug} defaultChecked={filter.countries.includes(c.slug)} />
                {c.name}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="flex flex-wrap items-end gap-4">
          <label className="block">
            <span className="text-muted">Organization</span>
            <select name="org" defaultValue={filter.organization ?? ''} className={input}>
              <option value="">Any</option>
              {options.organizations.map((o) => (
                <option key={o.slug} value={o.slug}>
                  {o.name}
                </option>
              ))}
            </select>
          </label>
          <label className="block">
            <span className="text-muted">From year</span>
            <input type="number" name="from" min={1990} max={2100} defaultValue={filter.fromYear} className={`${input} w-24`} />
          </label>
          <label className="block">
            <span className="text-muted">To year</span>
            <input type="number" name="to" min={1990} max={2100} defaultValue={filter.toYear} className={`${input} w-24`} />
          </label>
          <button type="submit" className="rounded bg-accent px-3 py-1.5 font-medium text-paper hover:opacity-90">
            Compare
          </button>
          {active ? <Link href="/compare">Clear filters</Link> : null}
        </div>
      </form>
    </details>
  );
}
