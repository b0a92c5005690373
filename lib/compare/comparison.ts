import 'server-only';
import { cache } from 'react';
import { computeComparison } from './compute';
import { loadCompareData } from './queries';
import type { CompareFilter, Comparison } from './types';

/** The comparison for a filter, computed from the knowledge base as the cached read saw it. */
export const getComparison = cache(async (filterKey: string): Promise<Comparison> => {
  const filter = JSON.parse(filterKey) as CompareFilter;
  const { records, events } = await loadCompareData();
  return computeComparison(records, events, filter);
});

export function comparisonFor(filter: CompareFilter): Promise<Comparison> {
  // cache() compares arguments by identity; a canonical string key lets metadata and page share it.
  return getComparison(JSON.stringify(filter));
}
