import 'server-only';
import { createPrismaClient } from '@/lib/db/create-client';
import { requireDatabaseUrl } from '@/lib/env';
import type { PrismaClient } from '@/lib/generated/prisma/client';

const globalForDb = globalThis as unknown as { caspianDb?: PrismaClient };

/** The app's one PrismaClient, cached on globalThis so dev reloads do not open new pools. */
export function getDb(): PrismaClient {
  globalForDb.caspianDb ??= createPrismaClient(requireDatabaseUrl());
  return globalForDb.caspianDb;
}
