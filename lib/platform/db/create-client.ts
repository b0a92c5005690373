import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';

/**
 * A PrismaClient over node-postgres. Used by the app (through lib/platform/db/index.ts) and by scripts
 * (seed, ingest, tests), which run outside Next and cannot import 'server-only' modules.
 */
export function createPrismaClient(connectionString: string): PrismaClient {
  const adapter = new PrismaPg({
    connectionString,
    // Fail fast when the database is down, so readers get the 503 page rather than a hang.
    connectionTimeoutMillis: 3_000,
    max: 10,
  });
  return new PrismaClient({ adapter });
}
