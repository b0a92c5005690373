import Link from 'next/link';
import { countLabel } from '@/lib/search/count-label';
import { searchHref } from '@/lib/search/params';
import { SEARCH_KINDS, type SearchKind, type SearchParams } from '@/lib/search/types';
import { KIND_LABELS } from './search-hit-card';

interface TypeTabsProps {
  params: SearchParams;
  counts: Record<SearchKind, number>;
  /** Kinds counted only up to the cap: shown as "1,000+". */
  capped: SearchKind[];
}

/** Result types as links with their counts; the current one is marked for assistive technology. */
export function TypeTabs({ params, counts, capped }: TypeTabsProps) {
  const all = SEARCH_KINDS.reduce((sum, k) => sum + counts[k], 0);
  const tabs: { type?: SearchKind; label: string; count: string }[] = [
    { label: 'All', count: countLabel(all, capped.length > 0) },
    ...SEARCH_KINDS.map((type) => ({ type, label: KIND_LABELS[type].many, count: countLabel(counts[type], capped.includes(type)) })),
  ];
  return (
    <nav aria-label="Result types" className="mt-6 border-b border-rule">
      <ul className="flex flex-wrap gap-4 text-sm">
        {tabs.map((tab) => {
          const current = tab.type === params.type;
          const { type: _omit, ...rest } = params;
          const href = searchHref({ ...rest, ...(tab.type ? { type: tab.type } : {}), page: 1 });
          return (
            <li key={tab.label}>
              <Link
                href={href}
                aria-current={current ? 'page' : undefined}
                className={`inline-block border-b-2 pb-2 no-underline ${current ? 'border-accent text-ink' : 'border-transparent text-muted hover:text-ink'}`}
              >
                {tab.label} ({tab.count})
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
