import 'server-only';
import { getDb } from '@/lib/platform/db';
import { readDb } from '@/lib/platform/health/read-db';
import { runSearch } from './run-search';
import type { SearchParams, SearchResponse } from './types';

/** The /search page's one read. */
export function searchSite(params: SearchParams): Promise<SearchResponse> {
  return readDb(() => runSearch(getDb(), params));
}
