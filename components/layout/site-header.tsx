import Link from 'next/link';
import { HeaderSearch } from './header-search';
import { MainNav, type NavItem } from './main-nav';

// Cached pages are prefetched (they cost the server nothing); the pages rendered per request
// (the filtered article list, compare, search) are not, or every page view would render them all.
const NAV: NavItem[] = [
  { href: '/', label: 'Home', prefetch: true },
  { href: '/briefs', label: 'Briefs', prefetch: true },
  { href: '/articles', label: 'Articles', prefetch: false },
  { href: '/entities', label: 'Entities', prefetch: true },
  { href: '/compare', label: 'Compare', prefetch: false },
  { href: '/search', label: 'Search', prefetch: false },
];

/**
 * Two short rows on a phone (the name, then the menu on one line that scrolls sideways if it must),
 * one row on a desk. The search box shows from the small breakpoint; on a phone the menu's Search
 * link leads to the same form.
 */
export function SiteHeader() {
  return (
    <header className="sticky top-0 z-40 border-b border-rule bg-paper/95 backdrop-blur supports-[backdrop-filter]:bg-paper/80">
      <div className="mx-auto flex max-w-5xl flex-col gap-y-0.5 px-4 py-1.5 sm:flex-row sm:flex-wrap sm:items-center sm:justify-between sm:gap-x-6 sm:gap-y-2 sm:px-6 sm:py-3">
        <Link href="/" className="font-serif text-lg font-semibold tracking-tight text-ink no-underline sm:text-xl">
          Caspian Briefings
        </Link>
        <MainNav items={NAV} />
        <HeaderSearch />
      </div>
    </header>
  );
}
