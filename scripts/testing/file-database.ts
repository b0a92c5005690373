import { afterAll, beforeAll } from 'vitest';
import { createPrismaClient } from '@/lib/platform/db/create-client';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { seed } from '@/prisma/seed';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface TestDatabaseHandle {
  /** The client, usable from the first test on (a stand-in that reaches the real one once it exists). */
  db: PrismaClient;
  url: () => string;
}

/**
 * A database of its own for the test file that calls this at its top level: created and migrated
 * before the file's tests (and before the file's own beforeAll hooks, which run after this one),
 * seeded unless asked not to, and dropped after them.
 */
export function databaseForFile({ seeded = true }: { seeded?: boolean } = {}): TestDatabaseHandle {
  let database: TestDatabase | undefined;
  let client: PrismaClient | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
    client = createPrismaClient(database.url);
    if (seeded) await seed(database.url, () => {});
  });
  afterAll(async () => {
    await client?.$disconnect();
    await database?.drop();
  });
  const ready = (): PrismaClient => {
    if (!client) throw new Error('The test database is not ready: use it inside a test or a hook.');
    return client;
  };
  const db = new Proxy({} as PrismaClient, {
    get(_target, property) {
      const real = ready();
      const value: unknown = Reflect.get(real, property, real);
      return typeof value === 'function' ? value.bind(real) : value;
    },
  });
  return {
    db,
    url: () => {
      if (!database) throw new Error('The test database is not ready: use it inside a test or a hook.');
      return database.url;
    },
  };
}
