import { compareHref, parseCompareParams } from './params';
import type { CompareFilter } from './types';

/**
 * Compare views read their query string, which a page served from Next's cache cannot do, so
 * proxy.ts serves each canonical view (`/compare`, `/compare/kazakhstan?from=2015`,
 * `/compare/azerbaijan/kazakhstan`) from a path of its own: /compare-view/<key>, where the key is
 * the canonical address in base64url. Anything else (an empty field, a name for a slug, a pair in
 * the other order) is left to the /compare pages, which redirect to the canonical address.
 */
const PREFIX = '/compare-view/';
const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;

function rawParams(search: URLSearchParams): Record<string, string[]> {
  const raw: Record<string, string[]> = {};
  for (const [key, value] of search) (raw[key] ??= []).push(value);
  return raw;
}

function received(pathname: string, search: URLSearchParams): string {
  const query = search.toString();
  return query ? `${pathname}?${query}` : pathname;
}

/** The view path a canonical compare address is served from, or null. `_rsc` (Next's own) is not part of it. */
export function compareViewRoute(pathname: string, search: URLSearchParams): string | null {
  const parts = pathname.split('/');
  if (parts[1] !== 'compare' || parts.length > 4) return null;
  const inPath = parts.slice(2);
  if (!inPath.every((s) => SLUG.test(s))) return null;
  const own = new URLSearchParams([...search].filter(([key]) => key !== '_rsc'));
  const filter = parseCompareParams(rawParams(own), inPath);
  const href = compareHref(filter);
  return href === received(pathname, own) ? `${PREFIX}${Buffer.from(href).toString('base64url')}` : null;
}

/** The view a key names, with the countries of its path; null unless it is a canonical address. */
export function compareViewOf(key: string): { filter: CompareFilter; inPath: string[] } | null {
  const href = Buffer.from(key, 'base64url').toString('utf8');
  if (!/^[a-z0-9/?=&-]+$/.test(href)) return null;
  const url = new URL(href, 'http://view.invalid');
  const parts = url.pathname.split('/');
  if (parts[1] !== 'compare' || parts.length > 4) return null;
  const inPath = parts.slice(2);
  if (!inPath.every((s) => SLUG.test(s))) return null;
  const filter = parseCompareParams(rawParams(url.searchParams), inPath);
  return compareHref(filter) === href ? { filter, inPath } : null;
}
