import type { PrismaClient } from '@/lib/generated/prisma/client';
import { databaseForFile } from '@/scripts/testing/file-database';
import { parseSearchParams } from '../../lib/search/params';
import { runSearch } from '../../lib/search/run-search';
import type { SearchHit, SearchOutcome } from '../../lib/search/types';

export type Results = Extract<SearchOutcome, { status: 'results' }>;

/** A seeded database of its own for a test file, and /search over it as the page calls it. */
export function searchDatabase(): { db: () => PrismaClient; search: (raw: Record<string, string>) => Promise<Results> } {
  const { db: client } = databaseForFile();
  return {
    db: () => client,
    search: async (raw) => {
      const { outcome } = await runSearch(client, parseSearchParams(raw));
      if (outcome.status !== 'results') throw new Error(`expected results, got ${outcome.status}`);
      return outcome;
    },
  };
}

export const titles = (hits: SearchHit[], kind = 'article') => hits.filter((h) => h.kind === kind).map((h) => h.title);
