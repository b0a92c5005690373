import { compareViewRoute } from '@/lib/compare/view-path';
import { typeForSegment } from '@/lib/entities/paths';

const POSITIVE = /^[1-9][0-9]{0,5}$/;

/**
 * Reader pages cannot read their query string and still be cached (Next renders such pages per
 * request), so the two queries that change what a cached page shows are served from a path of
 * their own: `/articles/x?cite=3` from /articles/x/cite/3 and `/places/aktau?page=2` from
 * /places/aktau/mentions/2. The address the reader sees stays as it was. Anything else in a query
 * string is ignored by these pages, so they are served from the cache as they are. Compare views
 * have a path of their own too (lib/compare/view-path.ts).
 */
export function queryRoute(pathname: string, search: URLSearchParams): string | null {
  if (pathname === '/compare' || pathname.startsWith('/compare/')) return compareViewRoute(pathname, search);
  const parts = pathname.split('/');
  if (parts.length !== 3 || parts[0] !== '' || !parts[2]) return null;
  const [, first, slug] = parts as [string, string, string];
  if (first === 'articles') {
    const cite = search.get('cite');
    return cite && POSITIVE.test(cite) ? `/articles/${slug}/cite/${cite}` : null;
  }
  if (typeForSegment(first)) {
    const page = search.get('page');
    return page && POSITIVE.test(page) && page !== '1' ? `/${first}/${slug}/mentions/${page}` : null;
  }
  return null;
}
