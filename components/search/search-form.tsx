'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useTransition } from 'react';

const DEBOUNCE_MS = 300;
const fieldClass = 'mt-1 block w-full rounded border border-rule bg-paper px-2 py-1.5 text-sm text-ink';

export interface SearchFormValues {
  q: string;
  type: string;
  era: string;
  entity: string;
  from: string;
  to: string;
}

/**
 * A GET form, so search works without JavaScript; with it, results follow the typing (debounced)
 * through router.replace, which keeps this form mounted and so keeps the focus where it is.
 */
export function SearchForm({ values }: { values: SearchFormValues }) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const [pending, startTransition] = useTransition();

  // Words typed before hydration produced no change event: catch up with them once.
  useEffect(() => {
    const typed = form.current?.elements.namedItem('q');
    if (typed instanceof HTMLInputElement && typed.value !== values.q) update();
    return () => clearTimeout(timer.current);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on mount
  }, []);

  function update() {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      if (!form.current) return;
      const params = new URLSearchParams();
      for (const [key, value] of new FormData(form.current)) {
        if (typeof value === 'string' && value.trim()) params.set(key, value);
      }
      const query = params.toString();
      startTransition(() => router.replace(query ? `/search?${query}` : '/search', { scroll: false }));
    }, DEBOUNCE_MS);
  }

  return (
    <form ref={form} role="search" method="get" action="/search" onChange={update} className="space-y-3 text-sm" aria-busy={pending}>
      <div className="flex gap-2">
        <label className="block grow">
          <span className="sr-only">Search terms</span>
          <input
            type="search"
            name="q"
            defaultValue={values.q}
            maxLength={2000}
            placeholder='Names in any language, "exact phrases", OR, -exclude'
            className="block w-full rounded border border-rule bg-paper px-3 py-2 text-base text-ink"
            autoComplete="off"
          />
        </label>
        <button type="submit" className="rounded bg-accent px-4 py-2 font-medium text-paper hover:opacity-90">
          Search
        </button>
      </div>
      {values.type ? <input type="hidden" name="type" value={values.type} /> : null}
      {values.entity ? <input type="hidden" name="entity" value={values.entity} /> : null}
      <div className="flex flex-wrap items-end gap-4">
        <label className="block">
          <span className="text-muted">Era</span>
          <select name="era" defaultValue={values.era} className={fieldClass} aria-describedby="search-filter-rules">
            <option value="">All eras</option>
            <option value="csto">CSTO era (before 24 Feb 2022)</option>
            <option value="post-2022">Post-2022</option>
            <option value="unknown">Era unknown</option>
          </select>
        </label>
        <label className="block">
          <span className="text-muted">From</span>
          <input type="date" name="from" defaultValue={values.from} className={fieldClass} aria-describedby="search-filter-rules" />
        </label>
        <label className="block">
          <span className="text-muted">To</span>
          <input type="date" name="to" defaultValue={values.to} className={fieldClass} aria-describedby="search-filter-rules" />
        </label>
      </div>
      <p id="search-filter-rules" className="text-xs text-muted">
        A brief belongs to the era of each article it cites and to the eras its figures compare. Entities have no
        publication date: one falls in a date range through its own dates, a dated fact about it, or an article
        published in the range that names it.
      </p>
    </form>
  );
}
