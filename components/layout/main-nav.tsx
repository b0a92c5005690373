'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

export interface NavItem {
  href: string;
  label: string;
  prefetch: boolean;
}

/** The current section, for aria-current: a page is in a section when its path is the item's or below it. */
export function currentSection(items: readonly Pick<NavItem, 'href'>[], pathname: string): string | null {
  const matches = items.filter((i) => (i.href === '/' ? pathname === '/' : pathname === i.href || pathname.startsWith(`${i.href}/`)));
  return matches.sort((a, b) => b.href.length - a.href.length)[0]?.href ?? null;
}

/**
 * The main menu with the current section marked. A client component only to read the path; it is
 * rendered on the server too, so the mark is in the HTML without JavaScript.
 */
export function MainNav({ items }: { items: readonly NavItem[] }) {
  const current = currentSection(items, usePathname());
  return (
    <nav aria-label="Main" className="-mx-1 overflow-x-auto sm:mx-0">
      <ul className="flex gap-x-1 whitespace-nowrap text-sm sm:gap-x-3">
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              prefetch={item.prefetch ? null : false}
              aria-current={current === item.href ? 'page' : undefined}
              className="inline-block px-1 py-1 text-ink no-underline hover:text-accent hover:underline aria-[current=page]:font-semibold aria-[current=page]:underline aria-[current=page]:decoration-2 aria-[current=page]:underline-offset-4"
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
