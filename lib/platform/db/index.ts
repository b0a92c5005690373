import 'server-only';
import { createPrismaClient } from '@/lib/platform/db/create-client';
import { env, requireDatabaseUrl } from '@/lib/platform/env';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { ReplicaSet } from './replicas';

const globalForDb = globalThis as unknown as { caspianDb?: PrismaClient; caspianReplicas?: ReplicaSet | null };

/**
 * The app's one PrismaClient on the primary, cached on globalThis so dev reloads do not open new
 * pools. Every write, and every read that must see one (editors' pages, sessions), uses it.
 */
export function getDb(): PrismaClient {
  globalForDb.caspianDb ??= createPrismaClient(requireDatabaseUrl());
  return globalForDb.caspianDb;
}

/** The replicas of DATABASE_REPLICA_URLS, checked every two seconds; null without any. */
export function getReplicas(): ReplicaSet | null {
  if (globalForDb.caspianReplicas === undefined) {
    const urls = env.DATABASE_REPLICA_URLS;
    globalForDb.caspianReplicas = urls.length ? new ReplicaSet(urls, getDb()) : null;
    void globalForDb.caspianReplicas?.start();
  }
  return globalForDb.caspianReplicas;
}

/**
 * For reader pages only: a replica when one is up and near, else the primary. A reader page
 * rendered from a replica just after a write may miss it; the cache expires each tag a second time
 * three seconds later (lib/platform/cache), which is what keeps such a render from being kept.
 */
export function getReaderDb(): PrismaClient {
  return getReplicas()?.pick() ?? getDb();
}
