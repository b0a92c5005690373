import { ERA_PARAMS, eraParam } from '@/lib/articles/era';
import { cleanQuery } from './alias-candidates';
import { MAX_QUERY_LENGTH, SEARCH_KINDS, type SearchKind, type SearchParams } from './types';

type RawParams = Record<string, string | string[] | undefined>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const SLUG = /^[a-z0-9][a-z0-9-]{0,199}$/;
const MAX_PAGE = 500;

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

function validDate(value: string): string | undefined {
  if (!DATE.test(value)) return undefined;
  // Date.parse rolls 2022-02-30 over to 2 March; PostgreSQL refuses it. Only real days pass.
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value ? value : undefined;
}

/** Reads /search's query string; anything unexpected is dropped rather than rejected. */
export function parseSearchParams(raw: RawParams): SearchParams {
  const { q, truncated } = cleanQuery(first(raw.q), MAX_QUERY_LENGTH);
  const type = first(raw.type);
  const era = first(raw.era);
  const entity = first(raw.entity);
  const from = validDate(first(raw.from));
  const to = validDate(first(raw.to));
  const page = Number.parseInt(first(raw.page), 10);
  return {
    q,
    truncated,
    ...((SEARCH_KINDS as readonly string[]).includes(type) ? { type: type as SearchKind } : {}),
    ...(era in ERA_PARAMS ? { era: ERA_PARAMS[era as keyof typeof ERA_PARAMS] } : {}),
    ...(SLUG.test(entity) ? { entity } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    page: Number.isFinite(page) && page > 1 ? Math.min(page, MAX_PAGE) : 1,
  };
}

/** The /search URL for these parameters; page 1 and empty values are left out. */
export function searchHref(params: Omit<SearchParams, 'truncated'>): string {
  const search = new URLSearchParams();
  if (params.q) search.set('q', params.q);
  if (params.type) search.set('type', params.type);
  if (params.era) search.set('era', eraParam(params.era));
  if (params.entity) search.set('entity', params.entity);
  if (params.from) search.set('from', params.from);
  if (params.to) search.set('to', params.to);
  if (params.page > 1) search.set('page', String(params.page));
  const query = search.toString();
  return query ? `/search?${query}` : '/search';
}
