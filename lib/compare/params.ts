import { z } from 'zod';
import type { CompareFilter } from './types';

type RawParams = Record<string, string | string[] | undefined>;

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/);
const year = z.coerce.number().int().min(1900).max(2100);
const list = (v: unknown) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);

// Malformed values are dropped, never an error: a mangled shared link still shows a comparison.
const schema = z.object({
  country: z.preprocess(list, z.array(z.unknown())).transform((values) =>
    [...new Set(values.flatMap((v) => (slug.safeParse(v).success ? [v as string] : [])))].sort().slice(0, 6),
  ),
  org: z.preprocess(one, slug.optional()).catch(undefined),
  from: z.preprocess(one, year.optional()).catch(undefined),
  to: z.preprocess(one, year.optional()).catch(undefined),
});

export function parseCompareParams(raw: RawParams, pathCountries: string[] = []): CompareFilter {
  const p = schema.parse(raw);
  const countries = [...new Set([...pathCountries, ...p.country])].sort();
  const [fromYear, toYear] = p.from !== undefined && p.to !== undefined && p.from > p.to ? [p.to, p.from] : [p.from, p.to];
  return {
    countries,
    ...(p.org ? { organization: p.org } : {}),
    ...(fromYear !== undefined ? { fromYear } : {}),
    ...(toYear !== undefined ? { toYear } : {}),
  };
}

/** The canonical URL of a filtered view: countries in the path when one or two, the rest as query. */
export function compareHref(filter: CompareFilter): string {
  const q = new URLSearchParams();
  const inPath = filter.countries.length <= 2 ? filter.countries : [];
  if (inPath.length === 0) for (const c of filter.countries) q.append('country', c);
  if (filter.organization) q.set('org', filter.organization);
  if (filter.fromYear !== undefined) q.set('from', String(filter.fromYear));
  if (filter.toYear !== undefined) q.set('to', String(filter.toYear));
  const path = ['/compare', ...inPath].join('/');
  const query = q.toString();
  return query ? `${path}?${query}` : path;
}
