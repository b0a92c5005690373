import { afterAll, beforeAll } from 'vitest';
import { createPrismaClient } from '@/lib/db/create-client';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { seed } from '@/prisma/seed';
import { parseSearchParams } from './params';
import { runSearch } from './run-search';
import type { SearchHit, SearchOutcome } from './types';

export type Results = Extract<SearchOutcome, { status: 'results' }>;

/** A seeded database of its own for a test file, and /search over it as the page calls it. */
export function searchDatabase(): { db: () => PrismaClient; search: (raw: Record<string, string>) => Promise<Results> } {
  let database: TestDatabase | undefined;
  let client: PrismaClient | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
    client = createPrismaClient(database.url);
    await seed(database.url, () => {});
  });
  afterAll(async () => {
    await client?.$disconnect();
    await database?.drop();
  });
  const db = () => {
    if (!client) throw new Error('The search database is not ready yet.');
    return client;
  };
  return {
    db,
    search: async (raw) => {
      const { outcome } = await runSearch(db(), parseSearchParams(raw));
      if (outcome.status !== 'results') throw new Error(`expected results, got ${outcome.status}`);
      return outcome;
    },
  };
}

export const titles = (hits: SearchHit[], kind = 'article') => hits.filter((h) => h.kind === kind).map((h) => h.title);
