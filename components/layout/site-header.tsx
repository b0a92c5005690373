import Link from 'next/link';
import { HeaderSearch } from './header-search';

// Cached pages are prefetched (they cost the server nothing); the pages rendered per request
// (the filtered article list, compare, search) are not, or every page view would render them all.
const NAV = [
  { href: '/', label: 'Home', prefetch: true },
  { href: '/briefs', label: 'Briefs', prefetch: true },
  { href: '/articles', label: 'Articles', prefetch: false },
  { href: '/entities', label: 'Entities', prefetch: true },
  { href: '/compare', label: 'Compare', prefetch: false },
  { href: '/search', label: 'Search', prefetch: false },
];

export function SiteHeader() {
  return (
    <header className="sticky top-0 z-40 border-b border-rule bg-paper/95 backdrop-blur supports-[backdrop-filter]:bg-paper/80">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="font-serif text-xl font-semibold tracking-tight text-ink no-underline">
          Caspian Briefings
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href} prefetch={item.prefetch ? null : false} className="text-ink no-underline hover:text-accent hover:underline">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <HeaderSearch />
      </div>
    </header>
  );
}
